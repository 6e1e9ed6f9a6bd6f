"""`cls_portal.pdf.render_pdf`: the one place where documents become PDF."""

import shutil
import subprocess

import pytest
from django.test import override_settings

from cls_portal.pdf import LocalFetcher, render_pdf

TINY = {
    "tiny.html": (
        '<html><head><link rel="stylesheet" href="/static/css/portail.css"></head>'
        "<body><h1>{{ title }}</h1><p>Fiche {{ number }} : {{ text }}</p>"
        '<img src="http://169.254.169.254/latest/meta-data/"></body></html>'
    )
}
LOCMEM = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", TINY)]},
    }
]


@override_settings(TEMPLATES=LOCMEM)
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_a_template_becomes_a_pdf_whose_text_can_be_read(tmp_path):
    pdf = render_pdf("tiny.html", {"title": "Plan d'action", "number": "1.2", "text": "Sensibiliser au radon"})
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Plan d'action" in text and "Fiche 1.2 : Sensibiliser au radon" in text


def test_documents_load_the_static_files_and_nothing_else():
    fetcher = LocalFetcher()
    response = fetcher.fetch("https://portail.invalid/static/css/portail.css")
    try:
        assert response.read().startswith(b"/* Small additions to the DSFR")
    finally:
        response.close()
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "https://portail.invalid/static/../../../etc/passwd",
        "https://portail.invalid/media/fiches/1/compte-rendu.pdf",
    ):
        with pytest.raises(ValueError, match="Ressource non chargée"):
            fetcher.fetch(url)
