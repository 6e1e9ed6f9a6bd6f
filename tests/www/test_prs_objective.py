"""The page of a PRS objective: the fiches citing it in the contracts each user may see, by role."""

import pytest
from django.urls import reverse

from actions.enums import FicheStatus
from contracts.enums import Role
from referentials.models import PrsElement
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import MembershipFactory, UserFactory


@pytest.fixture
def objective(referentials):
    return PrsElement.objects.objectives().select_related("prs").get(prs__code="PDL-2023-2028", code="1.2")


@pytest.fixture
def citing(contract, other_contract, objective):
    """Fiche 1.1 of Mauges (49) and fiche 2.1 of the Val de Sarthe (72) cite objective 1.2; Mauges 1.2 does not."""
    mauges = FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1", title="Santé des jeunes",
                          status=FicheStatus.IN_PROGRESS, progress=40)  # fmt: skip
    mauges.prs_elements.add(objective)
    FicheFactory(axe=mauges.axe, number="1.2", title="Autre action")
    sarthe = FicheFactory(axe=AxeFactory(contract=other_contract, number="2"), number="2.1", title="Jeunes du Val")
    sarthe.prs_elements.add(objective)
    return {"mauges": mauges, "sarthe": sarthe}


def url(objective):
    return reverse("prs_objective", args=[objective.prs.code, objective.code])


@pytest.fixture
def sarthe_animator(other_contract):
    user = UserFactory(email="animateur@ars72.exemple.fr")
    MembershipFactory(user=user, role=Role.ARS_ANIMATOR, contract=None, departement=other_contract.departement)
    return user


@pytest.mark.parametrize(
    "persona, shown",
    [
        ("superuser", {"Santé des jeunes", "Jeunes du Val"}),
        ("ars_animator", {"Santé des jeunes"}),
        ("sarthe_animator", {"Jeunes du Val"}),
        ("coordinator", {"Santé des jeunes"}),
        ("reader", {"Santé des jeunes"}),
        ("outsider", {"Jeunes du Val"}),  # coordinator of the Val de Sarthe
    ],
)
def test_each_role_sees_the_fiches_of_its_contracts(client, request, personas, citing, objective, persona, shown):
    user = request.getfixturevalue("sarthe_animator") if persona == "sarthe_animator" else personas[persona]
    client.force_login(user)
    response = client.get(url(objective))
    assert response.status_code == 200
    titles = {f.title for group in response.context["by_contract"] for f in group["fiches"]}
    assert titles == shown
    html = response.content.decode()
    assert "Autre action" not in html
    for hidden in {"Santé des jeunes", "Jeunes du Val"} - shown:
        assert hidden not in html


def test_the_pilote_of_a_fiche_sees_it_and_nothing_else_of_its_contract(client, citing, objective):
    pilote = UserFactory(email="pilote@partenaire.exemple.fr")
    citing["sarthe"].pilote = pilote
    citing["sarthe"].save()
    client.force_login(pilote)
    titles = {f.title for g in client.get(url(objective)).context["by_contract"] for f in g["fiches"]}
    assert titles == {"Jeunes du Val"}


def test_anonymous_visitors_are_sent_to_log_in(client, citing, objective):
    response = client.get(url(objective))
    assert response.status_code == 302 and "/compte/connexion/" in response["Location"]


def test_an_orientation_or_unknown_code_answers_404(client, superuser, referentials, objective):
    client.force_login(superuser)
    assert client.get(reverse("prs_objective", args=[objective.prs.code, "1"])).status_code == 404
    assert client.get(reverse("prs_objective", args=[objective.prs.code, "9.9.9"])).status_code == 404


def test_linked_from_the_overview_and_the_prs_browser(client, ars_animator, citing, objective):
    client.force_login(ars_animator)
    assert url(objective) in client.get(reverse("ars_overview")).content.decode()
    assert (
        url(objective)
        in client.get(reverse("referentials:prs_element", args=[objective.prs.code, objective.code])).content.decode()
    )
    assert url(objective) in client.get(reverse("referentials:prs_tree", args=[objective.prs.code])).content.decode()


@pytest.mark.parametrize("persona", ["superuser", "ars_animator"])
def test_queries_stay_bounded(client, personas, persona, contract, objective, django_assert_max_num_queries):
    axe = AxeFactory(contract=contract, number="1")
    for size in (3, 30):
        for n in range(axe.fiches.count(), size):
            FicheFactory(axe=axe, number=f"1.{n + 1}", pilote=UserFactory()).prs_elements.add(objective)
        client.force_login(personas[persona])
        with django_assert_max_num_queries(9):
            response = client.get(url(objective))
        assert response.context["stats"].fiche_count == size


def test_a_long_list_comes_a_page_at_a_time_with_the_figures_of_all(client, superuser, citing, objective, monkeypatch):
    axe = citing["mauges"].axe
    for n in range(3):
        FicheFactory(axe=axe, number=f"1.{n + 10}", title=f"Action {n}").prs_elements.add(objective)
    monkeypatch.setattr("www.prs.PAGE_SIZE", 2)
    client.force_login(superuser)
    first = client.get(url(objective)).content.decode()
    last = client.get(url(objective), {"page": 3}).content.decode()
    assert "5 fiches-action de 2 contrats que vous suivez citent cet objectif" in first
    assert first.count('href="/plans/') == 2 and "Page suivante" in first
    assert last.count('href="/plans/') == 1 and "Page précédente" in last
