"""What the committee sees: the state of the plan frozen when a meeting is convened, and what changed since the
previous meeting of the same instance.

A snapshot is a JSON document (`MeetingSnapshot.data`) written once, at the first convocation, and never changed:
every fiche's status, progress, lateness, end date, budget planned and financed (actual), indicator values by year,
and the plan's totals. Comparing a meeting with the previous one compares their snapshots; a meeting not convened yet
is compared with the plan as it is now. Two queries build the state of a plan, whatever its size.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from actions.enums import FINISHED_STATUSES, FicheStatus
from actions.models import FicheAction, FicheIndicatorValue
from actions.validators import number_key
from governance.enums import MeetingStatus
from governance.meetings import open_tasks, plan_contract
from governance.models import Decision, Meeting, MeetingSnapshot

SCHEMA_VERSION = 1
CENT = Decimal("0.01")


def _amount(value):
    """Amounts and indicator values as text with two decimals, the same on SQLite and PostgreSQL."""
    return str(Decimal(value or 0).quantize(CENT))


def plan_state(contract, today=None) -> dict:
    """The plan of `contract` as a JSON-ready dict (two queries)."""
    today = today or timezone.localdate()
    fiches = (
        FicheAction.objects.filter(contract=contract)
        .with_budget_totals()
        .with_is_late(today)
        .select_related("axe")
        .order_by()
    )
    state = {}
    for fiche in fiches:
        state[str(fiche.pk)] = {
            "number": fiche.number,
            "title": fiche.title,
            "axe": fiche.axe.number,
            "status": fiche.status,
            "progress": fiche.progress,
            "late": fiche.is_late_db,
            "end_date": fiche.end_date.isoformat() if fiche.end_date else None,
            "planned": _amount(fiche.planned_total),
            "actual": _amount(fiche.actual_total),
            "indicators": {},
        }
    values = (
        FicheIndicatorValue.objects.filter(indicator__fiche__contract=contract)
        .select_related("indicator")
        .order_by("indicator__position", "indicator_id", "year")
    )
    for value in values:
        fiche = state.get(str(value.indicator.fiche_id))
        if fiche is None:
            continue
        indicator = fiche["indicators"].setdefault(
            str(value.indicator_id), {"name": value.indicator.name, "unit": value.indicator.unit, "values": {}}
        )
        indicator["values"][str(value.year)] = _amount(value.value)
    counted = [f for f in state.values() if f["status"] != FicheStatus.ABANDONED]
    return {
        "version": SCHEMA_VERSION,
        "taken_on": today.isoformat(),
        "contract": contract.pk,
        "fiches": state,
        "totals": {
            "fiche_count": len(state),
            "done": sum(1 for f in state.values() if f["status"] == FicheStatus.DONE),
            "late": sum(1 for f in state.values() if f["late"]),
            "progress": round(sum(f["progress"] for f in counted) / len(counted)) if counted else None,
            "planned": _amount(sum((Decimal(f["planned"]) for f in state.values()), Decimal(0))),
            "actual": _amount(sum((Decimal(f["actual"]) for f in state.values()), Decimal(0))),
        },
    }


def freeze(meeting):
    """Keep the state of the plan for the meeting, once: a snapshot is never rewritten (called by `convene`)."""
    contract = plan_contract(meeting.instance)
    if contract is None or MeetingSnapshot.objects.filter(meeting=meeting).exists():
        return None
    return MeetingSnapshot.objects.create(meeting=meeting, data=plan_state(contract))


def previous_meeting(meeting):
    """The latest earlier meeting of the same instance that has a snapshot (a cancelled one does not count)."""
    return (
        Meeting.objects.filter(instance_id=meeting.instance_id, date__lt=meeting.date, snapshot__isnull=False)
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related("snapshot")
        .order_by("-date", "-start_time")
        .first()
    )


def _status_label(value):
    try:
        return FicheStatus(value).label
    except ValueError:
        return value


@dataclass
class PlanChanges:
    previous: Meeting
    compared_with_now: bool
    status_changes: list = field(default_factory=list)
    became_late: list = field(default_factory=list)
    finished: list = field(default_factory=list)
    new_fiches: list = field(default_factory=list)
    indicator_values: list = field(default_factory=list)
    budget_changes: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    open_tasks: list = field(default_factory=list)
    totals_before: dict = field(default_factory=dict)
    totals_after: dict = field(default_factory=dict)

    @property
    def plan_changed(self):
        return any(
            (
                self.status_changes,
                self.became_late,
                self.finished,
                self.new_fiches,
                self.indicator_values,
                self.budget_changes,
            )
        )


def _sorted(rows):
    return sorted(rows, key=lambda row: number_key(row["number"]))


def compare(before: dict, after: dict, changes: PlanChanges):
    old_fiches, new_fiches = before.get("fiches", {}), after.get("fiches", {})
    for pk, now in new_fiches.items():
        then = old_fiches.get(pk)
        row = {"pk": int(pk), "number": now["number"], "title": now["title"]}
        if then is None:
            changes.new_fiches.append({**row, "status": _status_label(now["status"])})
            continue
        if then["status"] != now["status"] or then["progress"] != now["progress"]:
            changes.status_changes.append(
                {
                    **row,
                    "before": _status_label(then["status"]),
                    "after": _status_label(now["status"]),
                    "status_changed": then["status"] != now["status"],
                    "progress_before": then["progress"],
                    "progress_after": now["progress"],
                }
            )
        if now["late"] and not then["late"]:
            changes.became_late.append({**row, "end_date": now["end_date"]})
        if now["status"] in FINISHED_STATUSES and then["status"] not in FINISHED_STATUSES:
            changes.finished.append({**row, "status": _status_label(now["status"])})
        if then["planned"] != now["planned"] or then["actual"] != now["actual"]:
            changes.budget_changes.append(
                {
                    **row,
                    "planned_before": Decimal(then["planned"]),
                    "planned_after": Decimal(now["planned"]),
                    "actual_before": Decimal(then["actual"]),
                    "actual_after": Decimal(now["actual"]),
                }
            )
        for indicator_pk, indicator in now["indicators"].items():
            old_values = then["indicators"].get(indicator_pk, {}).get("values", {})
            for year, value in sorted(indicator["values"].items()):
                if old_values.get(year) != value:
                    changes.indicator_values.append(
                        {
                            **row,
                            "indicator": indicator["name"],
                            "unit": indicator.get("unit", ""),
                            "year": int(year),
                            "before": Decimal(old_values[year]) if year in old_values else None,
                            "after": Decimal(value),
                        }
                    )
    for name in ("status_changes", "became_late", "finished", "new_fiches", "budget_changes", "indicator_values"):
        setattr(changes, name, _sorted(getattr(changes, name)))
    changes.totals_before, changes.totals_after = before.get("totals", {}), after.get("totals", {})
    return changes


def changes_since_previous(meeting, today=None):
    """What moved in the plan since the previous meeting of the instance, the decisions taken since, the tasks still
    open; None for a first meeting or an instance without a plan."""
    contract = plan_contract(meeting.instance)
    previous = previous_meeting(meeting) if contract is not None else None
    if previous is None:
        return None
    own = MeetingSnapshot.objects.filter(meeting=meeting).first()
    after = own.data if own else plan_state(contract, today=today)
    changes = compare(previous.snapshot.data, after, PlanChanges(previous=previous, compared_with_now=own is None))
    changes.decisions = list(
        Decision.objects.filter(contract=contract, meeting__date__gte=previous.date, meeting__date__lt=meeting.date)
        .select_related("meeting__instance", "fiche", "axe", "avenant")
        .order_by("meeting__date", "position", "id")
    )
    changes.open_tasks = list(open_tasks(meeting.instance, before=meeting.date))
    return changes
