"""What the home page shows each user: the contracts they follow, by status."""

from django.db.models import Count

from cls_portal import perms
from contracts.enums import ContractStatus


def home_overview(user):
    contracts = perms.visible_contracts(user).select_related("departement").order_by("departement", "name")
    counts = dict(contracts.order_by().values_list("status").annotate(n=Count("pk")))
    by_status = [
        {"status": status, "label": status.label, "count": counts.get(status, 0)}
        for status in ContractStatus
        if counts.get(status)
    ]
    return {"contracts": contracts[:50], "contract_count": sum(counts.values()), "by_status": by_status}
