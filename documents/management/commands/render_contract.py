"""manage.py render_contract SLUG -o contrat.pdf [--avenant N] [--as-signed]: the contract document, rendered now."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from contracts.models import Contract
from documents.contract_document import TemplateErrors, build


class Command(BaseCommand):
    help = "Produit le PDF du contrat pour signature (ou d'un de ses avenants), directement, sans tâche de fond."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="identifiant court du contrat")
        parser.add_argument("-o", "--output", required=True, help="fichier PDF à écrire")
        parser.add_argument("--avenant", type=int, help="numéro de l'avenant dont produire le document")
        parser.add_argument(
            "--as-signed", action="store_true", help="le contrat tel que signé, sans les avenants ultérieurs"
        )

    def handle(self, *args, slug, output, avenant, as_signed, **options):
        contract = Contract.objects.select_related("departement").filter(slug=slug).first()
        if contract is None:
            raise CommandError(f"Aucun contrat n'a l'identifiant court « {slug} ».")
        avenant_object = None
        if avenant is not None:
            if as_signed:
                raise CommandError("--avenant et --as-signed ne se combinent pas : un avenant se lit tel que signé.")
            avenant_object = contract.avenants.filter(number=avenant).first()
            if avenant_object is None:
                raise CommandError(f"Le contrat « {contract.name} » n'a pas d'avenant n° {avenant}.")
        document = build(contract, avenant=avenant_object, as_amended=not as_signed)
        try:
            pdf = document.render_pdf(
                footer=f"{document.title} — empreinte SHA-256 des données : {document.fingerprint()}"
            )
        except TemplateErrors as error:
            raise CommandError("Les textes des articles sont à corriger :\n" + "\n".join(error.problems)) from error
        Path(output).write_bytes(pdf)
        self.stdout.write(f"{document.title} : {output} ({len(pdf) // 1024} Ko).")
