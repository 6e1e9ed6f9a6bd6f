"""The page of one commune of the perimeter, for its mayor: the fiches that concern it (covering the whole perimeter,
or naming it), their state, and its indicators beside the perimeter; 404 outside the perimeter."""

from html import unescape

import pytest
from django.urls import reverse

from tests.diagnostics.builders import synthetic_values
from tests.www.dashboard_plan import dashboard_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(contract):
    return dashboard_plan(contract)


def _page(client, contract, code):
    return client.get(reverse("contracts:commune_dashboard", args=[contract.slug, code]))


def test_the_fiches_covering_the_perimeter_or_naming_the_commune(client, reader, contract, plan):
    client.force_login(reader)
    response = _page(client, contract, "49023")
    assert response.status_code == 200
    numbers = [fiche.number for fiche in response.context["fiches"]]
    assert numbers == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2"]  # not 2.3, which names Chemillé only
    html = unescape(response.content.decode())
    assert "6 fiches-action sur 7 concernent Beaupréau-en-Mauges : 5 couvrent tout le périmètre du contrat" in html
    assert "1 nomme la commune." in html
    assert "Maison de santé de Beaupréau" in html and "Centre de santé de Chemillé" not in html
    assert "En retard" in html  # fiche 1.4
    # (3 × 100 + 40 + 60) / 5: the abandoned fiche does not count.
    assert "l'avancement moyen de ces fiches est de 80 %" in html


def test_a_commune_no_fiche_names(client, reader, contract, plan):
    client.force_login(reader)
    response = _page(client, contract, "49301")
    assert [fiche.number for fiche in response.context["fiches"]] == ["1.1", "1.2", "1.3", "1.4", "2.1"]


def test_a_commune_outside_the_perimeter_is_not_found(client, reader, contract, plan):
    client.force_login(reader)
    assert _page(client, contract, "49007").status_code == 404  # Angers: same département, not in the perimeter
    assert _page(client, contract, "99999").status_code == 404


def test_the_commune_beside_the_perimeter(client, reader, contract, plan):
    indicators = synthetic_values(2, [plan["beaupreau"], plan["chemille"], plan["sevremoine"]])
    client.force_login(reader)
    response = _page(client, contract, "49023")
    rows = response.context["indicators"]
    assert [row.indicator for row in rows] == indicators
    for row in rows:
        assert row.year == 2021
        assert row.commune.has_value and row.perimeter.has_value
    count = next(row for row in rows if not row.indicator.is_ratio)
    assert (count.commune.value, count.perimeter.value) == (10, 30)  # a count adds up over the three communes
    html = response.content.decode()
    assert "Indicateur synthétique 0" in html


def test_without_indicator_values_the_page_says_so(client, reader, contract, plan):
    client.force_login(reader)
    html = unescape(_page(client, contract, "49023").content.decode())
    assert "Le diagnostic territorial n'a encore aucune valeur d'indicateur pour cette commune." in html
