"""The two départements of the administration tests: the Maine-et-Loire animator of the shared personas
(tests/conftest.py), a Sarthe animator, and what belongs to each or to both."""

import pytest

from contracts.enums import OrganisationKind, PartyRole, Role
from tests.actions.factories import FicheFactory
from tests.contracts.factories import PartyFactory
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


@pytest.fixture
def sarthe_animator(other_contract):
    user = UserFactory(email="animateur@ars72.exemple.fr", first_name="Sacha", last_name="Sarthois")
    MembershipFactory(user=user, role=Role.ARS_ANIMATOR, contract=None, departement=other_contract.departement)
    return user


@pytest.fixture
def maine_organisation(contract):
    """Used only in Maine-et-Loire: the porteur of the Mauges contract."""
    organisation = OrganisationFactory(name="Mauges Communauté", kind=OrganisationKind.EPCI)
    contract.porteur = organisation
    contract.save()
    return organisation


@pytest.fixture
def sarthe_organisation(other_contract):
    """Used only in the Sarthe: a party of the Val de Sarthe contract."""
    organisation = OrganisationFactory(name="CC du Val de Sarthe", kind=OrganisationKind.EPCI)
    PartyFactory(contract=other_contract, organisation=organisation, role=PartyRole.PRINCIPAL)
    return organisation


@pytest.fixture
def shared_organisation(contract, other_contract):
    """Used in both: partner of a Mauges fiche, party of the Val de Sarthe contract."""
    organisation = OrganisationFactory(name="Agence régionale de santé Pays de la Loire", kind=OrganisationKind.ARS)
    fiche = FicheFactory(axe__contract=contract)
    fiche.partners.add(organisation)
    PartyFactory(contract=other_contract, organisation=organisation)
    return organisation


@pytest.fixture
def sarthe_person(other_contract):
    """A reader of the Val de Sarthe contract only."""
    user = UserFactory(email="lecteur@valdesarthe.exemple.fr", first_name="Sébastien", last_name="Sarthe")
    MembershipFactory(user=user, role=Role.READER, contract=other_contract)
    return user
