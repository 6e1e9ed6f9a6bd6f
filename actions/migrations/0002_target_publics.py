from django.db import migrations

# Frozen copy of actions.enums.Public values at the time of this migration.
PUBLICS = [
    "general", "children", "youth", "parents", "elderly", "disabled", "caregivers", "precarious",
    "qpv_residents", "health_professionals", "social_professionals", "elected_officials",
]


def create_publics(apps, schema_editor):
    TargetPublic = apps.get_model("actions", "TargetPublic")
    for position, code in enumerate(PUBLICS, 1):
        TargetPublic.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("actions", "0001_initial")]

    operations = [migrations.RunPython(create_publics, migrations.RunPython.noop)]
