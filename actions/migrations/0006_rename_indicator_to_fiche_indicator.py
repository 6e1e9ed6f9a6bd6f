"""A fiche's indicators are named FicheIndicator, so that they cannot be confused with the territorial indicators of
the diagnostic."""

from django.conf import settings
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('actions', '0005_progress_validators'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameModel('Indicator', 'FicheIndicator'),
        migrations.RenameModel('IndicatorValue', 'FicheIndicatorValue'),
        migrations.RenameModel('HistoricalIndicator', 'HistoricalFicheIndicator'),
        migrations.RenameModel('HistoricalIndicatorValue', 'HistoricalFicheIndicatorValue'),
    ]
