"""Who may see and change a contract's diagnostic, and who may import indicator values for which territories.

Built on contracts.perms: those who see a contract see its diagnostics and comparison; those who edit it (its
coordinators and the ARS animators of its département, until it is closed) edit its diagnostics, until one is
validated. Indicator values are shared by every contract: an administrator imports them anywhere, an ARS animator for
their départements, a coordinator for the perimeters of their contracts; both also for the départements and régions
of those and for France.
"""

import rules

from contracts.enums import CLOSED_STATUSES, Role
from contracts.models import Contract
from contracts.perms import animator_departement_ids, can_edit_contract, can_view_contract, contract_ids_with_role
from diagnostics.enums import DiagnosticStatus
from diagnostics.importing.checks import Scope
from diagnostics.lifecycle import ALLOWED_TRANSITIONS
from referentials.models import Commune, Departement


@rules.predicate
def can_view_diagnostics(user, contract):
    return can_view_contract(user, contract)


@rules.predicate
def can_create_diagnostic(user, contract):
    return can_edit_contract(user, contract)


@rules.predicate
def can_edit_diagnostic(user, diagnostic):
    """Its content (indicators, qualitative work, priorities): editors of the contract, while it is not validated."""
    return diagnostic.is_editable and can_edit_contract(user, diagnostic.contract)


def can_move_diagnostic(user, diagnostic, to):
    return to in ALLOWED_TRANSITIONS[DiagnosticStatus(diagnostic.status)] and can_edit_contract(
        user, diagnostic.contract
    )


def coordinated_contracts(user):
    if not user.is_authenticated:
        return Contract.objects.none()
    return Contract.objects.filter(pk__in=contract_ids_with_role(user, Role.COORDINATOR)).exclude(
        status__in=CLOSED_STATUSES
    )


@rules.predicate
def can_import_indicators(user):
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(animator_departement_ids(user)) or coordinated_contracts(user).exists()


def import_scope(user) -> Scope | None:
    """The territories `user` may import values for (a Scope), or None if none at all. A few queries."""
    if not can_import_indicators(user):
        return None
    if user.is_superuser:
        return Scope()
    departements = set(animator_departement_ids(user))
    communes = set(Commune.objects.filter(departement_id__in=departements).values_list("pk", flat=True))
    epcis = set(
        Commune.objects.filter(departement_id__in=departements, epci__isnull=False).values_list("epci_id", flat=True)
    )
    for contract in coordinated_contracts(user).prefetch_related("epcis"):
        communes |= set(contract.perimeter_communes().values_list("pk", flat=True))
        # The EPCI level only for whole EPCIs of the perimeter: three communes of a métropole are not the métropole.
        epcis |= {epci.pk for epci in contract.epcis.all()}
        departements.add(contract.departement_id)
    regions = set(Departement.objects.filter(pk__in=departements).values_list("region_id", flat=True))
    return Scope(communes=communes, epcis=epcis, departements=departements, regions=regions, france=True)


def can_view_import(user, record):
    """An import's report: who made it, administrators, and ARS animators (they answer for the reference data)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or record.uploaded_by_id == user.pk or bool(animator_departement_ids(user))


rules.add_perm("diagnostics.view_diagnostics", can_view_diagnostics)
rules.add_perm("diagnostics.create_diagnostic", can_create_diagnostic)
rules.add_perm("diagnostics.edit_diagnostic", can_edit_diagnostic)
rules.add_perm("diagnostics.import_indicators", can_import_indicators)
