from django.core.management.base import BaseCommand

from cls_portal.backup import backup


class Command(BaseCommand):
    help = (
        "Sauvegarde toute la base de données et tous les fichiers déposés dans une seule archive .tar.gz, "
        "restaurable par manage.py restore (sur PostgreSQL comme sur SQLite)."
    )

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", required=True, help="archive à écrire, par exemple sauvegarde.tar.gz")

    def handle(self, *args, output, **options):
        report = backup(output)
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde écrite dans « {output} » : {report}."))
