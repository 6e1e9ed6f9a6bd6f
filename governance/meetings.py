"""What happens in a meeting, besides its status (governance/lifecycle.py): the agenda, attendance and quorum, guests,
minutes, decisions and follow-up tasks. Each function checks what the meeting's state allows and raises
`GovernanceError` with a French message otherwise."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from actions.models import FicheAction
from governance.enums import (
    HELD_STATUSES,
    UPCOMING_STATUSES,
    VOTING_ROLES,
    AttendanceStatus,
    MeetingStatus,
    MemberRole,
)
from governance.errors import GovernanceError
from governance.members import checked
from governance.models import AgendaItem, Attendance, FollowUpTask, Guest, Meeting, Roadmap

COUNTED_STATUSES = {AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED}


def plan_contract(instance):
    """The plan an instance follows: its contract's (governance.roadmaps adds the roadmap of a territorial one)."""
    if instance.contract_id:
        return instance.contract
    roadmap = Roadmap.objects.filter(instance=instance).select_related("contract").first()
    return roadmap.contract if roadmap is not None else None


def linkable_contract_ids(instance):
    """Fiches of the instance's plan, and of the generation before it: a meeting that opens a CLS 2 reviews the
    actions of the CLS 1 (seed 004)."""
    contract = plan_contract(instance)
    if contract is None:
        return []
    return [pk for pk in (contract.pk, contract.previous_id) if pk]


def linkable_fiches(instance):
    return FicheAction.objects.filter(contract_id__in=linkable_contract_ids(instance)).select_related("contract")


def approvable_meetings(meeting):
    """Earlier meetings of the same instance whose minutes are still to be approved."""
    return (
        Meeting.objects.filter(instance_id=meeting.instance_id, date__lt=meeting.date, status__in=HELD_STATUSES)
        .exclude(status=MeetingStatus.MINUTES_APPROVED)
        .order_by("-date")
    )


# Agenda --------------------------------------------------------------------------------------------------------------


def _check_agenda_open(meeting):
    if meeting.status not in UPCOMING_STATUSES and meeting.status != MeetingStatus.HELD:
        raise GovernanceError(
            f"L'ordre du jour d'une réunion « {meeting.get_status_display().lower()} » ne change plus."
        )


def save_agenda_item(item, *, fiches=None):
    """Add or change a point of the agenda (appended at the end when new)."""
    _check_agenda_open(item.meeting)
    allowed = set(linkable_contract_ids(item.meeting.instance))
    if fiches is not None and any(fiche.contract_id not in allowed for fiche in fiches):
        raise GovernanceError("Les fiches-action d'un point appartiennent au plan suivi par l'instance.")
    if item.avenant_id and item.avenant.contract_id not in allowed:
        raise GovernanceError("L'avenant d'un point appartient au contrat suivi par l'instance.")
    with transaction.atomic():
        if not item.pk:
            last = item.meeting.agenda_items.aggregate(last=Max("position"))["last"] or 0
            item.position = last + 1
        checked(item)
        item.save()
        if fiches is not None:
            item.fiches.set(fiches)
    return item


def remove_agenda_item(item):
    _check_agenda_open(item.meeting)
    item.delete()
    renumber(item.meeting)


def renumber(meeting):
    for position, item in enumerate(meeting.agenda_items.order_by("position", "id"), start=1):
        if item.position != position:
            AgendaItem.objects.filter(pk=item.pk).update(position=position)


def move_agenda_item(item, *, offset):
    """Swap the point with the one before (offset -1) or after it (+1)."""
    _check_agenda_open(item.meeting)
    with transaction.atomic():
        renumber(item.meeting)
        items = list(item.meeting.agenda_items.order_by("position", "id"))
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        other_index = index + offset
        if 0 <= other_index < len(items):
            items[index], items[other_index] = items[other_index], items[index]
            for position, moved in enumerate(items, start=1):
                AgendaItem.objects.filter(pk=moved.pk).update(position=position)


def total_duration(items):
    minutes = [item.duration_minutes for item in items if item.duration_minutes]
    return sum(minutes) if minutes else None


# Attendance ----------------------------------------------------------------------------------------------------------


def expected_members(meeting):
    """Members whose term covers the meeting's date: those convened, and those whose attendance counts."""
    return meeting.instance.members.active_on(meeting.date).select_related("person", "organisation", "substitute_for")


def record_attendance(meeting, member, *, status, represented_by=None, proxy_name="", source, comment=""):
    """Create or update the attendance of `member` (an answer to the convocation, or the secretariat's record)."""
    if member.instance_id != meeting.instance_id:
        raise GovernanceError("Cette personne ne siège pas dans l'instance de la réunion.")
    if represented_by is not None and represented_by.instance_id != meeting.instance_id:
        raise GovernanceError("La personne choisie pour représenter ce membre ne siège pas dans cette instance.")
    if status != AttendanceStatus.REPRESENTED:
        represented_by, proxy_name = None, ""
    attendance = Attendance.objects.filter(meeting=meeting, member=member).first() or Attendance(
        meeting=meeting, member=member
    )
    attendance.status, attendance.represented_by, attendance.proxy_name = status, represented_by, proxy_name
    attendance.source, attendance.comment = source, comment
    checked(attendance)
    attendance.save()
    return attendance


