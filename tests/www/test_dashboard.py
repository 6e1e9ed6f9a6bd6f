"""The contract's dashboard says in plain French how the plan goes: progress by axe, fiches by status, what is late
and why, indicators against their targets, budget by funder and year, governance, and the perimeter's communes;
every chart has its table and a sentence."""

import re
from html import unescape

import pytest
from django.urls import reverse

from actions.progress import Stats
from actions.reporting import progress_sentence
from tests.www.dashboard_plan import dashboard_plan


@pytest.fixture
def plan(db, contract):
    return dashboard_plan(contract)


@pytest.fixture
def dashboard(client, reader, contract, plan):
    client.force_login(reader)
    response = client.get(reverse("contracts:dashboard", args=[contract.slug]))
    assert response.status_code == 200
    return response


def test_progress_in_plain_french_without_abandoned_fiches(dashboard):
    html = unescape(dashboard.content.decode())
    # 7 fiches, 3 done; the abandoned one is left out of the mean: (100 * 3 + 40 + 60 + 20) / 6 = 70.
    assert "3 actions sur 7 sont réalisées ; l'avancement moyen du plan est de 70 %" in html
    assert "(1 fiche abandonnée n'y compte pas)" in html
    axes = {row["axe"].number: row["stats"] for row in dashboard.context["axes"]}
    assert axes["1"].progress == 85  # (100 * 3 + 40) / 4
    assert axes["2"].progress == 40  # (60 + 20) / 2: the abandoned fiche does not count
    assert "L'axe le plus avancé est l'axe 1 (85 %), le moins avancé l'axe 2 (40 %)." in html


def test_fiches_by_status(dashboard):
    statuses = {s["label"]: s["count"] for s in dashboard.context["statuses"]}
    assert statuses == {"En cours": 3, "Réalisée": 3, "Abandonnée": 1}
    assert "le statut le plus fréquent est « En cours » : 3 fiches." in dashboard.content.decode()


def test_late_fiches_with_the_latest_difficulty(dashboard, plan):
    late = dashboard.context["late"]
    assert [fiche.number for fiche in late] == ["1.4"]
    html = unescape(dashboard.content.decode())
    assert "1 fiche-action est en retard" in html
    assert "Partenaires mobilisés par la crise sanitaire." in html  # the latest note naming a difficulty
    assert "Ancienne difficulté déjà levée." not in html
    assert "30 novembre 2021" in html


def test_indicators_against_their_targets(dashboard):
    rows = {row.indicator.name: row for row in dashboard.context["indicators"]}
    radon = rows["Kits de mesure du radon distribués"]
    assert (radon.latest_value, radon.latest_year, radon.reached) == (1200, 2022, 100)
    visits = rows["Visites à domicile"]
    assert visits.latest_value is None and visits.reached is None  # « 1 par an » is no number
    html = unescape(dashboard.content.decode())
    assert "2 indicateurs de suivi, dont 1 avec une cible chiffrée et une valeur : 1 a atteint sa cible." in html


def test_budget_by_funder_and_by_year(dashboard):
    budget = dashboard.context["budget"]
    assert [(r["label"], r["planned"], r["actual"]) for r in budget["funders"]] == [
        ("ARS (FIR)", 10000, 9400),
        ("Collectivité", 3000, 0),
    ]
    assert [(r["year"], r["planned"], r["actual"]) for r in budget["years"]] == [
        (2021, 6000, 5400),
        (2022, 7000, 4000),
    ]
    html = unescape(dashboard.content.decode())
    assert "ARS (FIR) est le premier financeur prévu" in html
    assert "soit 72 % du prévu." in html  # 9 400 of 13 000


def test_next_meetings_and_last_decisions(dashboard):
    html = unescape(dashboard.content.decode())
    assert "Prochaine réunion : Comité de pilotage du CLS du 4 juin 2099" in html
    assert "Le comité valide le bilan de l'année." in html


def test_the_perimeter_communes_link_to_their_page(dashboard, contract, plan):
    counts = {line["commune"].name: line["fiche_count"] for line in dashboard.context["communes"]}
    # 5 fiches cover the whole perimeter; 2.2 names Beaupréau, 2.3 Chemillé.
    assert counts == {"Beaupréau-en-Mauges": 6, "Chemillé-en-Anjou": 6, "Sèvremoine": 5}
    html = unescape(dashboard.content.decode())
    assert reverse("contracts:commune_dashboard", args=[contract.slug, "49023"]) in html
    assert "Angers" not in html


def test_every_chart_has_its_table_and_sentence(dashboard):
    html = unescape(dashboard.content.decode())
    charts = re.findall(r'<section class="fr-mb-6w dashboard-chart" aria-labelledby="graphique-([a-z-]+)"', html)
    assert charts == ["avancement-axes", "statuts", "budget-financeurs", "budget-annees"]
    assert html.count("<bar-chart ") == len(charts)
    for chart in charts:
        assert f'<table data-chart-table="{chart}">' in html
    assert html.count('class="chart-summary"') == len(charts)
    # The full DSFR table markup, so that tables scroll inside their box on phones.
    assert html.count('<div class="fr-table__content">') == html.count("<table")


def test_printable_without_inline_script(dashboard):
    html = unescape(dashboard.content.decode())
    assert "css/dashboard.css" in html and "js/print_button.js" in html and "data-print" in html
    assert re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html) is None
    assert " onclick=" not in html and " style=" not in html


def test_an_empty_plan_says_so(client, reader, contract):
    client.force_login(reader)
    html = unescape(client.get(reverse("contracts:dashboard", args=[contract.slug])).content.decode())
    assert "Le plan d'action ne compte encore aucune fiche-action." in html
    assert "Aucune ligne de budget n'est encore saisie" in html
    assert "<bar-chart" not in html


def test_the_contract_page_links_to_the_dashboard(client, reader, contract):
    client.force_login(reader)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert reverse("contracts:dashboard", args=[contract.slug]) in html


def test_the_home_card_of_a_reader_links_to_the_dashboard(client, reader, coordinator, contract):
    url = reverse("contracts:dashboard", args=[contract.slug])
    client.force_login(reader)
    assert url in client.get(reverse("home")).content.decode()
    client.force_login(coordinator)  # the contract page is their way in; its button leads to the dashboard
    assert url not in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize(
    ("stats", "sentence"),
    [
        (Stats(), "Le plan d'action ne compte encore aucune fiche-action."),
        (
            Stats(fiche_count=1, counted=1),
            "Aucune action n'est encore réalisée ; l'avancement moyen du plan est de 0 %.",
        ),
        (
            Stats(fiche_count=2, counted=2, progress_sum=100),
            "Aucune des 2 actions n'est encore réalisée ; l'avancement moyen du plan est de 50 %.",
        ),
        (
            Stats(fiche_count=29, counted=27, progress_sum=2600, done_count=25),
            "25 actions sur 29 sont réalisées ; l'avancement moyen du plan est de 96 % "
            "(2 fiches abandonnées n'y comptent pas).",
        ),
        (Stats(fiche_count=1, counted=0), "Aucune action n'est encore réalisée (1 fiche abandonnée n'y compte pas)."),
    ],
)
def test_the_progress_sentence(stats, sentence):
    assert progress_sentence(stats) == sentence
