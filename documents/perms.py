"""Who may do what with the documents of a contract, asked by views and templates alike.

- Those who steer the contract (the ARS animator of its département) and its coordinators ask for renderings, try
  a failed one again and bring back the signed scan; the scan being the proof of the signature, they may record
  it through the contract's lifecycle from there (`contracts.lifecycle.sign`).
- Everyone who sees the contract (its readers too) sees the list of versions and downloads those that are ready.
- Others do not see that the contract exists (404, through `contracts.perms.visible_contracts`).
"""

import rules

from contracts import lifecycle as contract_lifecycle
from contracts.enums import ContractStatus, Role
from contracts.perms import can_steer_contract, can_view_contract, contract_ids_with_role
from documents import lifecycle
from documents.enums import CONTRACT_KINDS, SIGNABLE_KINDS


@rules.predicate
def can_request_rendering(user, contract):
    if not user.is_authenticated:
        return False
    return can_steer_contract(user, contract) or contract.pk in contract_ids_with_role(user, Role.COORDINATOR)


@rules.predicate
def can_view_renderings(user, contract):
    return can_view_contract(user, contract)


def can_download(user, rendering):
    return rendering.is_done and can_view_contract(user, rendering.contract)


def can_retry(user, rendering):
    return can_request_rendering(user, rendering.contract) and lifecycle.can_retry(rendering)


def can_upload_signed_scan(user, rendering):
    """A ready version of a document for signature that has no scan yet."""
    return (
        rendering.kind in SIGNABLE_KINDS
        and rendering.is_done
        and not hasattr(rendering, "signed_scan")
        and can_request_rendering(user, rendering.contract)
    )


def can_record_signature(user, rendering):
    """Move the contract to « signé » from the signed scan of one of its contract versions (not of an avenant)."""
    contract = rendering.contract
    return (
        rendering.kind in CONTRACT_KINDS
        and hasattr(rendering, "signed_scan")
        and ContractStatus.SIGNED in contract_lifecycle.allowed_targets(contract)
        and can_request_rendering(user, contract)
    )


rules.add_perm("documents.request_rendering", can_request_rendering)
rules.add_perm("documents.view_renderings", can_view_renderings)
