"""The document of a fiche and of a selection of fiches: every field of actions.fields, rendered from its data."""

import io
import shutil
import subprocess

import pikepdf
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actions.fields import form_sections
from documents import fiche_document
from tests.actions.factories import FicheFactory

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")


def pdf_text(pdf, tmp_path):
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_data_of_a_fiche_lists_every_field_of_the_fiche_form(plan):
    data = fiche_document.build_fiche(plan["radon"]).data()
    (fiche,) = data["fiches"]
    shown = {field["key"] for section in fiche["sections"] for field in section["fields"]}
    declared = {key for _title, keys in form_sections() for key in keys} - fiche_document.IN_HEADING
    assert shown == declared
    context = next(f for s in fiche["sections"] for f in s["fields"] if f["key"] == "context")
    assert context["value"] == "Le territoire est classé en zone 3.\nLes foyers ne le savent pas."
    assert fiche["budget"] == [
        {"year": 2024, "funder": "ARS (FIR)", "kind": "", "planned": "4000.00", "actual": "3800.00"}
    ]


@needs_poppler
def test_a_fiche_alone_renders_with_its_footer_on_every_page(plan, tmp_path):
    document = fiche_document.build_fiche(plan["radon"])
    assert document.filename == "fiche-1-1-mauges.pdf"
    text = pdf_text(document.render_pdf(footer="Version 2 du 2 décembre 2026 — empreinte SHA-256 : abc"), tmp_path)
    assert "Fiche-action 1.1 — Mesurer le radon dans les logements" in text
    assert "Réduire l'exposition au radon" in text
    assert "Distribuer les dosimètres" in text
    assert "Foyers équipés d'un dosimètre" in text
    assert "4 000 €" in text.replace("\u202f", " ").replace("\xa0", " ")
    pages = text.split("\f")[:-1]
    assert len(pages) >= 1
    assert all("Version 2 du 2 décembre 2026 — empreinte SHA-256 : abc" in page for page in pages)
    assert all(f"page {n} sur {len(pages)}" in page for n, page in enumerate(pages, 1))


@needs_poppler
def test_the_whole_plan_has_every_fiche_under_its_axe_with_a_table_of_contents(plan, tmp_path):
    document = fiche_document.build_selection(plan["radon"].contract)
    assert document.title == "Plan d'action — CLS de Mauges Communauté"
    text = pdf_text(document.render_pdf(), tmp_path)
    assert "Sommaire" in text
    for heading in ("Axe 1 — Prévention", "Axe 2 — Accès aux soins", "Fiche-action 1.2 — Bien manger à la cantine"):
        assert heading in text
    assert text.index("Fiche-action 1.1") < text.index("Fiche-action 1.2") < text.index("Fiche-action 2.1")


def test_a_selection_keeps_only_the_fiches_chosen(plan, contract):
    document = fiche_document.build_selection(contract, [plan["msp"].pk, plan["radon"].pk])
    assert [fiche["number"] for fiche in document.data()["fiches"]] == ["1.1", "2.1"]
    assert document.title == "2 fiches-action — CLS de Mauges Communauté"


def test_the_data_of_a_plan_take_the_same_queries_for_3_and_30_fiches(plan, contract):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            fiche_document.build_selection(contract).data()
        return len(captured)

    few = queries()
    for _ in range(27):
        FicheFactory(axe=plan["msp"].axe)
    assert queries() == few


def test_the_fiche_document_is_set_in_spectral_not_in_marianne(plan):
    """Marianne's licence reserves it to the State's websites (docs/documents.md): documents handed to collectivités
    use Spectral, like the contract."""
    pdf = fiche_document.build_fiche(plan["radon"]).render_pdf()
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        fonts = {str(font.get("/BaseFont")) for page in opened.pages for font in page.Resources.Font.values()}
    assert any("Spectral" in name for name in fonts) and not any("Marianne" in name for name in fonts), fonts
