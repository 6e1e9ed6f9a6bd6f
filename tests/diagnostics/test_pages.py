import datetime
import html
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from actions.models import Axe, FicheAction
from diagnostics import lifecycle
from diagnostics.enums import DiagnosticStatus, WorkKind
from diagnostics.importing.importer import IndicatorImporter
from diagnostics.models import (
    Diagnostic,
    DiagnosticIndicator,
    IndicatorImport,
    IndicatorValue,
    Priority,
    QualitativeWork,
    TerritorialIndicator,
)
from tests.diagnostics.conftest import MAUGES_COMMUNES
from tests.diagnostics.files import csv_bytes, xlsx_bytes
from tests.factories import ContractFactory
from tests.workbooks import zip_bomb

MESSY = [
    ["Code commune", "Libellé", "Année", "taux_pauvrete"],
    ["49023", "Beaupréau-en-Mauges", "2021", "9,8"],
    ["99999", "Inconnue", "2021", "10"],
    ["49092", "Chemillé-en-Anjou", "2021", "abc"],
]


def text_of(response):
    return html.unescape(response.content.decode())


def login(client, user):
    client.force_login(user)


def upload(client, rows, *, source="ors", name="ors.csv"):
    content = csv_bytes(rows, notes_above=["ORS Pays de la Loire, extraction 2022"])
    response = client.post(reverse("diagnostics:import_upload"), {"file": io_file(content, name), "source": source})
    assert response.status_code == 302, text_of(response)[:2000]
    return IndicatorImport.objects.order_by("-pk").first(), response


def io_file(content, name):
    handle = io.BytesIO(content)
    handle.name = name
    return handle


def mapping_post(record):
    """What the mapping form posts when the proposed roles are kept."""
    data = {}
    for index, key in enumerate(record.mapping):
        role, _, rest = key.partition("|")
        indicator, _, year = rest.partition("|")
        data[f"role_{index}"] = f"{role}|{indicator}|" if role in ("value", "numerator", "denominator") else role
        data[f"year_{index}"] = year
    return data


@pytest.mark.usefixtures("mauges_contract")
def test_a_coordinator_imports_a_messy_file_fixes_it_and_confirms(client, coordinator):
    login(client, coordinator)
    record, response = upload(client, MESSY)
    assert response.url == reverse("diagnostics:import_mapping", args=[record.pk])
    page = client.get(response.url)
    assert page.status_code == 200
    assert "Colonne 4 « taux_pauvrete »" in text_of(page)
    preview = client.post(response.url, mapping_post(record))
    assert preview.status_code == 400
    text = text_of(preview)
    assert "2 erreurs : rien n'a été enregistré" in text
    assert "Code « 99999 »" in text and "« abc » n'est pas un nombre" in text
    assert not IndicatorValue.objects.filter(indicator__code="taux_pauvrete").exists()

    fixed = [MESSY[0], MESSY[1], ["49092", "Chemillé-en-Anjou", "2021", "s"]]
    record, response = upload(client, fixed)
    preview = client.post(response.url, mapping_post(record))
    assert preview.status_code == 200 and "2 valeurs créées" in text_of(preview)
    confirmed = client.post(reverse("diagnostics:import_confirm", args=[record.pk]))
    assert confirmed.url == reverse("diagnostics:import_detail", args=[record.pk])
    assert IndicatorValue.objects.get(indicator__code="taux_pauvrete", territory_code="49023").value == 9.8
    assert IndicatorValue.objects.get(territory_code="49092", indicator__code="taux_pauvrete").status == "secret"
    detail = client.get(confirmed.url)
    assert "2 valeurs créées" in text_of(detail)
    # Confirming twice does nothing more.
    assert client.post(reverse("diagnostics:import_confirm", args=[record.pk])).status_code == 404


@pytest.mark.usefixtures("mauges_contract")
def test_a_preview_outdated_by_another_import_is_shown_again(client, coordinator):
    login(client, coordinator)
    rows = [MESSY[0], MESSY[1]]
    record, response = upload(client, rows)
    client.post(response.url, mapping_post(record))
    other = IndicatorImporter(filename="autre.csv")
    other.apply(other.prepare(csv_bytes([MESSY[0], ["49023", "x", "2021", "7"]])))
    confirmed = client.post(reverse("diagnostics:import_confirm", args=[record.pk]))
    assert confirmed.status_code == 409
    assert "Les valeurs ont changé depuis l'aperçu" in text_of(confirmed)


