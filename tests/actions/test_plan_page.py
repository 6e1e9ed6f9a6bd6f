import datetime

import pytest
from django.urls import reverse

from actions.enums import FicheStatus, Funder
from tests.actions.factories import AxeFactory, BudgetLineFactory, FicheFactory
from tests.factories import OrganisationFactory


@pytest.fixture
def plan(axe1, axe2):
    cpie = OrganisationFactory(name="CPIE Loire Anjou", kind="association")
    radon = FicheFactory(
        axe=axe1,
        number="1.1",
        title="Sensibiliser au radon",
        progress=100,
        status=FicheStatus.DONE,
        porteur=cpie,
        context="Constat du diagnostic",
    )
    late = FicheFactory(axe=axe1, number="1.2", title="Ateliers nutrition", late=True, progress=20)
    FicheFactory(axe=axe1, number="1.3", title="Action abandonnée", status=FicheStatus.ABANDONED, progress=0)
    msp = FicheFactory(axe=axe2, number="2.1", title="Soutenir les MSP", progress=40)
    BudgetLineFactory(fiche=radon, year=2024, funder=Funder.ARS_FIR, planned_amount=12000)
    BudgetLineFactory(fiche=radon, year=2025, funder=Funder.COLLECTIVITY, planned_amount=3500)
    BudgetLineFactory(fiche=msp, year=2024, funder=Funder.CPAM, planned_amount=1000)
    radon.partners.add(cpie)
    return {"radon": radon, "late": late, "msp": msp, "cpie": cpie}


def get_plan(client, user, contract, **params):
    client.force_login(user)
    return client.get(reverse("actions:plan", args=[contract.slug]), params)


def test_plan_lists_axes_and_fiches_with_status_progress_and_budget(client, coordinator, contract, plan):
    page = get_plan(client, coordinator, contract).content.decode()
    assert "Axe 1 — Prévention, promotion de la santé et environnement" in page
    assert "Axe 2 — Accès aux soins" in page
    assert page.index("Sensibiliser au radon") < page.index("Ateliers nutrition") < page.index("Soutenir les MSP")
    assert "Réalisée" in page and "En retard" in page
    assert "15\xa0500\xa0€" in page  # the radon fiche's planned total


def test_axe_progress_excludes_abandoned_fiches(client, coordinator, contract, plan):
    response = get_plan(client, coordinator, contract)
    sections = {s["axe"].number: s["stats"] for s in response.context["sections"]}
    assert sections["1"].progress == 60  # (100 + 20) / 2, the abandoned fiche left out
    assert sections["2"].progress == 40
    assert response.context["plan_stats"].progress == 53  # (100 + 20 + 40) / 3
    assert sections["1"].late_count == 1


def test_filter_by_status_and_lateness(client, coordinator, contract, plan):
    page = get_plan(client, coordinator, contract, late="yes").content.decode()
    assert "Ateliers nutrition" in page and "Sensibiliser au radon" not in page
    assert "1 fiche</strong> correspond aux filtres, sur 4" in page
    page = get_plan(client, coordinator, contract, status=FicheStatus.DONE).content.decode()
    assert "Sensibiliser au radon" in page and "Soutenir les MSP" not in page


def test_filter_by_partner_and_funder(client, coordinator, contract, plan):
    page = get_plan(client, coordinator, contract, partner=plan["cpie"].pk).content.decode()
    assert "Sensibiliser au radon" in page and "Ateliers nutrition" not in page
    page = get_plan(client, coordinator, contract, funder=Funder.CPAM).content.decode()
    assert "Soutenir les MSP" in page and "Sensibiliser au radon" not in page


def test_completeness_names_fields_under_80_percent(client, coordinator, contract, plan):
    response = get_plan(client, coordinator, contract)
    missing = {item.label: item.percent for item in response.context["missing_fields"]}
    assert missing["contexte (constat issu du diagnostic)"] == 25
    assert missing["budget"] == 50
    assert "début" not in missing  # every fiche has its dates
    assert "Contexte (constat issu du diagnostic) : 25 %" in response.content.decode()


def test_readers_see_no_edit_buttons(client, reader, coordinator, contract, plan):
    page = get_plan(client, reader, contract).content.decode()
    assert "Créer une fiche" not in page and 'name="fiches"' not in page
    assert "Complétude des fiches" not in page  # the editors' to-do list
    page = get_plan(client, coordinator, contract).content.decode()
    assert "Créer une fiche" in page and 'name="fiches"' in page


