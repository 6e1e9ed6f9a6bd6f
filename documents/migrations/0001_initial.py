from django.db import migrations


class Migration(migrations.Migration):
    """The app's first migration: the models come in the following ones."""

    initial = True

    dependencies = [
        ("governance", "0003_calendars_reminders_roadmaps"),
        ("diagnostics", "0001_initial"),
    ]

    operations = []
