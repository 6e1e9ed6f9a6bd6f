import datetime
import re

import pytest
from django.urls import reverse

from contracts.enums import ContractStatus
from tests.factories import CommuneFactory, ContractFactory, DepartementFactory, EpciFactory


@pytest.fixture
def contracts(departement):
    sarthe = DepartementFactory(code="72", name="Sarthe")
    mauges_epci = EpciFactory(siren="200060010", name="CA Mauges Communauté")
    le_mans = EpciFactory(siren="247200132", name="CU Le Mans Métropole")
    mauges = ContractFactory(
        departement=departement,
        name="Contrat local de santé de Mauges Communauté 2017-2021",
        slug="mauges-cls-1",
        status=ContractStatus.RENEWED,
        signature_date=datetime.date(2016, 11, 4),
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2021, 12, 31),
    )
    mauges.epcis.add(mauges_epci)
    lmac = ContractFactory(
        departement=sarthe,
        name="Contrat local de santé Le Mans-Allonnes-Coulaines",
        slug="le-mans-allonnes-coulaines",
        status=ContractStatus.EVALUATION,
        start_date=datetime.date(2019, 1, 1),
        end_date=None,
    )
    lmac.communes.add(CommuneFactory(code="72181", name="Le Mans", departement=sarthe, epci=le_mans))
    ContractFactory(
        departement=sarthe, name="CLS de la CC Sud Sarthe", slug="cc-sud-sarthe", status=ContractStatus.REFLECTION
    )
    return mauges, lmac


def _names(client, **params):
    response = client.get(reverse("contracts:list"), params)
    assert response.status_code == 200
    return sorted(c.slug for c in response.context["contracts"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["cc-sud-sarthe", "le-mans-allonnes-coulaines", "mauges-cls-1"]),
        ({"departement": "72"}, ["cc-sud-sarthe", "le-mans-allonnes-coulaines"]),
        ({"status": "renewed"}, ["mauges-cls-1"]),
        ({"q": "mauges"}, ["mauges-cls-1"]),
        ({"q": "ÉLABORATION"}, []),
        ({"q": "allonnes coulaines"}, ["le-mans-allonnes-coulaines"]),
        ({"q": "Sud-Sarthe"}, ["cc-sud-sarthe"]),
        ({"epci": "200060010"}, ["mauges-cls-1"]),
        ({"epci": "le mans metropole"}, ["le-mans-allonnes-coulaines"]),
        ({"year": "2017"}, ["mauges-cls-1"]),
        ({"year": "2021"}, ["le-mans-allonnes-coulaines", "mauges-cls-1"]),
        ({"year": "2022"}, ["le-mans-allonnes-coulaines"]),
        ({"year": "1800"}, []),
        ({"departement": "72", "status": "evaluation"}, ["le-mans-allonnes-coulaines"]),
    ],
)
def test_list_filters(client, superuser, contracts, params, expected):
    client.force_login(superuser)
    assert _names(client, **params) == expected


def test_departement_choices_are_those_of_visible_contracts(client, ars_animator, contracts):
    client.force_login(ars_animator)
    response = client.get(reverse("contracts:list"))
    choices = [str(d) for d in response.context["filter"].form.fields["departement"].queryset]
    assert choices == ["Maine-et-Loire (49)"]


def test_an_invalid_filter_value_answers_with_a_message(client, superuser, contracts):
    client.force_login(superuser)
    response = client.get(reverse("contracts:list"), {"status": "n-importe-quoi"})
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()


def test_filters_are_dsfr_fields_with_labels(client, superuser, contracts):
    client.force_login(superuser)
    response = client.get(reverse("contracts:list"), {"status": "n-importe-quoi"})
    html = response.content.decode()
    for name, label in [
        ("q", "Rechercher"),
        ("epci", "EPCI du périmètre"),
        ("year", "En vigueur pendant l&#x27;année"),
        ("departement", "Département"),
        ("status", "Statut"),
    ]:
        assert re.search(rf'<label for="id_{name}" class="fr-label">\s*{re.escape(label)}\s*<', html), name
    for tag, name, css in [
        ("input", "q", "fr-input"),
        ("input", "epci", "fr-input"),
        ("input", "year", "fr-input"),
        ("select", "departement", "fr-select"),
        ("select", "status", "fr-select"),
    ]:
        assert re.search(rf'<{tag} [^>]*name="{name}"[^>]* class="{css}"', html), name
    # The invalid choice is flagged on its own field, the DSFR way.
    assert re.search(r'<div class="fr-select-group fr-select-group--error">\s*<label for="id_status"', html)
    # Every filter is optional: no label says so.
    assert "Optionnel" not in html
