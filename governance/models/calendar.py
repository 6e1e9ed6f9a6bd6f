"""Calendar feeds, reminders to the plan's pilotes, the phased calendar of a contract and roadmaps."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from governance.models.instances import Instance
from governance.models.meetings import Meeting


def new_feed_key():
    return secrets.token_urlsafe(24)


class CalendarFeedToken(models.Model):
    """The secret part of a person's private calendar addresses; revoking it makes a new one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_tokens", verbose_name="personne"
    )
    key = models.CharField("clé", max_length=64, unique=True, default=new_feed_key, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    revoked_at = models.DateTimeField("révoquée le", null=True, blank=True)

    class Meta:
        verbose_name = "adresse d'agenda privée"
        verbose_name_plural = "adresses d'agenda privées"
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_calendar_token_per_user",
                violation_error_message="Cette personne a déjà une adresse d'agenda active.",
            )
        ]

    def __str__(self):
        return f"Agenda de {self.user}"


class ReminderLog(models.Model):
    """A reminder sent to the pilote of a fiche before a meeting: each fiche is reminded once per meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reminders", verbose_name="réunion")
    fiche = models.ForeignKey(
        "actions.FicheAction", on_delete=models.CASCADE, related_name="governance_reminders", verbose_name="fiche"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="governance_reminders",
        verbose_name="pilote",
    )
    email = models.EmailField("adresse")
    sent_at = models.DateTimeField("envoyée le", default=timezone.now)

    class Meta:
        verbose_name = "relance d'une personne pilote"
        verbose_name_plural = "relances des pilotes"
        ordering = ["-sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "fiche"],
                name="one_reminder_per_fiche_and_meeting",
                violation_error_message="La pilote de cette fiche a déjà été relancée pour cette réunion.",
            )
        ]

    def __str__(self):
        return f"Relance {self.fiche} pour {self.meeting}"


class Phase(models.Model):
    """A phase of a contract's calendar (« Actualisation du diagnostic partagé »), or a step of a phase."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="calendar_phases", verbose_name="contrat"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="steps", verbose_name="phase"
    )
    title = models.CharField("intitulé", max_length=300)
    planned_start = models.DateField("début prévu", null=True, blank=True)
    planned_end = models.DateField("fin prévue", null=True, blank=True)
    actual_start = models.DateField("début réel", null=True, blank=True)
    actual_end = models.DateField("fin réelle", null=True, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    is_demo_content = models.BooleanField("contenu de démonstration", default=False)

    class Meta:
        verbose_name = "phase du calendrier"
        verbose_name_plural = "phases du calendrier"
        ordering = ["contract", "position", "planned_start", "id"]
        constraints = [
            models.CheckConstraint(
                name="phase_planned_end_after_start",
                condition=Q(planned_end__isnull=True)
                | Q(planned_start__isnull=True)
                | Q(planned_end__gte=F("planned_start")),
                violation_error_message="La fin prévue ne peut pas précéder le début prévu.",
            ),
            models.CheckConstraint(
                name="phase_actual_end_after_start",
                condition=Q(actual_end__isnull=True)
                | Q(actual_start__isnull=True)
                | Q(actual_end__gte=F("actual_start")),
                violation_error_message="La fin réelle ne peut pas précéder le début réel.",
            ),
        ]

    def __str__(self):
        return self.title

    def is_late(self, today=None):
        today = today or timezone.localdate()
        return bool(self.planned_end and self.planned_end < today and not self.actual_end)

    @property
    def is_done(self):
        return self.actual_end is not None


class Milestone(models.Model):
    """A dated step of a contract's calendar (« Réunion de lancement »), possibly a meeting of an instance."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="calendar_milestones", verbose_name="contrat"
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.SET_NULL, null=True, blank=True, related_name="milestones", verbose_name="phase"
    )
    title = models.CharField("intitulé", max_length=300)
    planned_on = models.DateField("date prévue")
    actual_on = models.DateField("date réelle", null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="milestones",
        verbose_name="réunion",
    )
    position = models.PositiveSmallIntegerField("ordre", default=0)
    is_demo_content = models.BooleanField("contenu de démonstration", default=False)

    class Meta:
        verbose_name = "jalon"
        ordering = ["contract", "planned_on", "position", "id"]

    def __str__(self):
        return self.title

    def is_late(self, today=None):
        today = today or timezone.localdate()
        return self.planned_on < today and not self.actual_on

    @property
    def is_done(self):
        return self.actual_on is not None


class Roadmap(models.Model):
    """The roadmap of a territorial instance (a CNR « feuille de route » of défis and actions).

    Its défis and actions are the axes and fiches-action of a dedicated container contract, so that the whole plan
    machinery (statuses, progress, pilotes, indicators, budget, Excel, snapshots) serves it (docs/governance.md).
    """

    instance = models.OneToOneField(
        Instance, on_delete=models.PROTECT, related_name="roadmap", verbose_name="instance"
    )
    contract = models.OneToOneField(
        "contracts.Contract", on_delete=models.PROTECT, related_name="roadmap", verbose_name="contrat support"
    )
    title = models.CharField("intitulé", max_length=300)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    class Meta:
        verbose_name = "feuille de route"
        verbose_name_plural = "feuilles de route"

    def __str__(self):
        return self.title
