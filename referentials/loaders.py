"""Load the shipped reference data (fixtures/) into the database, idempotently.

Each loader upserts by natural key and reports what it created and updated, so that loading twice changes nothing
and a new vintage of a file only touches the rows that changed. Rows that disappeared from a file are reported, not
deleted: contracts may still point to them.
"""

import csv
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cls_portal.text import fold
from referentials.enums import PrsLevel
from referentials.models import (
    ArsTheme,
    Commune,
    Departement,
    Epci,
    FormerCommune,
    Prs,
    PrsElement,
    PrsPriority,
    Region,
)

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"
GEOGRAPHY_DIR = FIXTURES_DIR / "geography"
PRS_FILES = sorted((FIXTURES_DIR / "prs").glob("prs_*.json"))
REFERENCE_LISTS_FILE = FIXTURES_DIR / "reference_lists.json"


@dataclass
class LoadReport:
    model: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    missing_from_file: list = field(default_factory=list)

    def __str__(self):
        line = f"{self.model} : {self.created} créé(s), {self.updated} mis à jour, {self.unchanged} inchangé(s)"
        if self.missing_from_file:
            line += f", {len(self.missing_from_file)} absent(s) du fichier conservé(s)"
        return line


def _read_csv(name):
    with open(GEOGRAPHY_DIR / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _int_or_none(value):
    return int(value) if value not in ("", None) else None


def upsert(model, rows: dict, fields: list[str]) -> LoadReport:
    """Create or update `rows` (primary key -> field values) with bulk queries, touching only what changed."""
    report = LoadReport(model._meta.verbose_name_plural)
    existing = {obj.pk: obj for obj in model.objects.all()}
    to_create, to_update = [], []
    for pk, values in rows.items():
        obj = existing.get(pk)
        if obj is None:
            to_create.append(model(pk=pk, **values))
        elif any(getattr(obj, name) != values[name] for name in fields):
            for name in fields:
                setattr(obj, name, values[name])
            to_update.append(obj)
        else:
            report.unchanged += 1
    model.objects.bulk_create(to_create, batch_size=2000)
    if to_update:
        model.objects.bulk_update(to_update, fields, batch_size=2000)
    report.created, report.updated = len(to_create), len(to_update)
    report.missing_from_file = sorted(set(existing) - set(rows))
    return report


@transaction.atomic
def load_geography() -> list[LoadReport]:
    regions = {r["code"]: {"name": r["name"]} for r in _read_csv("regions.csv")}
    departements = {
        d["code"]: {"name": d["name"], "region_id": d["region_code"]} for d in _read_csv("departements.csv")
    }
    communes = {
        c["code"]: {
            "name": c["name"],
            "departement_id": c["departement_code"],
            "epci_id": c["epci_siren"] or None,
            "population": _int_or_none(c["population"]),
            "search_name": fold(c["name"]),
        }
        for c in _read_csv("communes.csv")
    }
    # An EPCI's population is the sum of its communes, so that every population shown has the same vintage.
    epci_population = {}
    for commune in communes.values():
        if commune["epci_id"]:
            epci_population[commune["epci_id"]] = epci_population.get(commune["epci_id"], 0) + (
                commune["population"] or 0
            )
    epcis = {
        e["siren"]: {
            "name": e["name"],
            "kind": e["kind"],
            "population": epci_population.get(e["siren"]),
            "search_name": fold(e["name"]),
        }
        for e in _read_csv("epci.csv")
    }
    # Communes déléguées and associées, and the arrondissements of Paris, Lyon and Marseille, with the current
    # commune each belongs to: the indicator importer reads their codes (fixtures/geography/SOURCE.md).
    former_communes = {
        f["code"]: {"name": f["name"], "kind": f["kind"], "commune_id": f["commune_code"]}
        for f in _read_csv("former_communes.csv")
    }
    return [
        upsert(Region, regions, ["name"]),
        upsert(Departement, departements, ["name", "region_id"]),
        upsert(Epci, epcis, ["name", "kind", "population", "search_name"]),
        upsert(Commune, communes, ["name", "departement_id", "epci_id", "population", "search_name"]),
        upsert(FormerCommune, former_communes, ["name", "kind", "commune_id"]),
    ]


@transaction.atomic
def load_prs(path: Path) -> LoadReport:
    data = json.loads(path.read_text(encoding="utf-8"))
    prs, _ = Prs.objects.update_or_create(
        code=data["code"],
        defaults={
            "title": data["title"],
            "region_id": data["region_code"],
            "start_year": data["start_year"],
            "end_year": data["end_year"],
            "adopted_on": date.fromisoformat(data["adopted_on"]) if data.get("adopted_on") else None,
            "source": data.get("source", ""),
        },
    )
    report = LoadReport(f"éléments du {prs}")
    existing = {element.code: element for element in prs.elements.all()}
    position = 0

    def save(node, level, code, parent):
        nonlocal position
        position += 1
        texts = node.get("texts", {})
        values = {
            "level": level,
            "number": node["number"],
            "label": node.get("label", ""),
            "title": node["title"],
            "parent_id": parent.pk if parent else None,
            "position": position,
            **{name: texts.get(name, "") for name in PrsElement.TEXT_FIELDS},
        }
        element = existing.get(code)
        if element is None:
            element = PrsElement.objects.create(prs=prs, code=code, **values)
            report.created += 1
        elif any(getattr(element, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(element, name, value)
            element.save()
            report.updated += 1
        else:
            report.unchanged += 1
        return element

    seen = set()
    for orientation in data["orientations"]:
        code = str(orientation["number"])
        parent = save(orientation, PrsLevel.ORIENTATION, code, None)
        seen.add(code)
        for objectif in orientation["objectifs"]:
            objectif_code = f"{code}.{objectif['number']}"
            objectif_element = save(objectif, PrsLevel.OBJECTIF, objectif_code, parent)
            seen.add(objectif_code)
            for sous_objectif in objectif.get("sous_objectifs", []):
                sous_code = f"{objectif_code}.{sous_objectif['number']}"
                save(sous_objectif, PrsLevel.SOUS_OBJECTIF, sous_code, objectif_element)
                seen.add(sous_code)
    report.missing_from_file = sorted(set(existing) - seen)
    return report


@transaction.atomic
def load_reference_lists() -> list[LoadReport]:
    data = json.loads(REFERENCE_LISTS_FILE.read_text(encoding="utf-8"))
    reports = []
    for model, key in ((ArsTheme, "ars_themes"), (PrsPriority, "prs_priorities")):
        rows = {item["code"]: {"label": item["label"], "position": rank} for rank, item in enumerate(data[key], 1)}
        report = LoadReport(model._meta.verbose_name_plural)
        existing = {obj.code: obj for obj in model.objects.all()}
        for code, values in rows.items():
            obj = existing.get(code)
            if obj is None:
                model.objects.create(code=code, **values)
                report.created += 1
            elif obj.label != values["label"] or obj.position != values["position"]:
                model.objects.filter(pk=obj.pk).update(**values)
                report.updated += 1
            else:
                report.unchanged += 1
        reports.append(report)
    return reports


def load_all() -> list[LoadReport]:
    reports = load_geography()
    reports += [load_prs(path) for path in PRS_FILES]
    reports += load_reference_lists()
    return reports
