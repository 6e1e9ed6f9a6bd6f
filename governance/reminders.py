"""Reminders to the pilotes of fiches before a COPIL or a comité: `manage.py send_reminders`, safe to run every day.

N days before a meeting still to come (N set per instance, 10 by default), the pilote of each fiche of the plan that
is not finished and was not updated since the previous meeting of the instance receives one e-mail listing their
fiches. "Updated" means a saved fiche (status, progress, any field) or a new follow-up note. For the first meeting of
an instance, the reference is three months before it. Each fiche is reminded once per meeting (`ReminderLog`), so a
second run the same day, or the next day, sends nothing new. Those who run the instance see what will be sent and
may switch reminders off (`reminders_page`).
"""

import datetime
from dataclasses import dataclass, field

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from actions.enums import FINISHED_STATUSES
from actions.models import FicheAction
from governance.convocation import absolute
from governance.enums import HELD_STATUSES, REMINDED_KINDS, UPCOMING_STATUSES
from governance.meetings import plan_contract
from governance.models import Meeting, ReminderLog
from governance.models.meetings import PARIS, long_day

FIRST_MEETING_LOOKBACK = datetime.timedelta(days=91)
MAX_REMINDER_DAYS = 60


@dataclass
class Reminder:
    """One e-mail: the fiches of one pilote for one meeting."""

    meeting: Meeting
    pilote: object
    fiches: list = field(default_factory=list)


def send_on(meeting):
    """The day the reminders of a meeting leave."""
    return meeting.date - datetime.timedelta(days=meeting.instance.reminder_days)


def reference_date(meeting):
    """Fiches must have been updated after this day: the previous meeting of the instance, or three months ago."""
    previous = (
        Meeting.objects.filter(instance_id=meeting.instance_id, date__lt=meeting.date, status__in=HELD_STATUSES)
        .order_by("-date")
        .values_list("date", flat=True)
        .first()
    )
    return previous or meeting.date - FIRST_MEETING_LOOKBACK


def stale_fiches(meeting):
    """Fiches of the meeting's plan, not finished, with a pilote who has an account, not updated since the reference
    date, and not reminded yet for this meeting (one query)."""
    contract = plan_contract(meeting.instance)
    if contract is None:
        return []
    since = datetime.datetime.combine(reference_date(meeting), datetime.time.min, tzinfo=PARIS)
    fiches = (
        FicheAction.objects.filter(contract=contract, pilote__isnull=False, pilote__is_active=True)
        .exclude(pilote__email="")
        .exclude(status__in=FINISHED_STATUSES)
        .exclude(governance_reminders__meeting=meeting)
        .with_last_update()
        .filter(last_updated_at__lt=since)
        .select_related("pilote", "contract")
        .order_by("pilote_id", "number")
    )
    return list(fiches)


def reminders_for(meeting):
    by_pilote = {}
    for fiche in stale_fiches(meeting):
        by_pilote.setdefault(fiche.pilote_id, Reminder(meeting=meeting, pilote=fiche.pilote)).fiches.append(fiche)
    return list(by_pilote.values())


def due_meetings(today):
    """Meetings still to come whose reminder day has come, of instances that remind their pilotes."""
    meetings = (
        Meeting.objects.filter(
            status__in=UPCOMING_STATUSES,
            date__gte=today,
            date__lte=today + datetime.timedelta(days=MAX_REMINDER_DAYS),
            instance__kind__in=REMINDED_KINDS,
            instance__reminders_enabled=True,
        )
        .select_related("instance", "instance__contract")
        .order_by("date", "id")
    )
    return [meeting for meeting in meetings if send_on(meeting) <= today]


def pending(today=None):
    """Every e-mail a run today would send."""
    today = today or timezone.localdate()
    return [reminder for meeting in due_meetings(today) for reminder in reminders_for(meeting)]


def send(reminder):
    meeting = reminder.meeting
    contract = plan_contract(meeting.instance)
    body = render_to_string(
        "governance/email/reminder.txt",
        {
            "meeting": meeting,
            "day": long_day(meeting.date),
            "pilote": reminder.pilote,
            "since": long_day(reference_date(meeting)),
            "fiches": [
                {
                    "fiche": fiche,
                    "url": absolute(reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number])),
                }
                for fiche in reminder.fiches
            ],
        },
    )
    EmailMessage(
        subject=f"{meeting.instance.name} du {long_day(meeting.date)} : mettez à jour vos fiches-action",
        body=body,
        to=[reminder.pilote.email],
    ).send()
    ReminderLog.objects.bulk_create(
        ReminderLog(meeting=meeting, fiche=fiche, recipient=reminder.pilote, email=reminder.pilote.email)
        for fiche in reminder.fiches
    )


def send_due(today=None, *, dry_run=False):
    """Send what is due today; returns the reminders (sent, or that would be sent with `dry_run`)."""
    reminders = pending(today)
    if not dry_run:
        for reminder in reminders:
            send(reminder)
    return reminders


def next_reminders(instance, today=None):
    """For the reminders page: the next meeting concerned, when its reminders leave, and to whom if it were today."""
    today = today or timezone.localdate()
    meeting = (
        Meeting.objects.filter(instance=instance, status__in=UPCOMING_STATUSES, date__gte=today)
        .order_by("date", "start_time")
        .first()
    )
    if meeting is None:
        return None
    meeting.instance = instance
    return {"meeting": meeting, "send_on": send_on(meeting), "reminders": reminders_for(meeting)}
