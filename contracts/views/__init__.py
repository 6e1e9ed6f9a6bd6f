"""Contract pages: browse (list), edit (create, identity, lifecycle), people (parties, avenants, members).

The contract page and its renewal combine the contract with its plan d'action: they live in `www`."""

from contracts.views.browse import contract_list
from contracts.views.edit import contract_create, contract_edit, contract_transition
from contracts.views.invitations import invitation, invitation_resend, invitation_revoke
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
    "contract_edit",
    "contract_list",
    "contract_transition",
    "invitation",
    "invitation_resend",
    "invitation_revoke",
    "membership_delete",
    "memberships",
    "party_create",
    "party_delete",
    "party_edit",
]
