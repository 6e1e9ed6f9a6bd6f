"""A roadmap of a territorial instance reuses the plan: défis are axes, actions are fiches of its container."""

import datetime

import pytest
from django.urls import reverse

from actions.models import Axe, FicheAction
from contracts import perms as contract_perms
from governance import convocation, roadmaps
from governance.errors import GovernanceError
from governance.models import MeetingSnapshot
from tests.governance.factories import AgendaItemFactory, MeetingFactory


@pytest.fixture
def roadmap(cts, ars_animator):
    item = roadmaps.create_roadmap(cts, by=ars_animator, title="Feuille de route « innovons en santé »")
    defi = Axe.objects.create(contract=item.contract, number="1", title="Donner à tous un accès à un médecin traitant")
    FicheAction.objects.create(
        contract=item.contract,
        axe=defi,
        number="1.1",
        title="Observer la démographie médicale",
        description="- Anticiper les départs en retraite",
    )
    return item


def test_a_roadmap_is_a_plan_of_the_instance_s_departement(roadmap, cts, ars_animator, coordinator):
    contract = roadmap.contract
    assert contract.departement_id == cts.departement_id and contract.slug.startswith("feuille-de-route-")
    assert contract.transitions.get().comment == f"Feuille de route de « {cts} »."
    assert contract_perms.can_edit_contract(ars_animator, contract)
    assert not contract_perms.can_view_contract(coordinator, contract)
    assert roadmaps.container_of(contract) == roadmap


def test_only_a_territorial_instance_of_a_departement_has_one(copil, cts, ars_animator, roadmap):
    with pytest.raises(GovernanceError, match="Une feuille de route se rattache à une instance territoriale"):
        roadmaps.create_roadmap(copil, by=ars_animator, title="Feuille de route")
    with pytest.raises(GovernanceError, match="a déjà une feuille de route"):
        roadmaps.create_roadmap(cts, by=ars_animator, title="Une autre")


def test_the_roadmap_page(client, ars_animator, roadmap, cts):
    client.force_login(ars_animator)
    html = client.get(reverse("governance:roadmap", args=[cts.pk])).content.decode()
    assert "Défi 1 — Donner à tous un accès à un médecin traitant" in html
    assert "Observer la démographie médicale" in html and "<li>Anticiper les départs en retraite</li>" in html
    assert reverse("actions:plan", args=[roadmap.contract.slug]) in html
    contract_page = client.get(reverse("contracts:detail", args=[roadmap.contract.slug])).content.decode()
    assert "ce n'est pas un contrat local de santé" in contract_page


def test_creating_a_roadmap_from_the_instance_page(client, ars_animator, cts):
    client.force_login(ars_animator)
    assert "Créer la feuille de route" in client.get(cts.get_absolute_url()).content.decode()
    response = client.post(reverse("governance:roadmap", args=[cts.pk]), {"title": ""})
    assert (
        response.status_code == 400 and "Indiquez l&#x27;intitulé de la feuille de route." in response.content.decode()
    )
    response = client.post(reverse("governance:roadmap", args=[cts.pk]), {"title": "Feuille de route 2024"})
    assert response.status_code == 302 and cts.roadmap.title == "Feuille de route 2024"


def test_a_convened_cts_freezes_its_roadmap(ars_animator, roadmap, cts):
    meeting = MeetingFactory(instance=cts, date=datetime.date(2099, 7, 6), place="Lille")
    AgendaItemFactory(meeting=meeting, title="Proposition de feuille de route")
    convocation.send_convocation(meeting, by=ars_animator)
    data = MeetingSnapshot.objects.get(meeting=meeting).data
    assert data["contract"] == roadmap.contract.pk and data["totals"]["fiche_count"] == 1


def test_an_instance_with_a_roadmap_keeps_its_departement(client, ars_animator, roadmap, cts):
    from tests.factories import DepartementFactory, MembershipFactory

    other = DepartementFactory(code="85", name="Vendée")
    MembershipFactory(user=ars_animator, role="ars_animator", contract=None, departement=other)
    client.force_login(ars_animator)
    response = client.post(
        reverse("governance:instance_edit", args=[cts.pk]), {"kind": "cts", "name": cts.name, "departement": "85"}
    )
    assert response.status_code == 400
    assert "son territoire ne change plus" in response.content.decode()
