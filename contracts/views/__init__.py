"""Contract pages: browse (list, detail), edit (create, identity, lifecycle), people (parties, avenants, members)."""

from contracts.views.browse import contract_detail, contract_list
from contracts.views.edit import contract_create, contract_edit, contract_renew, contract_transition
from contracts.views.people import (
    avenant_create,
    membership_delete,
    memberships,
    party_create,
    party_delete,
    party_edit,
)

__all__ = [
    "avenant_create",
    "contract_create",
    "contract_detail",
    "contract_edit",
    "contract_list",
    "contract_renew",
    "contract_transition",
    "membership_delete",
    "memberships",
    "party_create",
    "party_delete",
    "party_edit",
]
