import time

from django.core.management.base import BaseCommand, CommandError

from demo.diagnostics import load_demo_diagnostics
from demo.governance import load_governance_demo
from demo.loader import DemoDataError, load_demo


class Command(BaseCommand):
    help = (
        "Crée les données de démonstration de fixtures/demo/ (comptes, organisations, CLS de Mauges Communauté et "
        "de la Sarthe). Sans effet sur ce qui existe déjà : peut être relancée."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        try:
            report = load_demo()
        except (RuntimeError, DemoDataError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(report))
        governance = load_governance_demo()
        self.stdout.write(
            f"Gouvernance : {', '.join(governance)}." if governance else "Gouvernance déjà présente : rien à changer."
        )
        try:
            # Its own file: the diagnostic of mauges-cls-2 and its indicator values (fixtures/demo/diagnostics.yaml).
            diagnostics_report = load_demo_diagnostics()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(diagnostics_report))
        self.stdout.write(
            self.style.SUCCESS(
                f"Démonstration prête en {time.perf_counter() - started:.1f} s. Comptes *@demo.portail-cls.fr, "
                f"mot de passe « {report.password} » (usage local uniquement)."
            )
        )
