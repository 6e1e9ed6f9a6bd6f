"""Memberships move to the contracts app (they scope users to contracts and départements): the table is renamed,
no row changes. contracts.0003 takes the model over in the migration state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cls_portal', '0002_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name='membership', table='contracts_membership')],
            state_operations=[migrations.DeleteModel(name='Membership')],
        ),
    ]
