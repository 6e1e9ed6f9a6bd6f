"""Fixtures of the plan d'action tests: a plan of two axes on the `contract` persona fixture, and a pilote."""

import pytest

from contracts.enums import ContractStatus
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import ContractFactory, UserFactory


@pytest.fixture
def axe1(contract):
    return AxeFactory(contract=contract, number="1", title="Prévention, promotion de la santé et environnement")


@pytest.fixture
def axe2(contract):
    return AxeFactory(contract=contract, number="2", title="Accès aux soins")


@pytest.fixture
def fiche(axe1):
    return FicheFactory(axe=axe1, number="1.1", title="Sensibiliser au radon")


@pytest.fixture
def pilote(fiche):
    """A partner's employee without any membership, pilote of `fiche`."""
    user = UserFactory(email="pilote@cpie.exemple.fr", first_name="Paul", last_name="Pilote")
    fiche.pilote = user
    fiche.save()
    return user


@pytest.fixture
def closed_contract(departement):
    return ContractFactory(departement=departement, slug="ancien-cls", status=ContractStatus.EXPIRED)
