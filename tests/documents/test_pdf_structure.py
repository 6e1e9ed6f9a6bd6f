"""The contract's PDF is accessible and archivable: tagged, French, titled, fonts embedded, PDF/A-3a identified,
bookmarks per article and per fiche, and it carries the data it was made from."""

import io
import json
import shutil
import subprocess

import pikepdf
import pytest


@pytest.fixture
def pdf(mauges_pdf):
    document, data = mauges_pdf
    with pikepdf.open(io.BytesIO(data)) as opened:
        yield document, opened


def test_the_pdf_is_tagged_and_in_french(pdf):
    _document, opened = pdf
    root = opened.Root
    assert "/StructTreeRoot" in root
    assert root.MarkInfo.Marked
    assert str(root.Lang) == "fr"
    assert root.ViewerPreferences.DisplayDocTitle
    kinds = set()

    def walk(node, depth=0):
        if depth > 6 or not isinstance(node, pikepdf.Dictionary):
            return
        if "/S" in node:
            kinds.add(str(node.S))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            walk(kid, depth + 1)

    walk(root.StructTreeRoot)
    assert {"/H1", "/H2", "/P", "/Table"} <= kinds


def test_the_pdf_is_identified_as_pdf_a_3a_with_its_title(pdf):
    document, opened = pdf
    meta = opened.open_metadata()
    assert meta["pdfaid:part"] == "3"
    assert meta["pdfaid:conformance"] == "A"
    assert meta["dc:title"] == document.title
    assert str(opened.docinfo.Title) == document.title
    assert "/OutputIntents" in opened.Root


def test_every_font_is_embedded(pdf):
    _document, opened = pdf
    fonts = {}
    for page in opened.pages:
        for font in page.Resources.get("/Font", {}).values():
            fonts[str(font.get("/BaseFont"))] = font
    assert fonts and any("Spectral" in name for name in fonts)
    for name, font in fonts.items():
        descriptors = [font.get("/FontDescriptor")] + [
            d.get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
        ]
        descriptor = next(d for d in descriptors if d is not None)
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_bookmarks_per_article_and_per_fiche(pdf):
    document, opened = pdf
    with opened.open_outline() as outline:
        titles = [item.title for item in outline.root]
        children = [child.title for item in outline.root for child in item.children]
    assert "Visas" in titles and "Article 7 — Modalités de gouvernance" in titles
    fiche_numbers = [fiche["number"] for fiche in document.data()["fiches"]]
    assert [title.split(" — ")[0] for title in children if title.startswith("Fiche ")] == [
        f"Fiche {number}" for number in fiche_numbers
    ]


def test_the_pdf_carries_the_data_it_was_made_from(pdf):
    document, opened = pdf
    attachment = opened.attachments["donnees-du-document.json"]
    assert json.loads(attachment.get_file().read_bytes()) == document.data()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) absent")
def test_pdfinfo_reads_a_tagged_a4_document(mauges_pdf, tmp_path):
    path = tmp_path / "contrat.pdf"
    path.write_bytes(mauges_pdf[1])
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    assert "A4" in info
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)  # the « emb » column
