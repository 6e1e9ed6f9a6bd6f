import time

from django.core.management.base import BaseCommand

from diagnostics.catalogue import load_indicators


class Command(BaseCommand):
    help = (
        "Charge (ou met à jour) le catalogue des indicateurs du diagnostic et les valeurs calculées à partir de la "
        "géographie officielle (population municipale, nombre de communes). Après load_referentials."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        for report in load_indicators():
            self.stdout.write(str(report))
        self.stdout.write(self.style.SUCCESS(f"Indicateurs chargés en {time.perf_counter() - started:.1f} s."))
