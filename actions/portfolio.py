"""The fiches of many contracts at once, for the ARS overview: progress per contract, fiches per PRS objective,
budget by funder and year. Every figure is one aggregate query (GROUP BY), whatever the number of fiches."""

from dataclasses import dataclass

from django.db.models import Count, Sum

from actions.models import BudgetLine, FicheAction
from actions.progress import Stats, stats_aggregates
from referentials.models import PrsElement


def progress_by_contract(contracts, today=None) -> dict:
    """{contract pk: Stats} of the contracts' fiches (abandoned fiches do not count in the progress)."""
    rows = (
        FicheAction.objects.filter(contract__in=contracts)
        .order_by()
        .values("contract_id")
        .annotate(**stats_aggregates(today))
    )
    return {row["contract_id"]: Stats.from_row(row) for row in rows}


@dataclass
class ObjectiveUse:
    element: PrsElement
    fiche_count: int
    contract_count: int


def fiches_by_prs_objective(contracts) -> list[ObjectiveUse]:
    """Every objective of the PRS a fiche may cite, with how many fiches and contracts of `contracts` cite it (0:
    no CLS of the scope serves it)."""
    links = FicheAction.prs_elements.through.objects.filter(ficheaction__contract__in=contracts)
    counts = {
        row["prselement_id"]: row
        for row in links.order_by()
        .values("prselement_id")
        .annotate(
            fiches=Count("ficheaction_id", distinct=True), contracts=Count("ficheaction__contract_id", distinct=True)
        )
    }
    elements = PrsElement.objects.objectives().select_related("prs").order_by("prs_id", "position")
    return [
        ObjectiveUse(e, counts.get(e.pk, {}).get("fiches", 0), counts.get(e.pk, {}).get("contracts", 0))
        for e in elements
    ]


def budget_by_funder_and_year(contracts) -> list[dict]:
    """[{"year", "funder", "planned", "actual"}] over the fiches of `contracts`, by year then funder."""
    return list(
        BudgetLine.objects.filter(fiche__contract__in=contracts)
        .order_by()
        .values("year", "funder")
        .annotate(planned=Sum("planned_amount"), actual=Sum("actual_amount"))
        .order_by("year", "funder")
    )
