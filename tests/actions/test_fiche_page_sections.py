"""What the apps above actions add to the fiche page (`actions.fiche_sections`): the decisions of the instances about
the fiche, and the priorities of the diagnostic it answers."""

import datetime

import pytest
from django.urls import reverse

from actions.models import Axe, FicheAction
from diagnostics import lifecycle
from diagnostics.models import Diagnostic, Priority
from governance.enums import MeetingStatus
from governance.models import Decision
from tests.governance.factories import InstanceFactory, MeetingFactory


def fiche_page(client, user, fiche):
    client.force_login(user)
    response = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def decided(contract, fiche):
    copil = InstanceFactory(contract=contract, name="Comité de pilotage du CLS")
    meeting = MeetingFactory(instance=copil, date=datetime.date(2024, 6, 20), status=MeetingStatus.HELD)
    Decision.objects.create(meeting=meeting, contract=contract, fiche=fiche, text="Étendre la campagne <b>radon</b>.")
    Decision.objects.create(meeting=meeting, contract=contract, text="Décision sur le contrat seul.")
    return meeting


def test_the_decisions_about_the_fiche_are_on_its_page(client, coordinator, fiche, decided):
    html = fiche_page(client, coordinator, fiche)
    assert "Décisions des instances" in html
    assert "Étendre la campagne &lt;b&gt;radon&lt;/b&gt;." in html
    assert "Décision sur le contrat seul." not in html
    assert f'href="{decided.get_absolute_url()}">Voir la réunion</a>' in html


def test_a_pilote_outside_the_contract_reads_the_decision_without_the_link_to_the_meeting(
    client, pilote, fiche, decided
):
    fiche.pilote = pilote
    fiche.save()
    html = fiche_page(client, pilote, fiche)
    assert "Étendre la campagne" in html
    assert decided.get_absolute_url() not in html


def test_a_fiche_without_decision_nor_diagnostic_has_neither_section(client, coordinator, fiche):
    html = fiche_page(client, coordinator, fiche)
    assert "Décisions des instances" not in html and "Enjeux du diagnostic" not in html


@pytest.fixture
def diagnostic(contract, coordinator, fiche):
    found = lifecycle.start_diagnostic(
        Diagnostic(
            contract=contract, title="Diagnostic partagé", made_on=datetime.date(2022, 6, 16), author=coordinator
        ),
        by=coordinator,
    )
    named = Priority.objects.create(diagnostic=found, number=1, title="Exposition au radon", justification="Zone 3.")
    named.fiches.set([fiche])
    by_axe = Priority.objects.create(diagnostic=found, number=2, title="Habitat indigne", justification="Logements.")
    by_axe.axes.set([fiche.axe])
    Priority.objects.create(diagnostic=found, number=3, title="Accès aux soins", justification="Déserts médicaux.")
    return found


def test_the_priorities_the_fiche_answers_by_itself_or_by_its_axe(client, coordinator, fiche, diagnostic):
    html = fiche_page(client, coordinator, fiche)
    assert "Enjeux du diagnostic auxquels la fiche répond" in html
    assert "Enjeu 1 — Exposition au radon" in html and "Enjeu 2 — Habitat indigne" in html
    assert "Accès aux soins" not in html
    assert reverse("diagnostics:diagnostic", args=[fiche.contract.slug, diagnostic.pk]) in html


def test_a_fiche_answering_no_priority_says_so(client, coordinator, contract, fiche, diagnostic):
    other_axe = Axe.objects.create(contract=contract, number="9", title="Autre axe", position=9)
    orphan = FicheAction.objects.create(contract=contract, axe=other_axe, number="9.1", title="Fiche orpheline")
    html = fiche_page(client, coordinator, orphan)
    assert "La fiche ne répond encore à aucun enjeu du diagnostic « Diagnostic partagé »." in html


def test_the_sections_keep_the_fiche_page_bounded(
    client, coordinator, fiche, decided, diagnostic, django_assert_max_num_queries
):
    client.force_login(coordinator)
    url = reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])
    client.get(url)
    for n in range(10):
        Decision.objects.create(meeting=decided, contract=fiche.contract, fiche=fiche, text=f"Décision {n}")
    with django_assert_max_num_queries(31):
        client.get(url)
