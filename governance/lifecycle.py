"""The life of a meeting: one mapping of allowed moves and one verb function per move, as contracts/lifecycle.py.

planifiée -> convoquée -> tenue -> compte rendu rédigé -> compte rendu approuvé; a meeting still to come may be
reportée (to a new date, then convoquée again or tenue) or annulée. The minutes of a meeting are approved by an agenda
item of a later meeting of the same instance (`approve_minutes`), never on their own.

Every verb takes keyword-only arguments (`by`, `comment`...), checks the source state and the guards, raises
`MeetingError` with French messages, writes a `MeetingTransition` row, inside one transaction. The verbs do not send
e-mails: `governance.convocation` calls them and writes to the members once the move is committed. Changes after the
first convocation raise the meeting's iCalendar SEQUENCE, so that calendars replace the event they hold.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from governance.enums import HELD_STATUSES, UPCOMING_STATUSES, MeetingStatus
from governance.errors import GovernanceError
from governance.models import Meeting, MeetingTransition
from governance.models.meetings import long_day

S = MeetingStatus

ALLOWED_TRANSITIONS = {
    # A meeting convened by other means (a letter, another tool) may be recorded as held directly.
    S.PLANNED: {S.CONVENED, S.POSTPONED, S.CANCELLED, S.HELD},
    S.CONVENED: {S.HELD, S.POSTPONED, S.CANCELLED},
    # Postponed: the members already know the new date (the update was sent); a new convocation is optional.
    S.POSTPONED: {S.CONVENED, S.POSTPONED, S.HELD, S.CANCELLED},
    S.HELD: {S.MINUTES_WRITTEN},
    S.MINUTES_WRITTEN: {S.MINUTES_APPROVED},
    S.MINUTES_APPROVED: set(),
    S.CANCELLED: set(),
}

# What the buttons of the meeting page say, per target status.
ACTION_LABELS = {
    S.CONVENED: "Convoquer les membres",
    S.POSTPONED: "Reporter",
    S.CANCELLED: "Annuler la réunion",
    S.HELD: "Enregistrer la tenue de la réunion",
    S.MINUTES_WRITTEN: "Déclarer le compte rendu rédigé",
}


class MeetingError(GovernanceError):
    """A move of a meeting the domain refuses, with French messages."""


def allowed_targets(meeting):
    targets = ALLOWED_TRANSITIONS[MeetingStatus(meeting.status)]
    return [status for status in MeetingStatus if status in targets]


def refusal_message(meeting, to):
    current = MeetingStatus(meeting.status)
    return (
        f"Une réunion « {current.label.lower()} » ne peut pas passer à l'état « {MeetingStatus(to).label.lower()} »."
    )


def _lock(meeting):
    return Meeting.objects.select_for_update().select_related("instance").get(pk=meeting.pk)


def _check_move(meeting, to):
    if to not in ALLOWED_TRANSITIONS[MeetingStatus(meeting.status)]:
        raise MeetingError(refusal_message(meeting, to))


def _record(meeting, *, to, by, comment="", from_date=None, to_date=None):
    from_status = meeting.status
    meeting.status = to
    meeting.save()
    return MeetingTransition.objects.create(
        meeting=meeting,
        from_status=from_status,
        to_status=to,
        from_date=from_date,
        to_date=to_date,
        comment=comment or "",
        by=by,
    )


def _refresh(target, source):
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def _bump_sequence(meeting):
    """Members hold an invitation once convened: each later change is a new version of the same event."""
    if meeting.convened_at is not None:
        meeting.sequence += 1


def register_meeting(meeting, *, by, comment=""):
    """Save a new meeting (planifiée) and open its timeline."""
    with transaction.atomic():
        meeting.full_clean()
        meeting.save()
        MeetingTransition.objects.create(
            meeting=meeting, from_status="", to_status=meeting.status, comment=comment, by=by
        )
    return meeting


def convocation_problems(meeting, *, today=None):
    """French sentences saying what is missing before the members can be convened (empty list: they can)."""
    today = today or timezone.localdate()
    problems = []
    if meeting.date < today:
        problems.append(f"La réunion du {long_day(meeting.date)} est passée : elle ne peut plus être convoquée.")
    if not meeting.place and not meeting.video_url:
        problems.append("Indiquez un lieu ou un lien de visioconférence.")
    if not meeting.agenda_items.exists():
        problems.append("L'ordre du jour doit comporter au moins un point.")
    return problems


def convene(meeting, *, by, today=None, freeze=None, comment=""):
    """Planifiée or reportée → convoquée. `freeze(meeting)` (governance.snapshots) keeps the state of the plan the
    committee will look at, in the same transaction; a meeting convened again after a postponement keeps its first
    snapshot."""
    with transaction.atomic():
        locked = _lock(meeting)
        _check_move(locked, S.CONVENED)
        problems = convocation_problems(locked, today=today)
        if problems:
            raise MeetingError(problems)
        if locked.convened_at is None:
            locked.convened_at = timezone.now()
        else:
            locked.sequence += 1
        if freeze is not None:
            freeze(locked)
        _record(locked, to=S.CONVENED, by=by, comment=comment)
    _refresh(meeting, locked)
    return meeting


def reschedule(meeting, *, by, changes, comment=""):
    """Change the date, times, place or video link of a meeting still to come, keeping its status.

    `changes` maps field names to new values. Returns True when members hold an invitation that must be updated.
    """
    with transaction.atomic():
        locked = _lock(meeting)
        if locked.status not in UPCOMING_STATUSES:
            raise MeetingError(
                f"Une réunion « {locked.get_status_display().lower()} » ne change plus de date ni de lieu."
            )
        old_date = locked.date
        changed = {name: value for name, value in changes.items() if getattr(locked, name) != value}
        if not changed:
            return False
        for name, value in changed.items():
            setattr(locked, name, value)
        try:
            locked.full_clean()
        except ValidationError as error:
            raise MeetingError(error.messages) from error
        _bump_sequence(locked)
        labels = [str(Meeting._meta.get_field(name).verbose_name) for name in changed]
        _record(
            locked,
            to=locked.status,
            by=by,
            comment=comment or f"Modification : {', '.join(labels)}.",
            from_date=old_date if "date" in changed else None,
            to_date=locked.date if "date" in changed else None,
        )
    _refresh(meeting, locked)
    return meeting.convened_at is not None


def postpone(meeting, *, by, to_date, start_time=None, end_time=None, comment=""):
    """Planifiée, convoquée or reportée → reportée, to `to_date` (and new times if given)."""
    with transaction.atomic():
        locked = _lock(meeting)
        _check_move(locked, S.POSTPONED)
        if to_date == locked.date:
            raise MeetingError("Indiquez une nouvelle date, différente de la date actuelle de la réunion.")
        old_date = locked.date
        locked.postponed_from = locked.postponed_from or old_date
        locked.date = to_date
        locked.start_time = start_time or locked.start_time
        locked.end_time = end_time or locked.end_time
        if locked.end_time <= locked.start_time:
            raise MeetingError("L'heure de fin doit suivre l'heure de début.")
        _bump_sequence(locked)
        _record(
            locked,
            to=S.POSTPONED,
            by=by,
            comment=comment or f"Reportée du {long_day(old_date)} au {long_day(to_date)}.",
            from_date=old_date,
            to_date=to_date,
        )
    _refresh(meeting, locked)
    return meeting


def cancel(meeting, *, by, comment=""):
    """Planifiée, convoquée or reportée → annulée. The reason is required: the members receive it."""
    with transaction.atomic():
        locked = _lock(meeting)
        _check_move(locked, S.CANCELLED)
        if not (comment or "").strip():
            raise MeetingError("Indiquez la raison de l'annulation : elle est envoyée aux membres convoqués.")
        _bump_sequence(locked)
        _record(locked, to=S.CANCELLED, by=by, comment=comment)
    _refresh(meeting, locked)
    return meeting


def mark_held(meeting, *, by, today=None, comment=""):
    """Planifiée, convoquée or reportée → tenue, on or after its date."""
    today = today or timezone.localdate()
    with transaction.atomic():
        locked = _lock(meeting)
        _check_move(locked, S.HELD)
        if locked.date > today:
            raise MeetingError(f"La réunion du {long_day(locked.date)} n'a pas encore eu lieu.")
        _record(locked, to=S.HELD, by=by, comment=comment)
    _refresh(meeting, locked)
    return meeting


def has_minutes(meeting):
    return bool(meeting.minutes.strip()) or meeting.agenda_items.exclude(minutes="").exists()


def mark_minutes_written(meeting, *, by, comment=""):
    """Tenue → compte rendu rédigé: the minutes can now be put to a later meeting for approval."""
    with transaction.atomic():
        locked = _lock(meeting)
        _check_move(locked, S.MINUTES_WRITTEN)
        if not has_minutes(locked):
            raise MeetingError("Rédigez le compte rendu (d'au moins un point, ou le texte libre) avant de le déclarer "
                               "rédigé.")  # fmt: skip
        _record(locked, to=S.MINUTES_WRITTEN, by=by, comment=comment)
    _refresh(meeting, locked)
    return meeting


def approval_problems(item):
    """Why the agenda item `item` cannot approve the minutes it names (empty list: it can)."""
    target, approving = item.approves_minutes_of, item.meeting
    if target is None:
        return ["Ce point de l'ordre du jour n'approuve aucun compte rendu."]
    day = long_day(target.date)
    if approving.status not in HELD_STATUSES:
        return [f"Le compte rendu du {day} s'approuve pendant la réunion : enregistrez d'abord sa tenue."]
    if target.status == S.MINUTES_APPROVED:
        return [f"Le compte rendu de la réunion du {day} est déjà approuvé."]
    if target.status != S.MINUTES_WRITTEN:
        return [f"Le compte rendu de la réunion du {day} n'est pas encore rédigé : il ne peut pas être approuvé."]
    if target.instance_id != approving.instance_id or target.date >= approving.date:
        return ["Une réunion approuve le compte rendu d'une réunion précédente de la même instance."]
    return []


def approve_minutes(item, *, by, comment=""):
    """Compte rendu rédigé → approuvé, by the agenda item of a later, held meeting of the same instance."""
    with transaction.atomic():
        target = _lock(item.approves_minutes_of) if item.approves_minutes_of_id else None
        item.approves_minutes_of = target
        problems = approval_problems(item)
        if problems:
            raise MeetingError(problems)
        target.minutes_approved_on = item.meeting.date
        _record(target, to=S.MINUTES_APPROVED, by=by, comment=comment or f"Approuvé lors de : {item.meeting}.")
    return target


def record_existing_state(meeting, *, to, by, comment=""):
    """Set the state of a meeting that happened before it was entered in the portal (imports, demo data).

    No guard and no e-mail; the timeline says so through the comment. Not offered in the interface.
    """
    with transaction.atomic():
        locked = _lock(meeting)
        if to == S.MINUTES_APPROVED and locked.minutes_approved_on is None:
            locked.minutes_approved_on = locked.date
        _record(locked, to=to, by=by, comment=comment)
    _refresh(meeting, locked)
    return meeting
