"""Who may do what with the documents of a contract and with the article templates, asked by views and templates.

- Those who prepare the contract (the ARS animators of its département and its coordinators) preview its document,
  ask for renderings, try a failed one again and bring back the signed scan; the scan being the proof of the
  signature, they may record it through the contract's lifecycle from there (`contracts.lifecycle.sign`).
- Everyone who sees the contract (its readers too) sees the list of versions and downloads those that are ready;
  readers and partners receive the PDF, they do not preview drafts.
- Others do not see that the contract exists (404, through `contracts.perms.visible_contracts`).
- An ARS animator writes the article templates of their départements, and those of the régions of these
  départements (the ARS is regional: its délégations share the région's texts); superusers write every one.
"""

import rules

from contracts import lifecycle as contract_lifecycle
from contracts.enums import ContractStatus, Role
from contracts.perms import (
    animator_departement_ids,
    can_steer_contract,
    can_view_contract,
    contract_ids_with_role,
)
from documents import lifecycle
from documents.enums import CONTRACT_KINDS, SIGNABLE_KINDS
from documents.models import ArticleTemplate
from referentials.models import Departement, Region


@rules.predicate
def can_request_rendering(user, contract):
    """Preview the contract's document, ask for a rendering, retry one, bring the signed scan back."""
    if not user.is_authenticated:
        return False
    return can_steer_contract(user, contract) or contract.pk in contract_ids_with_role(user, Role.COORDINATOR)


# Previewing the document is for the same people as rendering it.
can_preview_contract_document = can_request_rendering


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


def editable_departements(user):
    if not user.is_authenticated:
        return Departement.objects.none()
    if user.is_superuser:
        return Departement.objects.select_related("region")
    return Departement.objects.filter(pk__in=animator_departement_ids(user)).select_related("region")


def editable_regions(user):
    if not user.is_authenticated:
        return Region.objects.none()
    if user.is_superuser:
        return Region.objects.all()
    return Region.objects.filter(departements__in=animator_departement_ids(user)).distinct()


def can_edit_templates_of(user, scope):
    """`scope` is a Departement or a Region."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    ids = animator_departement_ids(user)
    if isinstance(scope, Departement):
        return scope.pk in ids
    return Departement.objects.filter(region=scope, pk__in=ids).exists()


def editable_templates(user):
    """The article templates the user may change: a foreign one answers 404."""
    if not user.is_authenticated:
        return ArticleTemplate.objects.none()
    if user.is_superuser:
        return ArticleTemplate.objects.all()
    return ArticleTemplate.objects.filter(
        departement__in=editable_departements(user)
    ) | ArticleTemplate.objects.filter(region__in=editable_regions(user))


rules.add_perm("documents.request_rendering", can_request_rendering)
rules.add_perm("documents.view_renderings", can_view_renderings)
