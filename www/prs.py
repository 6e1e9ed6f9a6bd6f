"""The page of one PRS objective: the fiches-action that cite it, across the contracts the user may see (and the
fiches they pilot), by contract, a page of them at a time. Linked from the ARS overview's PRS table and from the PRS
browser. A fixed number of queries and the figures aggregated in the database, whatever the number of fiches."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.urls import reverse

from actions.access import visible_fiches
from actions.progress import Stats, stats_aggregates
from referentials.models import PrsElement

FICHE_RELATED = ["contract", "contract__departement", "axe", "pilote"]
PAGE_SIZE = 100


def objective_fiches(user, code, element_code, page_number=None) -> dict:
    element = get_object_or_404(
        PrsElement.objects.objectives().select_related("prs", "parent"), prs__code=code, code=element_code
    )
    citing = visible_fiches(user).filter(prs_elements=element)
    page = Paginator(
        citing.select_related(*FICHE_RELATED).order_by(
            "contract__departement_id", "contract__name", "contract_id", "number"
        ),  # fmt: skip
        PAGE_SIZE,
    ).get_page(page_number)
    fiches = sorted(
        page.object_list, key=lambda f: (f.contract.departement_id, f.contract.name, f.contract_id, f.number_key)
    )
    by_contract = []
    for fiche in fiches:
        if not by_contract or by_contract[-1]["contract"].pk != fiche.contract_id:
            by_contract.append({"contract": fiche.contract, "fiches": []})
        by_contract[-1]["fiches"].append(fiche)
    # Fiches citing one of its sous-objectifs only: counted, for the objective's whole reach.
    through_children = (
        visible_fiches(user)
        .filter(prs_elements__parent=element)
        .exclude(prs_elements=element)
        .aggregate(n=Count("pk", distinct=True))["n"]
    )
    prs = element.prs
    totals = citing.order_by().aggregate(**stats_aggregates(), contract_count=Count("contract", distinct=True))
    return {
        "element": element,
        "prs": prs,
        "crumbs": [
            {"url": reverse("referentials:prs_tree", args=[prs.code]), "title": f"PRS {prs.period}"},
            {"url": reverse("referentials:prs_element", args=[prs.code, element.code]), "title": element.short_label},
        ],
        "by_contract": by_contract,
        "page": page,
        "stats": Stats.from_row(totals),
        "contract_count": totals["contract_count"],
        "through_children": through_children,
    }
