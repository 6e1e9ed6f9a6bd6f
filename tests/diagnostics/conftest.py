"""Real geography for the diagnostic's tests, read from the shipped fixtures: every région and département, and the
communes (with their EPCI and former communes) of Maine-et-Loire, Corsica, Paris and Ain. The indicator
catalogue is the shipped one."""

import csv
from pathlib import Path

import pytest

from cls_portal.text import fold
from diagnostics.catalogue import load_catalogue, load_geography_values
from diagnostics.models import TerritorialIndicator
from referentials.models import Commune, Departement, Epci, FormerCommune, Region

GEOGRAPHY = Path(__file__).resolve().parents[2] / "fixtures" / "geography"
DEPARTEMENTS = {"49", "2A", "2B", "75", "01"}
MAUGES = "200060010"
MAUGES_COMMUNES = {"49301", "49023", "49092", "49244", "49126", "49218"}


def _rows(name):
    with open(GEOGRAPHY / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_test_geography():
    # ignore_conflicts: the personas' contract may have created Maine-et-Loire and its région already.
    Region.objects.bulk_create(
        [Region(code=r["code"], name=r["name"]) for r in _rows("regions.csv")], ignore_conflicts=True
    )
    Departement.objects.bulk_create(
        [Departement(code=d["code"], name=d["name"], region_id=d["region_code"]) for d in _rows("departements.csv")],
        ignore_conflicts=True,
    )
    communes = [c for c in _rows("communes.csv") if c["departement_code"] in DEPARTEMENTS]
    sirens = {c["epci_siren"] for c in communes if c["epci_siren"]}
    Epci.objects.bulk_create(
        [
            Epci(
                siren=e["siren"],
                name=e["name"],
                kind=e["kind"],
                population=int(e["population"]),
                search_name=fold(e["name"]),
            )
            for e in _rows("epci.csv")
            if e["siren"] in sirens
        ]
    )
    Commune.objects.bulk_create(
        [
            Commune(
                code=c["code"],
                name=c["name"],
                departement_id=c["departement_code"],
                epci_id=c["epci_siren"] or None,
                population=int(c["population"]),
                search_name=fold(c["name"]),
            )
            for c in communes
        ]
    )
    codes = {c["code"] for c in communes}
    FormerCommune.objects.bulk_create(
        [
            FormerCommune(code=f["code"], name=f["name"], kind=f["kind"], commune_id=f["commune_code"])
            for f in _rows("former_communes.csv")
            if f["commune_code"] in codes
        ]
    )


@pytest.fixture
def geography(db):
    load_test_geography()


@pytest.fixture
def catalogue(geography):
    load_catalogue()
    load_geography_values()
    return {indicator.code: indicator for indicator in TerritorialIndicator.objects.all()}


@pytest.fixture
def mauges_contract(contract, catalogue):
    """The personas' contract (Maine-et-Loire), on the perimeter of Mauges Communauté."""
    contract.epcis.set([Epci.objects.get(pk=MAUGES)])
    return contract
