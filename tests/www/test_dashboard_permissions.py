"""Who sees the dashboard of a contract and the pages of its communes: whoever may see the contract
(`contracts.perms.visible_contracts`, checked on the server by object); 404 for the others, login for anonymous."""

import pytest
from django.urls import reverse

from contracts.enums import Role
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import CommuneFactory, DepartementFactory, MembershipFactory, UserFactory

OK, NOT_FOUND = 200, 404

EXPECTED = {
    "superuser": OK,
    "ars_animator": OK,  # of the contract's département
    "other_animator": NOT_FOUND,  # of another département
    "coordinator": OK,
    "outsider": NOT_FOUND,  # coordinator of another contract
    "reader": OK,  # elected official, partner
    "pilote": NOT_FOUND,  # pilote of a fiche, no member of the contract: that fiche only
}
PAGES = ["dashboard", "commune_dashboard"]
CASES = [(page, persona, status) for page in PAGES for persona, status in EXPECTED.items()]


@pytest.fixture
def everyone(personas, contract):
    sarthe = DepartementFactory(code="72", name="Sarthe")
    other_animator = UserFactory(email="animateur@ars72.exemple.fr")
    MembershipFactory(user=other_animator, role=Role.ARS_ANIMATOR, contract=None, departement=sarthe)
    pilote = UserFactory(email="pilote@cpie.exemple.fr")
    FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1", pilote=pilote)
    return {**personas, "other_animator": other_animator, "pilote": pilote}


def _url(page, contract):
    if page == "dashboard":
        return reverse("contracts:dashboard", args=[contract.slug])
    commune = CommuneFactory(code="49023", name="Beaupréau-en-Mauges", departement=contract.departement)
    contract.communes.add(commune)
    return reverse("contracts:commune_dashboard", args=[contract.slug, commune.code])


@pytest.mark.parametrize(("page", "persona", "status"), CASES, ids=[f"{p}-{u}" for p, u, _ in CASES])
def test_permission_matrix(client, everyone, contract, page, persona, status):
    url = _url(page, contract)
    client.force_login(everyone[persona])
    assert client.get(url).status_code == status


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_is_sent_to_login(client, contract, page):
    response = client.get(_url(page, contract))
    assert response.status_code == 302 and "/compte/connexion/" in response["Location"]


def test_a_foreign_contract_answers_404_even_with_a_commune_of_its_perimeter(client, reader, other_contract):
    commune = CommuneFactory(code="72181", name="Le Mans", departement=other_contract.departement)
    other_contract.communes.add(commune)
    client.force_login(reader)
    assert client.get(reverse("contracts:dashboard", args=[other_contract.slug])).status_code == NOT_FOUND
    url = reverse("contracts:commune_dashboard", args=[other_contract.slug, commune.code])
    assert client.get(url).status_code == NOT_FOUND
