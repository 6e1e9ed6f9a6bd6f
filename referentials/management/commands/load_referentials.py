import time

from django.core.management.base import BaseCommand

from referentials.loaders import load_all


class Command(BaseCommand):
    help = "Charge (ou met à jour) la géographie officielle, le PRS et les listes de référence livrés dans fixtures/."

    def handle(self, *args, **options):
        started = time.perf_counter()
        for report in load_all():
            self.stdout.write(str(report))
            if report.missing_from_file:
                shown = ", ".join(map(str, report.missing_from_file[:10]))
                self.stdout.write(self.style.WARNING(f"  absents du fichier, conservés : {shown}"))
        self.stdout.write(self.style.SUCCESS(f"Référentiels chargés en {time.perf_counter() - started:.1f} s."))
