"""The annual report of a contract for its COPIL: the year's notes, indicator values, budget, meetings and decisions,
the plan's progress by axe; generated as a version from the contract page like every document."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.enums import Funder
from actions.models import FollowUpNote
from documents import annual_report, lifecycle, tasks
from documents.enums import RenderingKind, RenderingStatus
from documents.models import Rendering
from governance.enums import MeetingStatus
from governance.models import Decision
from tests.actions.factories import BudgetLineFactory, FicheFactory, FicheIndicatorValueFactory
from tests.documents.conftest import pdf_text
from tests.governance.factories import InstanceFactory, MeetingFactory

TODAY = datetime.date(2025, 3, 1)


@pytest.fixture
def year_of_work(contract, plan):
    """The plan of conftest in a contract running 2023-2027, with notes, values, budget and decisions of 2024 and of
    other years, which the report of 2024 must leave out."""
    contract.start_date, contract.end_date = datetime.date(2023, 6, 1), datetime.date(2027, 5, 31)
    contract.save()
    radon = plan["radon"]
    radon.status, radon.progress = "in_progress", 40
    radon.end_date = datetime.date(2024, 12, 31)  # passed on TODAY: late
    radon.save()
    FollowUpNote.objects.create(fiche=radon, date=datetime.date(2024, 3, 2), done="Ancienne note de mars.")
    FollowUpNote.objects.create(
        fiche=radon, date=datetime.date(2024, 11, 5), done="120 dosimètres posés.", difficulties="Retards de la poste."
    )
    FollowUpNote.objects.create(fiche=radon, date=datetime.date(2025, 1, 10), done="Note de l'année suivante.")
    indicator = radon.indicators.get()
    FicheIndicatorValueFactory(indicator=indicator, year=2023, value=40)
    FicheIndicatorValueFactory(indicator=indicator, year=2024, value="12.5")
    BudgetLineFactory(fiche=plan["nutrition"], year=2024, funder=Funder.CAF, planned_amount=1000, actual_amount=None)
    BudgetLineFactory(fiche=plan["nutrition"], year=2023, funder=Funder.CAF, planned_amount=9999, actual_amount=9999)
    copil = InstanceFactory(contract=contract, name="Comité de pilotage du CLS")
    held = MeetingFactory(instance=copil, date=datetime.date(2024, 6, 20), status=MeetingStatus.HELD)
    MeetingFactory(instance=copil, date=datetime.date(2024, 12, 1), status=MeetingStatus.CANCELLED)
    earlier = MeetingFactory(instance=copil, date=datetime.date(2023, 10, 2), status=MeetingStatus.HELD)
    Decision.objects.create(meeting=held, contract=contract, fiche=radon, text="Prolonger la campagne radon.")
    Decision.objects.create(meeting=earlier, contract=contract, text="Décision de 2023.")
    return plan


def report_data(contract, year=2024):
    return annual_report.build_annual_report(contract, year, today=TODAY).data()


def test_the_years_offered_run_from_the_start_of_the_contract_to_this_year(contract):
    contract.start_date, contract.end_date = datetime.date(2023, 6, 1), datetime.date(2027, 5, 31)
    assert annual_report.report_years(contract, today=TODAY) == [2025, 2024, 2023]
    with pytest.raises(ValueError):
        annual_report.build_annual_report(contract, 2026, today=TODAY)


def test_the_report_keeps_what_belongs_to_its_year(contract, year_of_work):
    data = report_data(contract)
    radon = data["plan"]["axes"][0]["fiches"][0]
    assert radon["number"] == "1.1" and radon["late"] and radon["progress"] == 40
    assert radon["note"]["done"] == "120 dosimètres posés." and radon["note"]["difficulties"] == "Retards de la poste."
    assert data["indicators"][0]["value"] == "12,5" and data["indicators"][0]["reached"] == 6
    assert data["budget"]["lines"] == [
        {"funder": "ARS (FIR)", "planned": "4000.00", "actual": "3800.00", "share": 95},
        {"funder": "CAF", "planned": "1000.00", "actual": "0.00", "share": 0},
    ]
    assert [m["date"] for m in data["governance"]["meetings"]] == ["20 juin 2024"]
    assert [(d["text"], d["about"]) for d in data["governance"]["decisions"]] == [
        ("Prolonger la campagne radon.", "Fiche-action 1.1")
    ]


def test_the_summary_says_the_year_in_plain_french(contract, year_of_work):
    assert report_data(contract)["summary"] == [
        "Aucune des 3 actions n'est encore réalisée ; l'avancement moyen du plan est de 47 %.",
        "1 fiche-action est en retard : sa date de fin est passée sans qu'elle soit réalisée ni abandonnée.",
        "1 fiche-action sur 3 a une note de suivi datée de 2024.",
        "Budget 2024 : 5\xa0000\xa0€ prévus, 3\xa0800\xa0€ réalisés (76 %).",
        "1 réunion tenue et 1 décision enregistrée en 2024.",
    ]


def test_a_year_without_anything_says_so(contract, plan):
    contract.start_date = datetime.date(2020, 1, 1)
    assert report_data(contract, 2021)["summary"][-2:] == [
        "Aucune fiche-action n'a de note de suivi datée de 2021.",
        "Aucune réunion tenue ni décision enregistrée en 2021.",
    ]


def test_the_data_take_the_same_queries_for_3_and_30_fiches(contract, year_of_work):
    with CaptureQueriesContext(connection) as small:
        report_data(contract)
    axe = year_of_work["radon"].axe
    for n in range(27):
        fiche = FicheFactory(axe=axe, number=f"1.{n + 10}")
        FollowUpNote.objects.create(fiche=fiche, date=datetime.date(2024, 5, 1), done="Fait.")
        BudgetLineFactory(fiche=fiche, year=2024)
    with CaptureQueriesContext(connection) as large:
        report_data(contract)
    assert len(large) == len(small) <= 15


def test_the_pdf_has_the_summary_the_axes_and_every_fiche(contract, year_of_work, tmp_path):
    document = annual_report.build_annual_report(contract, 2024, today=TODAY)
    assert document.title == "Rapport annuel 2024 — CLS de Mauges Communauté"
    text = pdf_text(document.render_pdf(footer="Version 1 du 1er mars 2025"), tmp_path)
    text = text.replace("\u202f", " ").replace("\xa0", " ")
    for expected in (
        "Rapport annuel 2024",
        "En bref",
        "Avancement par axe",
        "Budget 2024 par financeur",
        "Prolonger la campagne radon.",
        "1.1 — Mesurer le radon dans les logements",
        "2.1 — Soutenir la MSP du Val-de-Moine",
        "Retards de la poste.",
        "Version 1 du 1er mars 2025",
    ):
        assert expected in text, expected
    assert "Ancienne note de mars." not in text and "Décision de 2023." not in text


def test_the_coordinator_generates_the_report_of_a_year_from_the_contract_page(client, coordinator, contract, plan):
    contract.start_date = datetime.date(2023, 6, 1)
    contract.save()
    client.force_login(coordinator)
    page = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert "Générer le rapport annuel (PDF)" in page
    offered = re.findall(r'<option value="([^"]*)">', page.split('name="year"')[1].split("</select>")[0])
    assert "2024" in offered  # the value posted is the year as digits, not « 2 024 » as French numbers print
    url = reverse("documents:request", args=[contract.slug])
    response = client.post(url, {"kind": RenderingKind.ANNUAL_REPORT, "year": "2024"})
    assert response.status_code == 302
    version = Rendering.objects.get(contract=contract, kind=RenderingKind.ANNUAL_REPORT)
    assert (version.year, version.series, version.number, version.status) == (
        2024,
        "annee-2024",
        1,
        RenderingStatus.DONE,
    )
    assert version.label == "Rapport annuel 2024 — CLS de Mauges Communauté"
    second = lifecycle.request(contract, RenderingKind.ANNUAL_REPORT, by=coordinator, year=2025, enqueue=tasks.enqueue)
    assert second.number == 1  # each year's report has its own versions


@pytest.mark.parametrize("year", ["", "1990", "2099", "deux-mille"])
def test_a_year_outside_the_contract_is_refused_in_french(client, coordinator, contract, plan, year):
    contract.start_date = datetime.date(2023, 6, 1)
    contract.save()
    client.force_login(coordinator)
    response = client.post(
        reverse("documents:request", args=[contract.slug]),
        {"kind": RenderingKind.ANNUAL_REPORT, "year": year},
        follow=True,
    )
    assert "Choisissez une année du contrat, jusqu&#x27;à l&#x27;année en cours, pour le rapport annuel." in (
        response.content.decode()
    )
    assert not Rendering.objects.exists()


def test_a_reader_cannot_ask_for_a_report(client, reader, contract, plan):
    client.force_login(reader)
    response = client.post(
        reverse("documents:request", args=[contract.slug]), {"kind": RenderingKind.ANNUAL_REPORT, "year": "2024"}
    )
    assert response.status_code in (403, 404)
    assert not Rendering.objects.exists()
