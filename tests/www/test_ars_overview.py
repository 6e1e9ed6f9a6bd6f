"""The ARS overview: every CLS of the animator's départements, what the signed ones cover, what is late, exports."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from actions.enums import FicheStatus
from actions.models import FicheAction
from contracts.enums import ContractStatus
from governance.enums import MeetingStatus
from referentials.models import ArsTheme, PrsPriority
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import CommuneFactory, ContractFactory, DepartementFactory, EpciFactory
from tests.governance.factories import InstanceFactory, MeetingFactory
from www.overview import coverage_sentence

URL = reverse("ars_overview")


@pytest.fixture
def signed(contract, departement):
    """The Mauges contract, signed, on an EPCI of two communes plus one of them listed again, with three fiches."""
    contract.status = ContractStatus.SIGNED
    contract.signature_date = contract.start_date = datetime.date(2023, 1, 1)
    contract.end_date = datetime.date(2027, 12, 31)
    contract.save()
    epci = EpciFactory(name="CA Mauges Communauté")
    beaupreau = CommuneFactory(name="Beaupréau-en-Mauges", epci=epci, departement=departement, population=23000)
    CommuneFactory(name="Chemillé-en-Anjou", epci=epci, departement=departement, population=21000)
    CommuneFactory(name="Angers", departement=departement, population=156000)
    contract.epcis.add(epci)
    contract.communes.add(beaupreau)
    axe = AxeFactory(contract=contract, number="1")
    FicheFactory(axe=axe, number="1.1", status=FicheStatus.IN_PROGRESS, progress=50)
    FicheFactory(axe=axe, number="1.2", status=FicheStatus.DONE, progress=100)
    FicheFactory(axe=axe, number="1.3", status=FicheStatus.ABANDONED, progress=0)
    return contract


@pytest.mark.parametrize("persona", ["coordinator", "reader", "outsider"])
def test_only_animators_and_superusers_see_it(client, personas, persona):
    client.force_login(personas[persona])
    assert client.get(URL).status_code == 403


def test_the_animator_sees_the_contracts_of_their_departements_only(client, ars_animator, signed, other_contract):
    client.force_login(ars_animator)
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert signed.name in html
    assert other_contract.name not in html
    assert 'href="/vue-ensemble/"' in html  # in the main navigation


def test_coverage_counts_each_commune_once(client, ars_animator, signed):
    client.force_login(ars_animator)
    context = client.get(URL).context
    assert context["covered_total"] == 44000  # Beaupréau once, though listed alone and through its EPCI
    assert context["population_total"] == 200000
    [line] = context["coverage"]
    assert (line["covered"], line["share"]) == (44000, 22.0)


def test_progress_leaves_abandoned_fiches_out(client, ars_animator, signed):
    client.force_login(ars_animator)
    [row] = client.get(URL).context["contracts"]
    assert (row.stats.fiche_count, row.stats.progress, row.stats.done_count) == (3, 75, 1)


def test_contracts_to_renew_and_drafts_that_stall(client, ars_animator, signed, departement):
    signed.end_date = datetime.date.today() + datetime.timedelta(days=100)
    signed.save()
    stalled = ContractFactory(departement=departement, slug="vieux-projet", status=ContractStatus.ELABORATION,
                              launch_date=datetime.date.today() - datetime.timedelta(days=700))  # fmt: skip
    ContractFactory(departement=departement, slug="projet-recent", status=ContractStatus.ELABORATION,
                    launch_date=datetime.date.today() - datetime.timedelta(days=30))  # fmt: skip
    client.force_login(ars_animator)
    context = client.get(URL).context
    assert list(context["ending_soon"]) == [signed]
    assert list(context["stalled"]) == [stalled]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_contracts_table_downloads(client, ars_animator, signed, fmt):
    client.force_login(ars_animator)
    response = client.get(URL, {"table": "contrats", "format": fmt})
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="vue-ensemble-contrats.{fmt}"'
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    else:
        rows = [
            [("" if c is None else str(c)) for c in r]
            for r in load_workbook(io.BytesIO(response.content)).active.values
        ]
    assert rows[0][:4] == ["Contrat", "Département", "Génération", "Statut"]
    assert rows[1][0] == signed.name
    assert rows[1][7:] == ["3", "75", "0"]


def test_queries_stay_bounded(client, ars_animator, departement, django_assert_max_num_queries):
    sarthe = DepartementFactory(code="72", name="Sarthe")
    for size in (3, 30):
        for _ in range(size - departement.contracts.count()):
            contract = ContractFactory(departement=departement, signed=True)
            contract.epcis.add(EpciFactory())
            FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1")
            # A COPIL held since the fiche's last update: every fiche is listed as not updated since.
            MeetingFactory(instance=InstanceFactory(contract=contract), date=datetime.date.today(),
                           status=MeetingStatus.HELD)  # fmt: skip
            earlier = timezone.now() - datetime.timedelta(days=9)
            FicheAction.objects.filter(contract=contract).update(updated_at=earlier)
        ContractFactory(departement=sarthe)
        client.force_login(ars_animator)
        with django_assert_max_num_queries(26):
            response = client.get(URL)
            assert response.status_code == 200
        assert response.context["stale_total"] == size


def test_the_map_colours_each_departement_by_its_share_covered(client, ars_animator, signed, departement):
    sarthe_commune = CommuneFactory(departement=DepartementFactory(code="72", name="Sarthe"), population=50000)
    client.force_login(ars_animator)
    response = client.get(URL)
    chart = response.context["coverage_map"]
    assert chart["map"] == {"49": 22.0}
    assert chart["frame"] == ["49", "72"]  # every département of the région, the Sarthe outside the scope included
    assert chart["rows"] == [
        ["49 — Maine-et-Loire", "200\u202f000", "44\u202f000", "22,0 %"],
        ["Région Pays de la Loire", "250\u202f000", "44\u202f000", "17,6 %"],
    ]
    assert chart["summary"] == (
        "44\u202f000 habitants sur 200\u202f000 (22,0 %) vivent dans une commune couverte par un contrat signé ou en "
        "évaluation ; soit 17,6 % de la population de la région Pays de la Loire."
    )
    html = response.content.decode()
    assert "<map-chart " in html and 'data-chart-table="couverture"' in html
    assert "js/map_zoom.js" in html
    assert sarthe_commune.name not in html


def test_the_epci_covered_are_listed_per_departement(client, ars_animator, signed, departement):
    partly = EpciFactory(name="CU Le Grand Territoire")
    listed = CommuneFactory(name="Ville-Centre", epci=partly, departement=departement, population=1000)
    CommuneFactory(name="Autre-Commune", epci=partly, departement=departement, population=1000)
    signed.communes.add(listed)
    draft = ContractFactory(departement=departement, status=ContractStatus.ELABORATION)
    draft.epcis.add(EpciFactory(name="CC en projet"))
    client.force_login(ars_animator)
    response = client.get(URL)
    [line] = response.context["coverage"]
    assert [(e["name"], e["whole"]) for e in line["epcis"]] == [
        ("CA Mauges Communauté", True), ("CU Le Grand Territoire", False)
    ]  # fmt: skip
    assert "(en partie : certaines communes)" in response.content.decode()


def test_contracts_by_status_have_their_chart_and_table(client, ars_animator, signed, departement):
    ContractFactory(departement=departement, status=ContractStatus.ELABORATION)
    ContractFactory(departement=departement, status=ContractStatus.ELABORATION)
    client.force_login(ars_animator)
    response = client.get(URL)
    chart = response.context["status_chart"]
    assert chart["rows"] == [["En élaboration", 2], ["Signé (en vigueur)", 1]]
    assert chart["summary"] == "3 contrats ; le statut le plus fréquent est « en élaboration » (2 contrats)."
    assert 'data-chart-table="statuts"' in response.content.decode()


def test_filters_by_the_ars_theme_and_the_prs_priority_of_the_fiches(client, ars_animator, signed, departement):
    theme = ArsTheme.objects.create(code="parcours-test", label="Parcours")
    other_theme = ArsTheme.objects.create(code="acces-test", label="Accès aux soins")
    priority = PrsPriority.objects.create(code="sante-mentale-test", label="Santé mentale")
    fiche = signed.fiches.get(number="1.1")
    fiche.ars_theme = theme
    fiche.save()
    fiche.prs_priorities.add(priority)
    ContractFactory(departement=departement, name="CLS sans fiche")
    client.force_login(ars_animator)
    assert [c.name for c in client.get(URL, {"ars_theme": theme.pk}).context["contracts"]] == [signed.name]
    assert client.get(URL, {"ars_theme": other_theme.pk}).context["contracts"] == []
    assert [c.name for c in client.get(URL, {"prs_priority": priority.pk}).context["contracts"]] == [signed.name]
    assert len(client.get(URL).context["contracts"]) == 2
    html = client.get(URL).content.decode()
    assert 'name="ars_theme"' in html and 'name="prs_priority"' in html and 'name="year"' in html


def test_the_home_cards_show_progress_and_late_fiches_first(client, ars_animator, signed):
    late = signed.fiches.get(number="1.1")
    late.end_date = datetime.date(2024, 1, 1)
    late.save()
    client.force_login(ars_animator)
    response = client.get(reverse("home"))
    [card] = response.context["contracts"]
    assert (card.stats.progress, card.stats.late_count) == (75, 1)
    html = response.content.decode()
    assert "75 % d'avancement" in html and "1 en retard" in html
    assert "1 fiche-action en retard" in html and f'href="{URL}"' in html  # the animator's summary


def test_the_home_page_queries_stay_bounded(client, ars_animator, departement, django_assert_max_num_queries):
    for size in (3, 30):
        for _ in range(size - departement.contracts.count()):
            contract = ContractFactory(departement=departement, signed=True)
            FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1")
        client.force_login(ars_animator)
        with django_assert_max_num_queries(9):
            response = client.get(reverse("home"))
        assert len(response.context["contracts"]) == size


def test_the_map_sentence_names_the_best_and_least_covered_and_each_region():
    coverage = [
        {"departement": "49", "name": "Maine-et-Loire", "population": 800, "covered": 200, "share": 25.0},
        {"departement": "59", "name": "Nord", "population": 2000, "covered": 0, "share": 0.0},
        {"departement": "72", "name": "Sarthe", "population": 500, "covered": 150, "share": 30.0},
    ]
    regions = [
        {"region": "32", "name": "Hauts-de-France", "population": 6000, "covered": 0, "share": 0.0},
        {"region": "52", "name": "Pays de la Loire", "population": 4000, "covered": 350, "share": 8.8},
    ]
    assert coverage_sentence(coverage, regions) == (
        "350 habitants sur 3\u202f300 (10,6 %) vivent dans une commune couverte par un contrat signé ou en "
        "évaluation ; le département le mieux couvert est Sarthe (30,0 %), le moins couvert Nord (0,0 %) ; part de la "
        "population de chaque région : 0,0 % pour Hauts-de-France, 8,8 % pour Pays de la Loire."
    )


def test_anonymous_visitors_log_in_and_the_superuser_sees_every_departement(client, superuser, signed, other_contract):
    response = client.get(URL)
    assert response.status_code == 302 and "/compte/connexion/" in response["Location"]
    client.force_login(superuser)
    response = client.get(URL)
    assert {line["departement"] for line in response.context["coverage"]} == {"49", "72"}
    assert response.context["coverage_map"]["frame"] == ["49", "72"]
