"""Meetings of an instance: their agenda, who attended, their minutes, decisions and follow-up tasks."""

import datetime
import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from governance.enums import (
    HELD_STATUSES,
    MEETING_STATUS_BADGES,
    UPCOMING_STATUSES,
    AttendanceSource,
    AttendanceStatus,
    MailKind,
    MeetingStatus,
)
from governance.models.instances import Instance, Member, Person

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def new_calendar_uid():
    """The UID of a meeting's calendar event: stable for its whole life, so that updates replace the event."""
    return f"{uuid.uuid4()}@portail-cls"


def long_day(day):
    """« 6 juillet 2023 », « 1er juin 2022 »."""
    text = date_format(day, "j F Y")
    return "1er" + text[1:] if day.day == 1 else text


def short_time(value):
    """« 13h45 », « 9h »: how French convocations write times."""
    return f"{value.hour}h{value.minute:02d}" if value.minute else f"{value.hour}h"


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status__in=UPCOMING_STATUSES, date__gte=today)

    def held(self):
        return self.filter(status__in=HELD_STATUSES)


class Meeting(models.Model):
    instance = models.ForeignKey(Instance, on_delete=models.PROTECT, related_name="meetings", verbose_name="instance")
    title = models.CharField(
        "intitulé", max_length=200, blank=True, help_text="Facultatif, par exemple « Réunion de lancement »."
    )
    date = models.DateField("date")
    start_time = models.TimeField("heure de début")
    end_time = models.TimeField("heure de fin")
    place = models.CharField("lieu", max_length=250, blank=True, help_text="Adresse ou salle.")
    video_url = models.URLField(
        "lien de visioconférence", max_length=500, blank=True, help_text="Pour une réunion à distance ou hybride."
    )
    status = models.CharField("statut", max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED)
    postponed_from = models.DateField("date prévue à l'origine", null=True, blank=True, editable=False)
    # iCalendar: one UID for the meeting's whole life, and a SEQUENCE raised by each update sent to the members.
    calendar_uid = models.CharField(max_length=100, unique=True, default=new_calendar_uid, editable=False)
    sequence = models.PositiveIntegerField("version de l'invitation", default=0, editable=False)
    convened_at = models.DateTimeField("première convocation envoyée le", null=True, blank=True, editable=False)
    minutes = models.TextField("compte rendu", blank=True, help_text="Texte libre, après le compte rendu par point.")
    minutes_approved_on = models.DateField("compte rendu approuvé le", null=True, blank=True, editable=False)
    is_demo_content = models.BooleanField("contenu de démonstration", default=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "réunion"
        ordering = ["date", "start_time", "id"]
        constraints = [
            models.CheckConstraint(
                name="meeting_ends_after_it_starts",
                condition=Q(end_time__gt=F("start_time")),
                violation_error_message="L'heure de fin doit suivre l'heure de début.",
            ),
            models.CheckConstraint(
                name="meeting_approved_minutes_dated",
                condition=~Q(status=MeetingStatus.MINUTES_APPROVED) | Q(minutes_approved_on__isnull=False),
                violation_error_message="Un compte rendu approuvé a une date d'approbation.",
            ),
        ]

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("governance:meeting", args=[self.pk])

    @property
    def label(self):
        """« COPIL du CLS 2 du 4 avril 2022 », or its own title: « Réunion de lancement du 16 mars 2022 »."""
        return f"{self.title or self.instance.name} du {long_day(self.date)}"

    @property
    def time_label(self):
        return f"de {short_time(self.start_time)} à {short_time(self.end_time)}"

    @property
    def starts_at(self):
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=PARIS)

    @property
    def ends_at(self):
        return datetime.datetime.combine(self.date, self.end_time, tzinfo=PARIS)

    @property
    def status_badge(self):
        return MEETING_STATUS_BADGES.get(self.status, "")

    @property
    def is_upcoming(self):
        return self.status in UPCOMING_STATUSES

    @property
    def is_held(self):
        return self.status in HELD_STATUSES

    @property
    def minutes_editable(self):
        return self.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_WRITTEN)

    def clean(self):
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": "L'heure de fin doit suivre l'heure de début."})


