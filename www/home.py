"""What the home page shows each user: the fiches they pilot, and the contracts they follow, by status, each card
with its plan's progress and late fiches first (with their dashboard for the contracts they read); ARS animators
also get the figures of their départements and the way to the overview."""

from django.db.models import Count

from actions.models import FicheAction
from actions.portfolio import progress_by_contract
from actions.progress import Stats
from contracts import perms
from contracts.enums import CLOSED_STATUSES, ContractStatus, Role

PILOTED_SHOWN = 50
CONTRACTS_SHOWN = 50


def home_overview(user):
    contracts = perms.visible_contracts(user).select_related("departement").order_by("departement", "name")
    counts = dict(contracts.order_by().values_list("status").annotate(n=Count("pk")))
    by_status = [
        {"status": status, "label": status.label, "count": counts.get(status, 0)}
        for status in ContractStatus
        if counts.get(status)
    ]
    shown = list(contracts[:CONTRACTS_SHOWN])
    stats = progress_by_contract(contracts)  # every contract the user follows, for the total of late fiches
    for contract in shown:
        contract.stats = stats.get(contract.pk, Stats())
    return {
        "contracts": shown,
        "contract_count": sum(counts.values()),
        "is_ars_staff": perms.is_ars_staff(user),
        "late_total": sum(s.late_count for s in stats.values()),
        "by_status": by_status,
        "piloted_fiches": piloted_fiches(user),
        # Their cards lead to the contract's dashboard too: a page to print or show a council.
        "read_contract_ids": perms.contract_ids_with_role(user, Role.READER),
    }


def piloted_fiches(user):
    """Fiches whose follow-up the user keeps, in contracts still running: a pilote may belong to no contract."""
    fiches = (
        FicheAction.objects.filter(pilote=user)
        .exclude(contract__status__in=CLOSED_STATUSES)
        .select_related("contract")
        .order_by("contract__name")[:PILOTED_SHOWN]
    )
    return sorted(fiches, key=lambda fiche: (fiche.contract.name, fiche.number_key))
