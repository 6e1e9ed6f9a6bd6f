"""What each avenant of a contract brought: parties, and the axes and fiches of the plan d'action."""

from actions.models import Axe, FicheAction


def avenant_additions(contract, avenants):
    """{avenant pk: {"parties": [...], "axes": [...], "fiches": [...]}}: what each avenant brought, in 3 queries."""
    additions = {a.pk: {"parties": [], "axes": [], "fiches": []} for a in avenants}
    if not additions:
        return additions
    for party in contract.parties.filter(avenant__in=additions).select_related("organisation"):
        additions[party.avenant_id]["parties"].append(party)
    for key, model in (("axes", Axe), ("fiches", FicheAction)):
        for item in model.objects.filter(contract=contract, avenant__in=additions).order_by("pk"):
            additions[item.avenant_id][key].append(item)
    return additions