class MeetingTransition(models.Model):
    """One step of a meeting's life: who moved it, from what to what, and for a postponement from which date."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="transitions", verbose_name="réunion")
    from_status = models.CharField("de", max_length=20, choices=MeetingStatus.choices, blank=True)
    to_status = models.CharField("vers", max_length=20, choices=MeetingStatus.choices)
    from_date = models.DateField("date avant", null=True, blank=True)
    to_date = models.DateField("nouvelle date", null=True, blank=True)
    comment = models.TextField("commentaire", blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="par"
    )
    at = models.DateTimeField("enregistré le", auto_now_add=True)

    class Meta:
        verbose_name = "étape d'une réunion"
        verbose_name_plural = "étapes des réunions"
        ordering = ["meeting", "at", "id"]

    def __str__(self):
        return f"{self.meeting} : {self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class AgendaItem(models.Model):
    """A point of the agenda, in order, with its presenter and duration; the minutes of the point once held."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name="réunion")
    position = models.PositiveSmallIntegerField("ordre", default=0)
    title = models.CharField("point", max_length=300)
    presenter = models.CharField("présenté par", max_length=300, blank=True)
    duration_minutes = models.PositiveSmallIntegerField("durée (minutes)", null=True, blank=True)
    description = models.TextField("précisions", blank=True)
    fiches = models.ManyToManyField(
        "actions.FicheAction", blank=True, related_name="agenda_items", verbose_name="fiches-action concernées"
    )
    avenant = models.ForeignKey(
        "contracts.Avenant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agenda_items",
        verbose_name="avenant concerné",
    )
    approves_minutes_of = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approval_items",
        verbose_name="approbation du compte rendu de",
        help_text="Une réunion précédente de la même instance dont le compte rendu est soumis à approbation.",
    )
    minutes = models.TextField("compte rendu du point", blank=True)

    class Meta:
        verbose_name = "point de l'ordre du jour"
        verbose_name_plural = "points de l'ordre du jour"
        ordering = ["meeting", "position", "id"]
        constraints = [
            models.CheckConstraint(
                name="agenda_item_duration_range",
                condition=Q(duration_minutes__isnull=True) | Q(duration_minutes__gte=1, duration_minutes__lte=600),
                violation_error_message="La durée d'un point est comprise entre 1 et 600 minutes.",
            ),
            models.CheckConstraint(
                name="agenda_item_not_own_minutes",
                condition=Q(approves_minutes_of__isnull=True) | ~Q(approves_minutes_of=F("meeting")),
                violation_error_message="Une réunion n'approuve pas son propre compte rendu.",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        target = self.approves_minutes_of
        if target is None or not self.meeting_id:
            return
        if target.pk == self.meeting_id:
            raise ValidationError({"approves_minutes_of": "Une réunion n'approuve pas son propre compte rendu."})
        if target.instance_id != self.meeting.instance_id:
            raise ValidationError(
                {"approves_minutes_of": "Le compte rendu approuvé doit être celui d'une réunion de la même instance."}
            )
        if target.date >= self.meeting.date:
            raise ValidationError(
                {"approves_minutes_of": "Une réunion approuve le compte rendu d'une réunion qui la précède."}
            )


class Attendance(models.Model):
    """Whether a member came: announced from their convocation, or recorded by the secretariat."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances", verbose_name="réunion")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="attendances", verbose_name="membre")
    status = models.CharField("présence", max_length=20, choices=AttendanceStatus.choices)
    represented_by = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="representations",
        verbose_name="représentation par un membre",
    )
    proxy_name = models.CharField("représentation par une autre personne", max_length=200, blank=True)
    source = models.CharField(
        "origine", max_length=20, choices=AttendanceSource.choices, default=AttendanceSource.SECRETARIAT
    )
    comment = models.CharField("commentaire", max_length=300, blank=True)
    updated_at = models.DateTimeField("enregistrée le", auto_now=True)

    class Meta:
        verbose_name = "présence"
        ordering = ["meeting", "member__position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"],
                name="unique_attendance_per_member",
                violation_error_message="La présence de ce membre est déjà enregistrée pour cette réunion.",
            ),
            models.CheckConstraint(
                name="attendance_representative_named",
                condition=~Q(status=AttendanceStatus.REPRESENTED)
                | Q(represented_by__isnull=False)
                | ~Q(proxy_name=""),
                violation_error_message="Indiquez qui représente ce membre.",
            ),
            models.CheckConstraint(
                name="attendance_representative_only_when_represented",
                condition=Q(status=AttendanceStatus.REPRESENTED) | (Q(represented_by__isnull=True) & Q(proxy_name="")),
                violation_error_message="Indiquez une représentation seulement pour un membre représenté.",
            ),
            models.CheckConstraint(
                name="attendance_not_self_represented",
                condition=Q(represented_by__isnull=True) | ~Q(represented_by=F("member")),
                violation_error_message="Un membre ne se représente pas lui-même.",
            ),
        ]

    def __str__(self):
        return f"{self.member.person} : {self.get_status_display().lower()}"

    @property
    def representative_label(self):
        return str(self.represented_by.person) if self.represented_by_id else self.proxy_name


class Guest(models.Model):
    """Someone invited to one meeting without a seat in the instance (a presenter, an expert)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="guests", verbose_name="réunion")
    name = models.CharField("nom", max_length=200)
    organisation = models.CharField("organisation et fonction", max_length=300, blank=True)

    class Meta:
        verbose_name = "personne invitée"
        verbose_name_plural = "personnes invitées"
        ordering = ["meeting", "name", "id"]

    def __str__(self):
        return self.name


class Decision(models.Model):
    """What a meeting decided, linked to what it is about; shown on the contract page too."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="decisions", verbose_name="réunion")
    agenda_item = models.ForeignKey(
        AgendaItem,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decisions",
        verbose_name="point de l'ordre du jour",
    )
    text = models.TextField("décision")
    # The contract the decision concerns: the linked fiche's, axe's or avenant's, else the instance's plan.
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governance_decisions",
        verbose_name="contrat concerné",
    )
    fiche = models.ForeignKey(
        "actions.FicheAction",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governance_decisions",
        verbose_name="fiche-action concernée",
    )
    axe = models.ForeignKey(
        "actions.Axe",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governance_decisions",
        verbose_name="axe concerné",
    )
    avenant = models.ForeignKey(
        "contracts.Avenant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governance_decisions",
        verbose_name="avenant concerné",
    )
    position = models.PositiveSmallIntegerField("ordre", default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="saisie par",
    )
    created_at = models.DateTimeField("saisie le", auto_now_add=True)

    class Meta:
        verbose_name = "décision"
        ordering = ["meeting", "position", "id"]

    def __str__(self):
        return self.text[:80]


class FollowUpTask(models.Model):
    """A follow-up a meeting asked for: who does what by when, possibly about a fiche."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="tasks", verbose_name="réunion")
    text = models.TextField("suite à donner")
    owner = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="governance_tasks",
        verbose_name="responsable (membre)",
    )
    owner_name = models.CharField("responsable (autre personne ou structure)", max_length=200, blank=True)
    due_date = models.DateField("échéance", null=True, blank=True)
    fiche = models.ForeignKey(
        "actions.FicheAction",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="governance_tasks",
        verbose_name="fiche-action concernée",
    )
    done = models.BooleanField("faite", default=False)
    done_on = models.DateField("faite le", null=True, blank=True)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    class Meta:
        verbose_name = "suite à donner"
        verbose_name_plural = "suites à donner"
        ordering = ["meeting", "done", "due_date", "id"]
        constraints = [
            models.CheckConstraint(
                name="task_done_on_only_when_done",
                condition=Q(done=True) | Q(done_on__isnull=True),
                violation_error_message="Une suite qui n'est pas faite n'a pas de date de réalisation.",
            ),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def owner_label(self):
        return str(self.owner) if self.owner_id else self.owner_name

    @property
    def is_late(self):
        return bool(not self.done and self.due_date and self.due_date < timezone.localdate())


class MeetingSnapshot(models.Model):
    """The state of the plan when the meeting was convened (governance/snapshots.py): written once, never changed."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="snapshot", verbose_name="réunion")
    taken_at = models.DateTimeField("figé le", auto_now_add=True)
    data = models.JSONField("état du plan")

    class Meta:
        verbose_name = "état du plan à la convocation"
        verbose_name_plural = "états du plan à la convocation"

    def __str__(self):
        return f"État du plan pour {self.meeting}"


class MailLog(models.Model):
    """Each e-mail a meeting sent: to whom, what, which version of the invitation."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="mails", verbose_name="réunion")
    member = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="mails", verbose_name="membre"
    )
    email = models.EmailField("adresse")
    kind = models.CharField("nature", max_length=20, choices=MailKind.choices)
    sequence = models.PositiveIntegerField("version de l'invitation", default=0)
    sent_at = models.DateTimeField("envoyé le", auto_now_add=True)

    class Meta:
        verbose_name = "e-mail envoyé"
        verbose_name_plural = "e-mails envoyés"
        ordering = ["meeting", "sent_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} à {self.email}"
