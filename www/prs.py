"""The page of one PRS objective: the fiches-action that cite it, across the contracts the user may see (and the
fiches they pilot), by contract. Linked from the ARS overview's PRS table and from the PRS browser. Three queries,
whatever the number of fiches."""

from django.db.models import Count
from django.shortcuts import get_object_or_404

from actions.access import visible_fiches
from actions.enums import EXCLUDED_FROM_PROGRESS, FicheStatus
from actions.progress import Stats
from referentials.models import PrsElement

FICHE_RELATED = ["contract", "contract__departement", "axe", "pilote"]


def objective_fiches(user, code, element_code) -> dict:
    element = get_object_or_404(
        PrsElement.objects.objectives().select_related("prs", "parent"), prs__code=code, code=element_code
    )
    fiches = list(
        visible_fiches(user)
        .filter(prs_elements=element)
        .select_related(*FICHE_RELATED)
        .order_by("contract__departement_id", "contract__name", "contract_id", "number")
    )
    fiches.sort(key=lambda f: (f.contract.departement_id, f.contract.name, f.contract_id, f.number_key))
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
    counted = [f for f in fiches if f.status not in EXCLUDED_FROM_PROGRESS]
    stats = Stats(
        fiche_count=len(fiches),
        counted=len(counted),
        progress_sum=sum(f.progress for f in counted),
        late_count=sum(1 for f in fiches if f.is_late),
        done_count=sum(1 for f in fiches if f.status == FicheStatus.DONE),
    )
    return {
        "element": element,
        "prs": element.prs,
        "by_contract": by_contract,
        "stats": stats,
        "through_children": through_children,
    }