@pytest.mark.usefixtures("mauges_contract")
def test_bad_uploads_say_why(client, coordinator):
    login(client, coordinator)
    url = reverse("diagnostics:import_upload")
    response = client.post(url, {"file": io_file(b"PDF", "rapport.pdf"), "source": "ors"})
    assert response.status_code == 400 and "CSV (.csv) ou un classeur Excel" in text_of(response)
    response = client.post(url, {"file": io_file(b"une colonne\n1\n", "x.csv"), "source": "ors"})
    assert response.status_code == 400 and "ligne d'en-tête" in text_of(response)
    response = client.post(url, {"source": "ors"})
    assert response.status_code == 400 and "Choisissez le fichier à importer." in text_of(response)


@pytest.mark.usefixtures("mauges_contract")
def test_a_zip_bomb_is_refused_in_french_and_nothing_is_kept(client, coordinator):
    login(client, coordinator)
    bomb = zip_bomb(xlsx_bytes([["code", "annee", "taux_pauvrete"], ["49023", "2021", "11"]]), unpacked=8 << 20)
    response = client.post(reverse("diagnostics:import_upload"), {"file": io_file(bomb, "ors.xlsx"), "source": "ors"})
    assert response.status_code == 400
    assert "Le classeur est anormalement compressé" in text_of(response)
    assert not IndicatorImport.objects.filter(uploaded_by=coordinator).exists()


@pytest.mark.usefixtures("mauges_contract")
def test_out_of_scope_rows_are_refused_for_a_coordinator(client, coordinator):
    login(client, coordinator)
    record, response = upload(client, [MESSY[0], ["2A004", "Ajaccio", "2021", "18"]])
    preview = client.post(response.url, mapping_post(record))
    assert preview.status_code == 400
    assert "vous ne pouvez importer que des valeurs des territoires de vos contrats" in text_of(preview)


def test_mapping_page_reports_an_incomplete_mapping(client, coordinator, mauges_contract):
    login(client, coordinator)
    record, response = upload(client, MESSY)
    data = mapping_post(record)
    data["role_0"] = "ignore"
    page = client.post(response.url, data)
    assert page.status_code == 400
    assert "Indiquez la colonne du code du territoire" in text_of(page)


def _values(rows):
    importer = IndicatorImporter(filename="valeurs.csv")
    preview = importer.prepare(csv_bytes(rows, encoding="utf-8"))
    assert preview.ok, [str(p) for p in preview.errors]
    importer.apply(preview)


