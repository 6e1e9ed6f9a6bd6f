"""The governance of a contract in a few lines, for the contract page
(`templates/governance/_contract_section.html`)."""

from django.db.models import Count, Q
from django.utils import timezone

from governance import perms
from governance.models import Instance


def _active_members(today):
    return Count(
        "members",
        filter=(Q(members__start_date__isnull=True) | Q(members__start_date__lte=today))
        & (Q(members__end_date__isnull=True) | Q(members__end_date__gte=today)),
        distinct=True,
    )


def contract_governance(contract, user, today=None) -> dict:
    """Instances of the contract with their member counts, and what the user may do from the contract page."""
    today = today or timezone.localdate()
    instances = (
        Instance.objects.filter(contract=contract).select_related("axe").annotate(member_count=_active_members(today))
    )
    return {
        "instances": list(instances.order_by("name")),
        "can_create_instance": perms.can_create_instance(user, contract),
        "can_see_contacts": perms.can_see_contacts(user, contract),
    }
