"""Who may see and change a contract, asked by views, templates and exports alike.

Roles are scoped by memberships (`contracts.Membership`):
- an ARS animator sees and steers every contract of their départements;
- a coordinator edits the contracts they are a member of, and their plan;
- a reader (elected official, partner) reads the contracts they are a member of;
- superusers may do everything.
Querysets scoped here (`visible_contracts`) are how views fetch objects, so that a foreign id answers 404.
"""

import rules
from django.db.models import Q

from contracts.enums import Role
from contracts.models import Contract
from referentials.models import Departement


def _memberships(user):
    """Memberships of the user, read once per request."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_membership_cache", None)
    if cached is None:
        cached = list(user.memberships.all())
        user._membership_cache = cached
    return cached


def animator_departement_ids(user):
    return {m.departement_id for m in _memberships(user) if m.role == Role.ARS_ANIMATOR}


def contract_ids_with_role(user, *roles):
    return {m.contract_id for m in _memberships(user) if m.role in roles}


def is_ars_animator(user):
    return bool(animator_departement_ids(user))


def is_ars_staff(user):
    """ARS animators and superusers: the ARS overview and the administration section are theirs."""
    return user.is_authenticated and (user.is_superuser or is_ars_animator(user))


def role_labels(user):
    """What the header and "Mon compte" say the user is."""
    labels = []
    if user.is_superuser:
        labels.append("Administrateur ou administratrice")
    for role in Role:
        if any(m.role == role for m in _memberships(user)):
            labels.append(role.label)
    return labels


# Contracts -----------------------------------------------------------------------------------------------------------


def visible_contracts(user):
    if not user.is_authenticated:
        return Contract.objects.none()
    if user.is_superuser:
        return Contract.objects.all()
    return Contract.objects.filter(
        Q(departement_id__in=animator_departement_ids(user))
        | Q(pk__in=contract_ids_with_role(user, Role.COORDINATOR, Role.READER))
    )


@rules.predicate
def can_view_contract(user, contract):
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or contract.departement_id in animator_departement_ids(user)
        or contract.pk in contract_ids_with_role(user, Role.COORDINATOR, Role.READER)
    )


@rules.predicate
def can_steer_contract(user, contract):
    """Lifecycle moves and memberships: the ARS animator of the département. Parties and avenants also depend on the
    contract's status (`can_manage_parties`, `can_add_avenant`)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or contract.departement_id in animator_departement_ids(user)


def closed_refusal(contract):
    """Why nobody changes a closed contract (échu, renouvelé, abandonné): its page is the record of what was done."""
    status = contract.get_status_display().lower()
    return f"Le contrat « {contract.name} » est {status} : son plan d'action ne peut plus être modifié."


@rules.predicate
def can_edit_contract(user, contract):
    """Identity, perimeter and the plan d'action: the animator or a coordinator of the contract."""
    if not user.is_authenticated or contract.is_closed:
        return False
    return can_steer_contract(user, contract) or contract.pk in contract_ids_with_role(user, Role.COORDINATOR)


@rules.predicate
def can_manage_parties(user, contract):
    """Add, edit or remove signatories and partners: those who steer the contract, until it is closed (échu,
    renouvelé, abandonné), when its parties become the record of what was signed."""
    return not contract.is_closed and can_steer_contract(user, contract)


@rules.predicate
def can_add_avenant(user, contract):
    """Record an avenant: those who steer the contract, while it is in force (signé or en évaluation)."""
    return contract.is_in_force and can_steer_contract(user, contract)


def invitable_roles(user, contract) -> list:
    """The roles `user` may give on `contract`, by invitation or to an existing account: coordinators and readers for
    those who steer it, readers (elected officials, partners, pilotes) for its coordinators. A closed contract still
    takes people: read access to an archive (docs/contracts.md)."""
    if not user.is_authenticated:
        return []
    if can_steer_contract(user, contract):
        return [Role.COORDINATOR, Role.READER]
    if contract.pk in contract_ids_with_role(user, Role.COORDINATOR):
        return [Role.READER]
    return []


@rules.predicate
def can_see_people(user, contract):
    """The habilitations page (who has access, pending invitations): those who steer the contract, its coordinators."""
    return can_steer_contract(user, contract) or contract.pk in contract_ids_with_role(user, Role.COORDINATOR)


def can_create_contract(user, departement=None):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if departement is None:
        return is_ars_animator(user)
    return departement.pk in animator_departement_ids(user)


def creatable_departements(user):
    if user.is_superuser:
        return Departement.objects.all()
    return Departement.objects.filter(pk__in=animator_departement_ids(user))


rules.add_perm("contracts.view_contract", can_view_contract)
rules.add_perm("contracts.steer_contract", can_steer_contract)
rules.add_perm("contracts.edit_contract", can_edit_contract)
rules.add_perm("contracts.manage_parties", can_manage_parties)
rules.add_perm("contracts.add_avenant", can_add_avenant)
