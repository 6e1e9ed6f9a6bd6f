"""List and detail pages run a bounded number of queries whatever the size of the data."""

import pytest
from django.urls import reverse

from contracts.enums import PartyRole, Role
from tests.contracts.factories import AvenantFactory, AxeFactory, FicheFactory, PartyFactory
from tests.factories import CommuneFactory, ContractFactory, EpciFactory, MembershipFactory


def _populate(contract, fiche_count):
    epci = EpciFactory()
    for _ in range(5):
        CommuneFactory(epci=epci, departement=contract.departement)
    contract.epcis.add(epci)
    contract.communes.add(CommuneFactory(departement=contract.departement))
    avenants = [AvenantFactory(contract=contract, number=n) for n in (1, 2)]
    axes = [AxeFactory(contract=contract, number=str(n), avenant=avenants[0] if n == 5 else None) for n in range(1, 6)]
    for n in range(fiche_count):
        axe = axes[n % 5]
        FicheFactory(axe=axe, number=f"{axe.number}.{n + 1}", avenant=axe.avenant)
    for n in range(4):
        PartyFactory(
            contract=contract,
            role=PartyRole.PRINCIPAL if n < 2 else PartyRole.PARTNER,
            avenant=avenants[1] if n == 3 else None,
        )
        MembershipFactory(contract=contract, role=Role.READER)


@pytest.mark.parametrize("fiche_count", [5, 80])
def test_detail_queries_are_bounded(client, ars_animator, departement, fiche_count, django_assert_max_num_queries):
    contract = ContractFactory(departement=departement, signed=True)
    _populate(contract, fiche_count)
    client.force_login(ars_animator)
    # 20 for the contract and its plan, 2 for its governance (instances, decisions), 1 for its documents, plus 2.
    with django_assert_max_num_queries(25):
        response = client.get(reverse("contracts:detail", args=[contract.slug]))
    assert response.status_code == 200
    assert f"{fiche_count} fiche" in response.content.decode()


@pytest.mark.parametrize("contract_count", [5, 80])
def test_list_queries_are_bounded(client, superuser, departement, contract_count, django_assert_max_num_queries):
    for n in range(contract_count):
        contract = ContractFactory(departement=departement, signed=n % 2 == 0)
        contract.communes.add(CommuneFactory(departement=departement))
    client.force_login(superuser)
    with django_assert_max_num_queries(7):
        response = client.get(reverse("contracts:list"))
    assert response.status_code == 200
    with django_assert_max_num_queries(7):
        client.get(reverse("contracts:list"), {"q": "territoire", "year": "2024", "epci": "CC", "status": "signed"})