def test_comparison_page_tables_charts_and_exports(client, coordinator, mauges_contract):
    _values(
        [
            ["code", "annee", "numerateur taux_ald", "denominateur taux_ald", "taux_ald"],
            *[[code, year, "100", "500", ""] for code in sorted(MAUGES_COMMUNES) for year in ("2020", "2021")],
            *[[ref, year, "", "", "18"] for ref in ("49", "REG52", "FR") for year in ("2020", "2021")],
        ]
    )
    login(client, coordinator)
    url = reverse("diagnostics:comparison", args=[mauges_contract.slug])
    page = client.get(url)
    text = text_of(page)
    assert page.status_code == 200
    assert "Part de la population en affection de longue durée (ALD)" in text
    assert "20,0" in text and "défavorable" in text  # 20 % against 18 % in the département, higher is worse
    assert "<bar-chart" in text and "<line-chart" in text and "vendor/dsfr-chart/DSFRChart.js" in text
    assert "<script>" not in text.split("</footer>")[0]  # no inline script in the page
    bad = client.get(url, {"annee": "<script>alert(1)</script>"})
    assert bad.status_code == 400 and "n'est pas une année" in text_of(bad)
    assert "<script>alert" not in bad.content.decode()
    xlsx = client.get(reverse("diagnostics:comparison_xlsx", args=[mauges_contract.slug]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    labels = [row[1] for row in sheet.iter_rows(values_only=True)]
    assert "Part de la population en affection de longue durée (ALD)" in labels
    csv_text = client.get(reverse("diagnostics:comparison_csv", args=[mauges_contract.slug])).content.decode(
        "utf-8-sig"
    )
    assert ";20,0;" in csv_text


def test_demo_values_are_said_to_be_demo(client, coordinator, mauges_contract):
    importer = IndicatorImporter(filename="demo.csv", is_demo=True)
    importer.apply(importer.prepare(csv_bytes([["code", "annee", "taux_pauvrete"], ["49", "2021", "11"]])))
    login(client, coordinator)
    text = text_of(client.get(reverse("diagnostics:comparison", args=[mauges_contract.slug])))
    assert "Données de démonstration" in text and ">démo<" in text
    csv_text = client.get(reverse("diagnostics:comparison_csv", args=[mauges_contract.slug])).content.decode(
        "utf-8-sig"
    )
    assert "Données de démonstration" in csv_text


@pytest.fixture
def plan(mauges_contract):
    axe1 = Axe.objects.create(
        contract=mauges_contract, number="1", title="Prévention, promotion de la santé", position=1
    )
    axe2 = Axe.objects.create(contract=mauges_contract, number="2", title="Accès aux soins", position=2)
    fiches = [
        FicheAction.objects.create(contract=mauges_contract, axe=axe1, number="1.1", title="Prévention radon"),
        FicheAction.objects.create(contract=mauges_contract, axe=axe2, number="2.1", title="Centre de santé"),
    ]
    return axe1, axe2, fiches


def test_a_coordinator_builds_a_diagnostic_and_links_its_priorities_to_the_plan(
    client, coordinator, mauges_contract, plan
):
    axe1, axe2, fiches = plan
    login(client, coordinator)
    response = client.post(
        reverse("diagnostics:create", args=[mauges_contract.slug]),
        {"kind": "update", "title": "Diagnostic partagé du CLS 2", "made_on": "2022-06-16", "summary": "Synthèse."},
    )
    diagnostic = Diagnostic.objects.get()
    assert response.url == diagnostic.get_absolute_url() and diagnostic.status == DiagnosticStatus.DRAFT
    base = [mauges_contract.slug, diagnostic.pk]
    chosen = TerritorialIndicator.objects.filter(code__in=["population_municipale", "taux_ald"])
    client.post(reverse("diagnostics:indicators", args=base), {"indicators": [i.pk for i in chosen]})
    assert diagnostic.indicators.count() == 2
    item = diagnostic.indicators.get(indicator__code="population_municipale")
    client.post(reverse("diagnostics:indicator_comment", args=[*base, item.pk]), {"comment": "Territoire rural."})
    client.post(
        reverse("diagnostics:work_create", args=base),
        {
            "kind": WorkKind.INTERVIEWS,
            "title": "Entretiens qualitatifs",
            "start_date": "2022-02-01",
            "end_date": "2022-03-31",
        },
    )
    response = client.post(
        reverse("diagnostics:priority_create", args=base),
        {
            "number": "1",
            "title": "Accès aux soins",
            "justification": "Départs de médecins.",
            "axes": [axe2.pk],
            "indicators": [item.pk],
        },
    )
    assert response.status_code == 302
    client.post(
        reverse("diagnostics:priority_create", args=base),
        {"number": "2", "title": "Santé mentale", "justification": "Entretiens."},
    )
    page = text_of(client.get(diagnostic.get_absolute_url()))
    assert "Territoire rural." in page and "février – mars 2022" in page
    assert "1 enjeu sans réponse" in page and "Enjeu 2 — Santé mentale" in page
    assert "1 fiche-action ne répond à aucun enjeu" in page and "1.1 — Prévention radon" in page
    plan_page = text_of(client.get(reverse("actions:plan", args=[mauges_contract.slug])))
    assert "Lien avec le diagnostic « Diagnostic partagé du CLS 2 »" in plan_page
    assert "1 fiche ne répond à aucun enjeu du diagnostic : 1.1." in plan_page
    contract_page = text_of(client.get(reverse("contracts:detail", args=[mauges_contract.slug])))
    assert "Diagnostic partagé du CLS 2" in contract_page

    # A fiche of another contract cannot be linked.
    elsewhere = ContractFactory()
    other_axe = Axe.objects.create(contract=elsewhere, number="9", title="Ailleurs")
    other = FicheAction.objects.create(contract=elsewhere, axe=other_axe, number="9.9", title="Ailleurs")
    response = client.post(
        reverse("diagnostics:priority_create", args=base),
        {"number": "3", "title": "Autre", "justification": "x", "fiches": [other.pk]},
    )
    assert response.status_code == 400 and "Sélectionnez un choix valide" in text_of(response)

    share = client.post(reverse("diagnostics:transition", args=[*base, "partage"]), {"on": "2022-06-15"})
    assert share.status_code == 302
    validate = client.post(reverse("diagnostics:transition", args=[*base, "validation"]), {"on": ""})
    assert validate.status_code == 400 and "Indiquez la date de la validation." in text_of(validate)
    client.post(reverse("diagnostics:transition", args=[*base, "validation"]), {"on": "2022-11-15"})
    diagnostic.refresh_from_db()
    assert diagnostic.status == DiagnosticStatus.VALIDATED
    refused = client.get(reverse("diagnostics:edit", args=base))
    assert refused.status_code == 403 and "est validé" in text_of(refused)
    xlsx = load_workbook(io.BytesIO(client.get(reverse("diagnostics:export", args=base)).content))
    assert xlsx.sheetnames == ["Diagnostic", "Indicateurs", "Démarches qualitatives", "Enjeux"]
    assert [row[1] for row in xlsx["Enjeux"].iter_rows(min_row=2, max_row=3, values_only=True)] == [
        "Accès aux soins",
        "Santé mentale",
    ]
    printable = client.get(reverse("diagnostics:print", args=base))
    assert printable.status_code == 200 and "Version imprimable" in text_of(printable)


def test_lifecycle_refuses_moves_in_french(coordinator, mauges_contract):
    diagnostic = lifecycle.start_diagnostic(
        Diagnostic(contract=mauges_contract, title="D", made_on=datetime.date(2022, 6, 16), author=coordinator),
        by=coordinator,
    )
    with pytest.raises(lifecycle.DiagnosticError) as error:
        lifecycle.share(diagnostic, by=coordinator)
    assert error.value.messages == [
        "Retenez au moins un indicateur ou une démarche qualitative.",
        "Le diagnostic doit dégager au moins un enjeu.",
    ]
    with pytest.raises(lifecycle.DiagnosticError, match="ne peut pas passer à l'état « validé »"):
        lifecycle.validate(diagnostic, by=coordinator, on=datetime.date(2022, 11, 1))
    QualitativeWork.objects.create(
        diagnostic=diagnostic, kind=WorkKind.WORKSHOP, title="Partage", end_date=datetime.date(2022, 6, 16)
    )
    Priority.objects.create(diagnostic=diagnostic, number=1, title="Accès aux soins", justification="x")
    lifecycle.share(diagnostic, by=coordinator)
    with pytest.raises(lifecycle.DiagnosticError, match="pourquoi"):
        lifecycle.reopen(diagnostic, by=coordinator)
    lifecycle.reopen(diagnostic, by=coordinator, comment="Remarques du comité de suivi.")
    assert [t.to_status for t in diagnostic.transitions.all()] == ["draft", "shared", "draft"]
    assert DiagnosticIndicator.objects.count() == 0


def test_the_diagnostic_export_neutralises_and_cleans_what_was_typed(client, coordinator, mauges_contract):
    diagnostic = lifecycle.start_diagnostic(
        Diagnostic(
            contract=mauges_contract,
            title='=HYPERLINK("http://exemple.invalid")',
            made_on=datetime.date(2022, 6, 16),
            author=coordinator,
            summary="Collé de Word\x0bsans saut vertical\r\nfin",
        ),
        by=coordinator,
    )
    client.force_login(coordinator)
    response = client.get(reverse("diagnostics:export", args=[mauges_contract.slug, diagnostic.pk]))
    sheet = load_workbook(io.BytesIO(response.content))["Diagnostic"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
    assert values["Diagnostic"] == '\'=HYPERLINK("http://exemple.invalid")'
    assert values["Synthèse"] == "Collé de Wordsans saut vertical\nfin"