@dataclass
class Quorum:
    required: int | None
    counted: int

    @property
    def reached(self):
        return self.required is None or self.counted >= self.required


def quorum(meeting, members, attendances):
    """Voting members (president, members) present or represented; a substitute who is present counts in place of
    a titular who is neither. `members` and `attendances` are already fetched: no query."""
    by_member = {a.member_id: a for a in attendances}
    counted_titulars = {
        m.pk
        for m in members
        if m.role in VOTING_ROLES and by_member.get(m.pk) and by_member[m.pk].status in COUNTED_STATUSES
    }
    for substitute in members:
        if substitute.role != MemberRole.SUBSTITUTE or substitute.substitute_for_id in counted_titulars:
            continue
        answer = by_member.get(substitute.pk)
        if answer and answer.status == AttendanceStatus.PRESENT:
            counted_titulars.add(substitute.substitute_for_id)
    return Quorum(required=meeting.instance.quorum, counted=len(counted_titulars))


def add_guest(meeting, *, name, organisation=""):
    guest = Guest(meeting=meeting, name=name, organisation=organisation)
    checked(guest)
    guest.save()
    return guest


# Minutes, decisions, tasks -------------------------------------------------------------------------------------------


def _check_held(meeting, what):
    if meeting.status not in HELD_STATUSES:
        raise GovernanceError(f"{what} s'enregistrent une fois la réunion tenue.")


def save_minutes(meeting, *, text, items_minutes):
    """The minutes per agenda item (`{item pk: text}`) and the free text, while they are still being written."""
    if not meeting.minutes_editable:
        if meeting.status == MeetingStatus.MINUTES_APPROVED:
            raise GovernanceError("Le compte rendu est approuvé : il ne se modifie plus.")
        raise GovernanceError("Le compte rendu se rédige une fois la réunion tenue.")
    with transaction.atomic():
        meeting.minutes = text
        meeting.save(update_fields=["minutes", "updated_at"])
        for item in meeting.agenda_items.all():
            if item.pk in items_minutes and items_minutes[item.pk] != item.minutes:
                AgendaItem.objects.filter(pk=item.pk).update(minutes=items_minutes[item.pk])


def _subject_contract(decision, allowed):
    """The contract a decision concerns, from what it is linked to; refuses links outside the instance's plan."""
    linked = [obj for obj in (decision.fiche, decision.axe, decision.avenant) if obj is not None]
    contracts = {obj.contract_id for obj in linked}
    if decision.contract_id:
        contracts.add(decision.contract_id)
    if any(pk not in allowed for pk in contracts):
        raise GovernanceError("Une décision porte sur le contrat suivi par l'instance, ses axes, fiches ou avenants.")
    if len(contracts) > 1:
        raise GovernanceError("Les éléments liés à une décision appartiennent au même contrat.")
    return contracts.pop() if contracts else (allowed[0] if allowed else None)


def save_decision(decision, *, by):
    meeting = decision.meeting
    _check_held(meeting, "Les décisions")
    if meeting.status == MeetingStatus.MINUTES_APPROVED and decision.pk:
        raise GovernanceError("Le compte rendu est approuvé : ses décisions ne se modifient plus.")
    decision.contract_id = _subject_contract(decision, linkable_contract_ids(meeting.instance))
    if decision.agenda_item_id and decision.agenda_item.meeting_id != meeting.pk:
        raise GovernanceError("Le point de l'ordre du jour doit être celui de la même réunion.")
    with transaction.atomic():
        if not decision.pk:
            decision.created_by = by
            decision.position = (meeting.decisions.aggregate(last=Max("position"))["last"] or 0) + 1
        checked(decision)
        decision.save()
    return decision


def save_task(task):
    _check_held(task.meeting, "Les suites à donner")
    if task.fiche_id and task.fiche.contract_id not in linkable_contract_ids(task.meeting.instance):
        raise GovernanceError("La fiche-action d'une suite appartient au plan suivi par l'instance.")
    if task.owner_id and not task.meeting.instance.members.filter(person_id=task.owner_id).exists():
        raise GovernanceError("La personne responsable choisie ne siège pas dans l'instance.")
    if not task.done:
        task.done_on = None
    elif task.done_on is None:
        task.done_on = timezone.localdate()
    checked(task)
    task.save()
    return task


def set_task_done(task, *, done, on=None):
    task.done = done
    task.done_on = (on or timezone.localdate()) if done else None
    checked(task)
    task.save(update_fields=["done", "done_on"])
    return task


def open_tasks(instance, before=None):
    """Follow-up tasks of the instance's meetings not done yet (of meetings before `before` when given)."""
    tasks = FollowUpTask.objects.filter(meeting__instance=instance, done=False)
    if before is not None:
        tasks = tasks.filter(meeting__date__lt=before)
    return tasks.select_related("meeting", "owner", "fiche").order_by("due_date", "id")
