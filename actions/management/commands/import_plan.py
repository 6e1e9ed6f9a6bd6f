from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from actions.excel.importers import StaleImportError, apply_import, prepare_import, read_plan
from actions.excel.report import text_report
from cls_portal.imports.reading import WorkbookError
from contracts import perms
from contracts.models import Contract


class Command(BaseCommand):
    help = (
        "Importe un plan d'action depuis un classeur Excel (modèle du portail ou de Territoires en Transitions). "
        "Tout ou rien : à la moindre erreur, rien n'est enregistré et chaque erreur est située (feuille, ligne, "
        "colonne)."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="identifiant court du contrat")
        parser.add_argument("path", help="classeur .xlsx")
        parser.add_argument("--dry-run", action="store_true", help="affiche ce qui changerait, sans rien enregistrer")
        parser.add_argument("--user", help="e-mail du compte à qui attribuer les changements dans l'historique")
        parser.add_argument(
            "--axe-sans-axe",
            dest="default_axe",
            default="",
            metavar="INTITULÉ",
            help="Territoires en Transitions : l'axe (créé s'il n'existe pas) qui reçoit les actions sans axe",
        )

    def handle(self, *args, slug, path, dry_run=False, user=None, default_axe="", **options):
        contract = Contract.objects.filter(slug=slug).first()
        if contract is None:
            raise CommandError(f"Aucun contrat n'a l'identifiant court « {slug} ».")
        if contract.is_closed:
            raise CommandError(perms.closed_refusal(contract))
        author = None
        if user:
            author = get_user_model().objects.filter(email__iexact=user).first()
            if author is None:
                raise CommandError(f"Aucun compte n'a l'adresse « {user} ».")
        try:
            content = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"Impossible de lire « {path} » : {error.strerror}.") from error
        try:
            preview = prepare_import(contract, read_plan(content, contract, default_axe=default_axe))
        except WorkbookError as error:
            raise CommandError(str(error)) from error
        for line in text_report(preview):
            self.stdout.write(line)
        if not preview.ok:
            raise CommandError("Import refusé : corrigez le fichier puis relancez la commande.")
        if dry_run:
            self.stdout.write(self.style.WARNING("Essai à blanc (--dry-run) : rien n'a été enregistré."))
            return
        if not preview.has_changes:
            self.stdout.write(self.style.SUCCESS("Le fichier ne change rien au plan."))
            return
        try:
            result = apply_import(preview, user=author)
        except StaleImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Import enregistré : {result.summary()}"))
