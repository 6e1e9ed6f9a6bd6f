import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cls_portal.imports.reading import WorkbookError
from cls_portal.imports.uploads import StaleImportError
from cls_portal.models import User
from diagnostics.enums import Source
from diagnostics.importing.importer import IndicatorImporter
from diagnostics.importing.reading import MAX_FILE_SIZE


class Command(BaseCommand):
    help = (
        "Importe un fichier de valeurs d'indicateurs (CSV ou XLSX, large ou long). Tout ou rien : la moindre erreur "
        "et rien n'est enregistré. --dry-run vérifie sans rien enregistrer."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="vérifier le fichier sans rien enregistrer")
        parser.add_argument(
            "--source", choices=Source.values, default="", help="producteur : sa dernière correspondance est reprise"
        )
        parser.add_argument("--by", default="", help="adresse e-mail de la personne à qui attribuer l'import")
        parser.add_argument("--demo", action="store_true", help="valeurs fictives, signalées comme démonstration")

    def handle(self, *args, file, dry_run, source, by, demo, **options):
        started = time.perf_counter()
        user = None
        if by:
            user = User.objects.filter(email__iexact=by).first()
            if user is None:
                raise CommandError(f"Aucun compte n'a l'adresse « {by} ».")
        if not file.is_file():
            raise CommandError(f"Fichier introuvable : {file}")
        importer = IndicatorImporter(filename=file.name, source=source, is_demo=demo, max_size=MAX_FILE_SIZE)
        try:
            preview = importer.prepare(file.read_bytes())
        except WorkbookError as error:
            raise CommandError(str(error)) from error
        if preview.table is not None:
            self.stdout.write(f"{file.name} : {preview.table.describe()}.")
            labels = {i.code: i.label for i in importer.indicators()}
            for header, role in zip(preview.table.headers, preview.roles, strict=True):
                self.stdout.write(f"  « {header} » : {role.describe(labels)}")
        for problem in preview.warnings:
            self.stdout.write(self.style.WARNING(f"  Avertissement — {problem}"))
        if preview.mapped_codes:
            self.stdout.write("Codes rattachés à leur commune actuelle :")
            for item in preview.mapped_codes:
                self.stdout.write(f"  {item['code']} {item['name']} → {item['commune_code']} {item['commune_name']}")
        if not preview.ok:
            self.stdout.write(self.style.ERROR(f"{preview.error_count} erreur(s) : rien n'est importé."))
            for problem in preview.errors:
                self.stdout.write(f"  - {problem}")
            raise CommandError("Fichier refusé : corrigez les erreurs ci-dessus puis relancez l'import.")
        if dry_run:
            self.stdout.write(f"Vérification seule (--dry-run) : {preview.summary()} Rien n'est enregistré.")
            return
        if not preview.has_changes:
            self.stdout.write(self.style.SUCCESS(f"Le fichier ne change rien : {preview.summary()}"))
            return
        try:
            result = importer.apply(preview, user=user)
        except StaleImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Import enregistré en {time.perf_counter() - started:.1f} s : {result.summary()}")
        )
