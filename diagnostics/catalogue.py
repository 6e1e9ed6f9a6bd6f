"""The shipped indicator catalogue (fixtures/diagnostics/indicators.yaml) and the values computed from the official
geography: population municipale and number of communes of every commune, EPCI, département, région and France.

    load_indicators()      # idempotent: `manage.py load_indicators`, after `manage.py load_referentials`

The computed values go through the importer's comparison and writing, under one `IndicatorImport` named after the
geography file, so that loading twice changes nothing and a new vintage keeps the previous values in their history.
"""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cls_portal.text import count
from diagnostics.enums import FRANCE_CODE, Level, ValueStatus
from diagnostics.importing.writing import compare, lock_indicators, write
from diagnostics.models import IndicatorImport, TerritorialIndicator
from referentials.models import Commune

CATALOGUE_FILE = Path(settings.BASE_DIR) / "fixtures" / "diagnostics" / "indicators.yaml"
GEOGRAPHY_FILE = "fixtures/geography/communes.csv (populations de référence 2023, COG 2026)"
FIELDS = ["label", "theme", "unit", "definition", "source", "source_detail", "vintage", "polarity", "aggregation"]
NUMBER_FIELDS = {"scale": 1, "decimals": 1}


@dataclass
class Report:
    what: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self):
        return f"{self.what} : {self.created} créé(s), {self.updated} mis à jour, {self.unchanged} inchangé(s)"


def read_catalogue(path: Path = CATALOGUE_FILE) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_catalogue(path: Path = CATALOGUE_FILE) -> Report:
    report = Report("indicateurs du catalogue")
    existing = {indicator.code: indicator for indicator in TerritorialIndicator.objects.all()}
    for position, item in enumerate(read_catalogue(path), 1):
        values = {name: item.get(name, "") for name in FIELDS}
        values.update({name: item.get(name, default) for name, default in NUMBER_FIELDS.items()})
        values["position"] = position
        indicator = existing.get(item["code"])
        if indicator is None:
            indicator = TerritorialIndicator(code=item["code"], **values)
            indicator.full_clean()
            indicator.save()
            report.created += 1
        elif any(getattr(indicator, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(indicator, name, value)
            indicator.full_clean()
            indicator.save()
            report.updated += 1
        else:
            report.unchanged += 1
    return report


def geography_rows(indicators: dict, catalogue: list[dict]) -> pd.DataFrame:
    """The population and the number of communes of every territory, added up from the communes (a few queries)."""
    communes = pd.DataFrame.from_records(
        Commune.objects.values_list("code", "epci_id", "departement_id", "departement__region_id", "population"),
        columns=["code", "epci", "departement", "region", "population"],
    )
    communes["population"] = communes["population"].astype(float)
    communes["communes"] = 1.0
    frames = []
    levels = [
        (Level.COMMUNE, "code"),
        (Level.EPCI, "epci"),
        (Level.DEPARTEMENT, "departement"),
        (Level.REGION, "region"),
    ]
    for level, column in levels:
        grouped = communes.dropna(subset=[column]).groupby(column)[["population", "communes"]].sum().reset_index()
        grouped = grouped.rename(columns={column: "territory_code"})
        grouped["level"] = level.value
        frames.append(grouped)
    frames.append(
        pd.DataFrame(
            [
                {
                    "territory_code": FRANCE_CODE,
                    "level": Level.FRANCE.value,
                    **communes[["population", "communes"]].sum(),
                }
            ]
        )
    )
    totals = pd.concat(frames, ignore_index=True)
    rows = []
    for code, measure in (("population_municipale", "population"), ("nombre_communes", "communes")):
        indicator = indicators.get(code)
        if indicator is None:
            continue
        year = next(item["year"] for item in catalogue if item["code"] == code)
        part = totals[["level", "territory_code", measure]].rename(columns={measure: "value"})
        part = part.assign(indicator_id=indicator.pk, year=year, status=ValueStatus.VALUE.value)
        rows.append(part)
    frame = pd.concat(rows, ignore_index=True)
    frame["commune_id"] = frame["territory_code"].where(frame["level"] == Level.COMMUNE.value, None)
    frame["numerator"] = float("nan")
    frame["denominator"] = float("nan")
    return frame


@transaction.atomic
def load_geography_values() -> Report:
    report = Report("valeurs calculées à partir de la géographie officielle")
    catalogue = read_catalogue()
    codes = [item["code"] for item in catalogue if item.get("computed_from") == "geography"]
    indicators = {i.code: i for i in TerritorialIndicator.objects.filter(code__in=codes)}
    if not indicators or not Commune.objects.exists():
        return report
    rows = geography_rows(indicators, catalogue)
    lock_indicators(rows)
    diff = compare(rows, is_demo=False)
    report.created, report.updated, report.unchanged = len(diff.created), len(diff.updated), diff.unchanged_count
    if not diff.has_changes:
        return report
    record = IndicatorImport.objects.create(
        filename=GEOGRAPHY_FILE,
        source="insee",
        created_count=report.created,
        updated_count=report.updated,
        unchanged_count=report.unchanged,
        summary=f"{count(report.created, 'valeur créée', 'valeurs créées')}, "
        f"{count(report.updated, 'modifiée', 'modifiées')}, {count(report.unchanged, 'inchangée')} (chargement des "
        "données de référence).",
        applied_at=timezone.now(),
    )
    write(diff, record=record)
    return report


def load_indicators() -> list[Report]:
    return [load_catalogue(), load_geography_values()]
