import datetime

from django.core.management.base import BaseCommand, CommandError

from cls_portal.text import count
from governance import reminders


class Command(BaseCommand):
    help = (
        "Relance par e-mail les pilotes des fiches-action non mises à jour avant un COPIL ou un comité de suivi. "
        "À lancer chaque jour (cron) : chaque fiche n'est relancée qu'une fois par réunion."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Jour à considérer comme aujourd'hui (AAAA-MM-JJ), pour rattraper un jour.")
        parser.add_argument("--dry-run", action="store_true", help="Affiche ce qui serait envoyé, sans rien envoyer.")

    def handle(self, *args, date=None, dry_run=False, **options):
        try:
            today = datetime.date.fromisoformat(date) if date else None
        except ValueError as error:
            raise CommandError(f"Date invalide « {date} » : attendu AAAA-MM-JJ.") from error
        sent = reminders.send_due(today, dry_run=dry_run)
        verb = "serait envoyée" if dry_run else "envoyée"
        for reminder in sent:
            numbers = ", ".join(fiche.number for fiche in reminder.fiches)
            self.stdout.write(f"{reminder.meeting} : relance {verb} à {reminder.pilote.email} (fiches {numbers}).")
        if dry_run:
            summary = count(len(sent), "relance à envoyer", "relances à envoyer")
        else:
            summary = count(len(sent), "relance envoyée", "relances envoyées")
        self.stdout.write(self.style.SUCCESS(f"{summary}."))