def test_sub_axes_roll_up_into_their_parent(client, coordinator, contract, axe1):
    sub = AxeFactory(contract=contract, number="1.2", title="Sous-axe santé environnement", parent=axe1, position=1)
    FicheFactory(axe=axe1, number="1.1", progress=100)
    FicheFactory(axe=sub, number="1.2.1", progress=0)
    response = get_plan(client, coordinator, contract)
    sections = {s["axe"].number: s["stats"] for s in response.context["sections"]}
    assert sections["1"].progress == 50 and sections["1"].fiche_count == 2
    assert sections["1.2"].progress == 0


def test_empty_plan_invites_editors_to_create_axes(client, coordinator, contract):
    page = get_plan(client, coordinator, contract).content.decode()
    assert "Le plan d'action n'a pas encore d'axe." in page and "Créer un axe" in page


def test_overview_for_the_contract_page(contract, plan, django_assert_max_num_queries):
    from actions.overview import plan_overview

    with django_assert_max_num_queries(3):
        overview = plan_overview(contract, today=datetime.date(2026, 1, 1))
    assert [(a["number"], a["fiche_count"], a["progress"], a["late_count"]) for a in overview["axes"]] == [
        ("1", 3, 60, 1),
        ("2", 1, 40, 0),
    ]
    assert overview["budget"]["planned"] == 16500
    assert overview["progress"] == 53


def test_overview_template_links_to_the_plan(contract, plan):
    from django.template.loader import render_to_string

    from actions.overview import plan_overview

    html = render_to_string("actions/_plan_overview.html", {"plan": plan_overview(contract)})
    assert reverse("actions:plan", args=[contract.slug]) in html
    assert "4 fiches-action" in html and "1 en retard" in html


def test_axe_creation(client, coordinator, contract):
    client.force_login(coordinator)
    url = reverse("actions:axe_create", args=[contract.slug])
    response = client.post(url, {"number": "1", "title": "Prévention", "position": 1})
    assert response.status_code == 302
    response = client.post(url, {"number": "1", "title": "Doublon", "position": 2})
    assert response.status_code == 400
    assert "Un axe porte déjà ce numéro dans ce contrat." in response.content.decode()


def test_plan_reads_as_amended_or_as_signed(client, ars_animator, contract, plan):
    import datetime

    from tests.contracts.factories import AvenantFactory

    contract.signature_date = datetime.date(2016, 11, 4)
    contract.save()
    avenant = AvenantFactory(contract=contract, number=1, signed_on=datetime.date(2020, 2, 10))
    axe5 = AxeFactory(contract=contract, number="5", title="Santé mentale", avenant=avenant)
    FicheFactory(axe=axe5, number="5.1", title="Former aux premiers secours en santé mentale", avenant=avenant)
    FicheFactory(axe=axe5, number="5.2", title="Réunir le conseil local de santé mentale")  # came with its axe
    FicheFactory(axe=plan["msp"].axe, number="2.2", title="Téléconsultation", avenant=avenant)

    amended = get_plan(client, ars_animator, contract).content.decode()
    assert "Axe 5 — Santé mentale" in amended and "Téléconsultation" in amended
    assert "Plan en vigueur, avec 1 avenant" in amended and "Plan tel que signé le 4 novembre 2016" in amended

    signed = get_plan(client, ars_animator, contract, version="signe").content.decode()
    assert "Axe 5 — Santé mentale" not in signed and "Téléconsultation" not in signed
    assert "Réunir le conseil local" not in signed
    assert "Soutenir les MSP" in signed
    assert "ajoutés par l'avenant n° 1 du 10 février 2020 n'y figurent pas" in signed
    assert "4 fiches, 1 réalisée" in signed  # the stats count the signed plan only


def test_plan_without_avenant_has_no_version_switch(client, coordinator, contract, plan):
    html = get_plan(client, coordinator, contract, version="signe").content.decode()
    assert "Plan tel que signé" not in html


def test_plan_page_ids_are_unique(client, coordinator, contract, plan):
    import re

    html = get_plan(client, coordinator, contract).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_a_fiche_past_the_thousandth_is_ticked_by_its_plain_identifier(client, coordinator, contract, axe1):
    fiche = FicheFactory(axe=axe1, number="1.1", pk=12345)
    client.force_login(coordinator)
    html = client.get(reverse("actions:plan", args=[contract.slug])).content.decode()
    assert f'name="fiches" value="{fiche.pk}" id="select-{fiche.pk}"' in html
