"""What each contract page shows."""

import datetime

import pytest
from django.urls import reverse

from contracts import lifecycle
from contracts.avenants import add_avenant
from contracts.enums import ContractStatus, PartyRole, Role
from tests.contracts.factories import AxeFactory, PartyFactory
from tests.factories import CommuneFactory, ContractFactory, EpciFactory, MembershipFactory, UserFactory


@pytest.fixture
def mauges(contract, departement, ars_animator):
    epci = EpciFactory(siren="200060010", name="CA Mauges Communauté")
    CommuneFactory(code="49023", name="Beaupréau-en-Mauges", epci=epci, departement=departement, population=23000)
    CommuneFactory(code="49069", name="Chemillé-en-Anjou", epci=epci, departement=departement, population=21000)
    lone = CommuneFactory(code="49007", name="Angers", departement=departement, population=155000)
    contract.epcis.add(epci)
    contract.communes.add(lone)
    return contract


def test_detail_shows_perimeter_population_and_links(client, ars_animator, mauges):
    client.force_login(ars_animator)
    response = client.get(reverse("contracts:detail", args=[mauges.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "199 000 habitants" in html.replace("\u202f", " ").replace("\xa0", " ")
    assert "3 communes" in html
    assert "population municipale 2023 (INSEE)" in html
    assert reverse("referentials:epci", args=["200060010"]) in html
    assert reverse("referentials:commune", args=["49007"]) in html


def test_detail_shows_team_parties_avenants_and_timeline(client, ars_animator, coordinator, reader, contract):
    contract.status = ContractStatus.SIGNED
    contract.signature_date = datetime.date(2016, 11, 4)
    contract.save()
    avenant = add_avenant(contract, signed_on=datetime.date(2020, 2, 14), object="Ajout de l'axe 5", by=ars_animator)
    AxeFactory(contract=contract, number="5", title="Prévention et prise en charge en santé mentale", avenant=avenant)
    PartyFactory(
        contract=contract,
        role=PartyRole.PRINCIPAL,
        representative_name="Didier Huchon",
        representative_title="Président",
        deliberation_date=datetime.date(2016, 10, 6),
    )
    lifecycle.start_evaluation(contract, by=ars_animator, on=datetime.date(2021, 6, 1), comment="COPIL du 1er juin")
    client.force_login(reader)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert "Claude Coordinateur" in html and "Anne Animatrice" in html and "Élise Élue" in html
    assert "Didier Huchon" in html and "06/10/2016" in html
    assert "Avenant n° 1 du 14/02/2020" in html and "Axe 5 — Prévention et prise en charge en santé mentale" in html
    assert "Signé (en vigueur) → En évaluation" in html and "COPIL du 1er juin" in html
    assert "Anne Animatrice" in html.split("cycle-de-vie")[-1]


def test_detail_links_generations(client, ars_animator, contract):
    contract.status = ContractStatus.EVALUATION
    contract.save()
    successor = lifecycle.renew(contract, by=ars_animator, on=datetime.date(2022, 3, 16))
    client.force_login(ars_animator)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert f"Génération suivante : {successor.name}" in html
    html = client.get(reverse("contracts:detail", args=[successor.slug])).content.decode()
    assert f"Génération précédente : {contract.name}" in html


def test_generations_are_named_only_to_those_who_may_open_them(client, ars_animator, reader, contract):
    """A reader of the first generation who is not a member of the next one is not told its name."""
    contract.status = ContractStatus.EVALUATION
    contract.save()
    successor = lifecycle.renew(contract, by=ars_animator, on=datetime.date(2022, 3, 16), name="CLS 2 confidentiel")
    successor.memberships.filter(user=reader).delete()
    client.force_login(reader)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert "Génération suivante :" not in html
    assert "CLS 2 confidentiel" not in html
    assert reverse("contracts:detail", args=[successor.slug]) not in html


def test_action_buttons_follow_permissions(client, ars_animator, coordinator, reader, contract):
    url = reverse("contracts:detail", args=[contract.slug])
    client.force_login(ars_animator)
    html = client.get(url).content.decode()
    assert "Enregistrer la signature" in html and "Abandonner le projet" in html
    assert "Modifier l'identité et le périmètre" in html and "Habilitations et invitations" in html
    client.force_login(coordinator)
    html = client.get(url).content.decode()
    assert "Modifier l'identité et le périmètre" in html and "Habilitations et invitations" in html
    assert "Enregistrer la signature" not in html
    client.force_login(reader)
    html = client.get(url).content.decode()
    assert "Modifier l'identité" not in html and "Enregistrer la signature" not in html


def test_list_shows_the_columns(client, ars_animator, mauges):
    mauges.start_date, mauges.end_date = datetime.date(2017, 1, 1), datetime.date(2021, 12, 31)
    mauges.save()
    client.force_login(ars_animator)
    html = client.get(reverse("contracts:list")).content.decode()
    for text in ("CLS de Mauges Communauté", "Maine-et-Loire (49)", "CLS 1", "En élaboration", "2017-2021"):
        assert text in html
    assert "199" in html


def test_animators_are_listed_by_departement_membership(client, superuser, contract, departement):
    other = UserFactory(first_name="Paul", last_name="Autredépartement")
    MembershipFactory(
        user=other,
        role=Role.ARS_ANIMATOR,
        contract=None,
        departement=ContractFactory(departement__code="72", departement__name="Sarthe").departement,
    )
    client.force_login(superuser)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert "Autredépartement" not in html


@pytest.mark.parametrize(
    ("params", "count_line"),
    [({"q": "aucun-contrat-ainsi"}, "0 contrat."), ({"q": "Mauges"}, "1 contrat."), ({"q": "CLS"}, "2 contrats.")],
)
def test_list_counts_in_french(client, ars_animator, contract, departement, params, count_line):
    ContractFactory(departement=departement, name="CLS des Coëvrons")
    client.force_login(ars_animator)
    html = client.get(reverse("contracts:list"), params).content.decode()
    assert f'<p class="fr-text--sm">{count_line} Population' in html


@pytest.mark.parametrize(
    ("roles", "phrase"),
    [
        (
            [Role.ARS_ANIMATOR],
            "Vous utilisez le portail en tant qu'animateur territorial ou animatrice territoriale ARS.",
        ),
        ([Role.COORDINATOR], "Vous utilisez le portail en tant que coordinateur ou coordinatrice CLS."),
        (
            [Role.ARS_ANIMATOR, Role.COORDINATOR, Role.READER],
            "Vous utilisez le portail en tant qu'animateur territorial ou animatrice territoriale ARS, coordinateur "
            "ou coordinatrice CLS et lecteur ou lectrice (élu, élue ou partenaire).",
        ),
    ],
)
def test_home_says_the_roles_in_french(client, contract, departement, roles, phrase):
    user = UserFactory()
    for role in roles:
        if role == Role.ARS_ANIMATOR:
            MembershipFactory(user=user, role=role, contract=None, departement=departement)
        else:
            MembershipFactory(user=user, role=role, contract=contract)
    client.force_login(user)
    html = client.get(reverse("home")).content.decode().replace("&#x27;", "'")
    assert phrase in html


def test_home_says_administrators_in_french(client, superuser):
    client.force_login(superuser)
    html = client.get(reverse("home")).content.decode()
    assert "Vous utilisez le portail en tant qu&#x27;administrateur ou administratrice." in html
