"""The plan d'action in a few figures, for the contract page (`{% include "actions/_plan_overview.html" %}`)."""

from actions.models import Axe
from actions.progress import budget_totals, plan_stats
from actions.validators import number_key


def plan_overview(contract, today=None) -> dict:
    """Axes with their fiche counts, progress and late counts; plan progress; total budget. Three queries."""
    axes = sorted(Axe.objects.filter(contract=contract), key=lambda a: (a.position, number_key(a.number)))
    stats = plan_stats(contract, axes=axes, today=today)
    top_level = [axe for axe in axes if axe.parent_id is None]
    return {
        "contract": contract,
        "axes": [
            {
                "axe": axe,
                "number": axe.number,
                "title": axe.title,
                "fiche_count": stats.by_axe[axe.pk].fiche_count,
                "progress": stats.by_axe[axe.pk].progress,
                "late_count": stats.by_axe[axe.pk].late_count,
            }
            for axe in top_level
        ],
        "fiche_count": stats.plan.fiche_count,
        "done_count": stats.plan.done_count,
        "late_count": stats.plan.late_count,
        "progress": stats.plan.progress,
        "budget": budget_totals(contract),
    }
