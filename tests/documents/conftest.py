"""Fixtures of the document tests: the real Mauges CLS 1 of the demo data (fixtures/demo/), and its PDF rendered
once per test process (a contract of 29 fiches takes seconds to lay out); renderings run at once (the immediate task
backend) unless a test asks for the database backend, files go to a temporary folder, and a small plan of three
fiches on the `contract` persona fixture."""

import shutil
import subprocess

import pytest

from actions.enums import FicheStatus
from contracts.models import Contract
from demo.governance import load_governance_demo
from demo.loader import load_demo
from documents.contract_document import build
from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    SubActionFactory,
)

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


IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = IMMEDIATE


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, run only by a worker (`manage.py db_worker`)."""
    settings.TASKS = DATABASE


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def plan(contract):
    axe1 = AxeFactory(contract=contract, number="1", title="Prévention, promotion de la santé et environnement")
    axe2 = AxeFactory(contract=contract, number="2", title="Accès aux soins")
    radon = FicheFactory(
        axe=axe1,
        number="1.1",
        title="Mesurer le radon dans les logements",
        context="Le territoire est classé en zone 3.\nLes foyers ne le savent pas.",
        general_objective="Réduire l'exposition au radon",
    )
    SubActionFactory(fiche=radon, number="1.1.1", title="Distribuer les dosimètres", status=FicheStatus.DONE)
    BudgetLineFactory(fiche=radon, year=2024, planned_amount=4000, actual_amount=3800)
    FicheIndicatorFactory(fiche=radon, name="Foyers équipés d'un dosimètre", target="200")
    nutrition = FicheFactory(axe=axe1, number="1.2", title="Bien manger à la cantine")
    msp = FicheFactory(axe=axe2, number="2.1", title="Soutenir la MSP du Val-de-Moine")
    return {"radon": radon, "nutrition": nutrition, "msp": msp}
