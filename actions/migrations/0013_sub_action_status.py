"""Sub-actions take the statuses of a fiche (`FicheStatus`) instead of a « réalisée » yes/no: a done sub-action becomes
« Réalisée », any other « À venir » (its history too, so that past versions read the same)."""

from django.db import migrations, models

STATUS_CHOICES = [
    ("planned", "À venir"),
    ("in_progress", "En cours"),
    ("done", "Réalisée"),
    ("paused", "En pause"),
    ("blocked", "Bloquée"),
    ("abandoned", "Abandonnée"),
]


def done_to_status(apps, schema_editor):
    for name in ("SubAction", "HistoricalSubAction"):
        model = apps.get_model("actions", name)
        model.objects.filter(done=True).update(status="done")


def status_to_done(apps, schema_editor):
    for name in ("SubAction", "HistoricalSubAction"):
        model = apps.get_model("actions", name)
        model.objects.filter(status="done").update(done=True)


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0012_wording_elected_referent"),
    ]

    operations = [
        migrations.AddField(
            model_name="subaction",
            name="status",
            field=models.CharField(choices=STATUS_CHOICES, default="planned", max_length=20, verbose_name="statut"),
        ),
        migrations.AddField(
            model_name="historicalsubaction",
            name="status",
            field=models.CharField(choices=STATUS_CHOICES, default="planned", max_length=20, verbose_name="statut"),
        ),
        migrations.RunPython(done_to_status, status_to_done),
        migrations.RemoveField(model_name="subaction", name="done"),
        migrations.RemoveField(model_name="historicalsubaction", name="done"),
    ]
