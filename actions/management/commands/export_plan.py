from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from actions.excel.exporters import export_filename, export_plan
from cls_portal.text import count
from contracts.models import Contract


class Command(BaseCommand):
    help = "Exporte le plan d'action d'un contrat au format Excel (le modèle que relit import_plan)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="identifiant court du contrat, par exemple mauges-cls-1")
        parser.add_argument("-o", "--output", help="fichier .xlsx à écrire (par défaut plan-<contrat>-<date>.xlsx)")

    def handle(self, *args, slug, output=None, **options):
        contract = Contract.objects.filter(slug=slug).first()
        if contract is None:
            raise CommandError(f"Aucun contrat n'a l'identifiant court « {slug} ».")
        path = Path(output or export_filename(contract))
        try:
            path.write_bytes(export_plan(contract))
        except OSError as error:
            raise CommandError(f"Impossible d'écrire « {path} » : {error.strerror}.") from error
        fiches = contract.fiches.count()
        self.stdout.write(
            self.style.SUCCESS(f"Plan de « {contract.name} » ({count(fiches, 'fiche')}) exporté dans {path}.")
        )
