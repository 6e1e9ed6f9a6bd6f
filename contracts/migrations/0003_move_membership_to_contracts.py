"""The Membership model, moved from cls_portal (whose 0003 renamed its table): state only, plus its content type."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    """Permissions and admin log entries of memberships follow the model to its new app."""
    ContentType = apps.get_model('contenttypes', 'ContentType')
    if not ContentType.objects.filter(app_label='contracts', model='membership').exists():
        ContentType.objects.filter(app_label='cls_portal', model='membership').update(app_label='contracts')


class Migration(migrations.Migration):

    dependencies = [
        ('contracts', '0002_lifecycle_adjustments'),
        ('cls_portal', '0003_move_membership_to_contracts'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('referentials', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Membership',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('ars_animator', 'Animateur·rice territorial·e ARS'), ('coordinator', 'Coordinateur·rice CLS'), ('reader', 'Lecteur·rice (élu·e ou partenaire)')], max_length=20, verbose_name='rôle')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='créé le')),
                        ('contract', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='contracts.contract', verbose_name='contrat')),
                        ('departement', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='memberships', to='referentials.departement', verbose_name='département')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to=settings.AUTH_USER_MODEL, verbose_name='personne')),
                    ],
                    options={
                        'verbose_name': 'habilitation',
                        'verbose_name_plural': 'habilitations',
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('contract__isnull', True), ('departement__isnull', False), ('role', 'ars_animator')), models.Q(('contract__isnull', False), ('departement__isnull', True), ('role__in', ['coordinator', 'reader'])), _connector='OR'), name='membership_scope_matches_role', violation_error_message='Un·e animateur·rice ARS est habilité·e sur un département ; un·e coordinateur·rice ou un·e lecteur·rice sur un contrat.'), models.UniqueConstraint(condition=models.Q(('departement__isnull', False)), fields=('user', 'role', 'departement'), name='unique_membership_per_departement', violation_error_message='Cette personne a déjà ce rôle sur ce département.'), models.UniqueConstraint(condition=models.Q(('contract__isnull', False)), fields=('user', 'role', 'contract'), name='unique_membership_per_contract', violation_error_message='Cette personne a déjà ce rôle sur ce contrat.')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, migrations.RunPython.noop),
    ]
