"""Fixtures of the document tests: the real Mauges CLS 1 of the demo data (fixtures/demo/), and its PDF rendered
once per test process (a contract of 29 fiches takes seconds to lay out)."""

import shutil
import subprocess

import pytest

from contracts.models import Contract
from demo.governance import load_governance_demo
from demo.loader import load_demo
from documents.contract_document import build

_RENDERED = {}


@pytest.fixture
def mauges(referentials):
    """The Mauges CLS 1 (2017-2021): 5 axes, 29 fiches, axe 5 added by the avenant n° 1 of February 2020."""
    load_demo()
    load_governance_demo()
    return Contract.objects.get(slug="mauges-cls-1")


@pytest.fixture
def mauges_pdf(mauges):
    """(document, pdf bytes) of the Mauges contract as amended, with a version footer."""
    if "mauges" not in _RENDERED:
        document = build(mauges)
        _RENDERED["mauges"] = (document, document.render_pdf(footer=f"Version 1 — {document.fingerprint()}"))
    return _RENDERED["mauges"]


def pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) absent")
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
