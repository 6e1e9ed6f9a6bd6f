from django.core.management.base import BaseCommand, CommandError

from cls_portal.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restaure une archive de manage.py backup dans une base neuve (après manage.py migrate) et son stockage."

    def add_arguments(self, parser):
        parser.add_argument("path", help="archive .tar.gz faite par manage.py backup")

    def handle(self, *args, path, **options):
        try:
            report = restore(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde restaurée : {report}."))
