"""The calendar of a contract as a timeline: phases (with their steps) and milestones, planned and actual, today
marked, late items flagged. Positions are percentages of the period the calendar covers, drawn as SVG attributes by
the template (no inline style). Two queries."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from governance.models import Milestone, Phase


@dataclass
class Bar:
    start: float
    width: float


@dataclass
class Row:
    kind: str  # "phase", "step" or "milestone"
    item: object
    planned: Bar | None = None
    actual: Bar | None = None
    late: bool = False
    done: bool = False


@dataclass
class Timeline:
    start: datetime.date | None = None
    end: datetime.date | None = None
    today: datetime.date | None = None
    today_at: float | None = None
    rows: list = field(default_factory=list)
    years: list = field(default_factory=list)

    @property
    def late_count(self):
        return sum(1 for row in self.rows if row.late)


def _dates(phases, milestones):
    for phase in phases:
        yield from (phase.planned_start, phase.planned_end, phase.actual_start, phase.actual_end)
    for milestone in milestones:
        yield from (milestone.planned_on, milestone.actual_on)


def _position(day, start, span):
    return round((day - start).days / span * 100, 2)


def _bar(first, last, start, span):
    """A bar from `first` to `last` (either may be missing: then a point at the other)."""
    first, last = first or last, last or first
    if first is None:
        return None
    left = _position(first, start, span)
    right = _position(last + datetime.timedelta(days=1), start, span)
    return Bar(start=left, width=max(round(right - left, 2), 0.6))


def contract_timeline(contract, today=None) -> Timeline:
    today = today or timezone.localdate()
    phases = list(Phase.objects.filter(contract=contract).order_by("position", "planned_start", "id"))
    milestones = list(
        Milestone.objects.filter(contract=contract).select_related("meeting").order_by("planned_on", "position", "id")
    )
    dates = [day for day in _dates(phases, milestones) if day]
    timeline = Timeline(today=today)
    if not dates:
        return timeline
    start = datetime.date(min(dates).year, min(dates).month, 1)
    last = max(dates)
    end = datetime.date(last.year + (last.month == 12), last.month % 12 + 1, 1) - datetime.timedelta(days=1)
    span = (end - start).days + 1
    timeline.start, timeline.end = start, end
    if start <= today <= end:
        timeline.today_at = _position(today, start, span)
    timeline.years = []
    for year in range(start.year, end.year + 1):
        at = _position(max(start, datetime.date(year, 1, 1)), start, span)
        # The scale's text sits in a 1000-wide box; the last year's label must not leave it.
        timeline.years.append({"year": year, "at": at, "at_thousandths": min(round(at * 10), 900)})

    def phase_row(phase, kind):
        return Row(
            kind=kind,
            item=phase,
            planned=_bar(phase.planned_start, phase.planned_end, start, span),
            actual=_bar(phase.actual_start, phase.actual_end, start, span) if phase.actual_start or phase.actual_end
            else None,
            late=phase.is_late(today),
            done=phase.is_done,
        )  # fmt: skip

    def milestone_row(milestone):
        return Row(
            kind="milestone",
            item=milestone,
            planned=_bar(milestone.planned_on, milestone.planned_on, start, span),
            actual=_bar(milestone.actual_on, milestone.actual_on, start, span) if milestone.actual_on else None,
            late=milestone.is_late(today),
            done=milestone.is_done,
        )

    def sort_key(entry):
        item = entry.item
        day = item.planned_on if entry.kind == "milestone" else (item.planned_start or item.planned_end)
        return (day or datetime.date.max, entry.kind == "milestone", getattr(item, "position", 0))

    tops = [phase for phase in phases if phase.parent_id is None]
    for top in tops:
        timeline.rows.append(phase_row(top, "phase"))
        children = [phase_row(step, "step") for step in phases if step.parent_id == top.pk]
        children += [milestone_row(m) for m in milestones if m.phase_id in {top.pk, *[c.item.pk for c in children]}]
        timeline.rows.extend(sorted(children, key=sort_key))
    loose = [milestone_row(m) for m in milestones if m.phase_id is None]
    timeline.rows.extend(loose)
    return timeline
