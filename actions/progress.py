"""Progress roll-ups of a plan: each fiche counts equally, abandoned fiches are left out (docs/plan.md,
`actions.models.counted_in_progress_condition`)."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum

from actions.enums import FicheStatus
from actions.models import Axe, BudgetLine, FicheAction, counted_in_progress_condition, late_condition


@dataclass
class Stats:
    fiche_count: int = 0
    counted: int = 0  # fiches that count in the progress (not abandoned)
    progress_sum: int = 0
    late_count: int = 0
    done_count: int = 0

    @property
    def progress(self):
        """Mean progress in %, or None when no fiche counts."""
        return round(self.progress_sum / self.counted) if self.counted else None

    @classmethod
    def from_row(cls, row: dict) -> "Stats":
        """From a row aggregated with `stats_aggregates()` (other keys, such as a GROUP BY column, are left)."""
        return cls(**{name: row[name] or 0 for name in ("fiche_count", "counted", "progress_sum", "late_count",
                                                          "done_count")})  # fmt: skip

    def add(self, other: "Stats"):
        self.fiche_count += other.fiche_count
        self.counted += other.counted
        self.progress_sum += other.progress_sum
        self.late_count += other.late_count
        self.done_count += other.done_count


@dataclass
class PlanStats:
    by_axe: dict = field(default_factory=dict)  # axe pk -> Stats of the axe and its sub-axes
    plan: Stats = field(default_factory=Stats)


def stats_aggregates(today=None) -> dict:
    """The aggregates a `Stats` is made of, for `.aggregate()` or `.annotate()` over fiches: the one home of how
    progress, lateness and completion are counted (abandoned fiches left out of the progress)."""
    counted = counted_in_progress_condition()
    return {
        "fiche_count": Count("id"),
        "counted": Count("id", filter=counted),
        "progress_sum": Sum("progress", filter=counted),
        "late_count": Count("id", filter=late_condition(today)),
        "done_count": Count("id", filter=Q(status=FicheStatus.DONE)),
    }


def plan_stats(contract, axes=None, today=None, fiches=None) -> PlanStats:
    """One aggregate query grouped by axe; sub-axes are rolled up into their parent in Python.

    `fiches` narrows the fiches counted (the plan as signed leaves out those brought by avenants).
    """
    if fiches is None:
        fiches = FicheAction.objects.filter(contract=contract)
    rows = fiches.order_by().values("axe_id").annotate(**stats_aggregates(today))
    own = {row["axe_id"]: Stats.from_row(row) for row in rows}
    if axes is None:
        axes = list(Axe.objects.filter(contract=contract))
    result = PlanStats()
    for axe in axes:
        result.by_axe[axe.pk] = Stats()
    for axe in axes:
        stats = own.get(axe.pk)
        if stats is None:
            continue
        result.by_axe[axe.pk].add(stats)
        if axe.parent_id in result.by_axe:
            result.by_axe[axe.parent_id].add(stats)
        result.plan.add(stats)
    return result


def budget_totals(contract, fiches=None) -> dict:
    """Planned and actual totals of the whole plan (or of `fiches`), in euros (one query)."""
    lines = BudgetLine.objects.filter(fiche__contract=contract)
    if fiches is not None:
        lines = lines.filter(fiche__in=fiches)
    totals = lines.aggregate(planned=Sum("planned_amount"), actual=Sum("actual_amount"))
    return {"planned": totals["planned"] or Decimal(0), "actual": totals["actual"] or Decimal(0)}
