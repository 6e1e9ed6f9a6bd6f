"""Fixtures of the documents tests: renderings run at once (the immediate task backend) unless a test says otherwise,
files go to a temporary folder, and a small plan of three fiches on the `contract` persona fixture."""

import pytest

from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    SubActionFactory,
)

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
    SubActionFactory(fiche=radon, number="1.1.1", title="Distribuer les dosimètres", done=True)
    BudgetLineFactory(fiche=radon, year=2024, planned_amount=4000, actual_amount=3800)
    FicheIndicatorFactory(fiche=radon, name="Foyers équipés d'un dosimètre", target="200")
    nutrition = FicheFactory(axe=axe1, number="1.2", title="Bien manger à la cantine")
    msp = FicheFactory(axe=axe2, number="2.1", title="Soutenir la MSP du Val-de-Moine")
    return {"radon": radon, "nutrition": nutrition, "msp": msp}
