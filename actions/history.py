"""The change log of a fiche and of its sub-objects, field by field, in a bounded number of queries."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import models
from django.template.defaultfilters import floatformat
from django.utils import formats

from actions.models import (
    BudgetLine,
    FicheAction,
    FicheDocument,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
)

EMPTY = "—"
HIDDEN_FIELDS = {"id", "contract", "version", "created_at", "updated_at", "fiche", "indicator"}
ACTIONS = {"+": "création", "~": "modification", "-": "suppression"}


@dataclass
class Change:
    """A field going from `old` to `new`, as people read them (the history and the Excel import preview)."""

    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    at: datetime.datetime
    user: object
    subject: str
    action: str
    changes: list = field(default_factory=list)


def _tracked_fields(model):
    return [f for f in model.history.model.tracked_fields if f.editable and f.name not in HIDDEN_FIELDS]


class _Labels:
    """Turns raw stored values into what a person reads; foreign keys resolved in one query per model."""

    def __init__(self):
        self.pending: dict[type, set] = {}
        self.resolved: dict[type, dict] = {}

    def want(self, model_field, value):
        if value is not None and isinstance(model_field, models.ForeignKey):
            self.pending.setdefault(model_field.related_model, set()).add(value)

    def resolve(self):
        for model, pks in self.pending.items():
            queryset = model._default_manager.filter(pk__in=pks)
            if model is get_user_model():
                queryset = queryset.only("pk", "first_name", "last_name", "email")
            self.resolved[model] = {obj.pk: str(obj) for obj in queryset}

    def text(self, model_field, value):
        if value is None or value == "":
            return EMPTY
        if isinstance(model_field, models.ForeignKey):
            return self.resolved.get(model_field.related_model, {}).get(value, f"n° {value} (supprimé)")
        if model_field.choices:
            return str(dict(model_field.flatchoices).get(value, value))
        if isinstance(value, bool):
            return "oui" if value else "non"
        if model_field.name == "year":  # 2018, not "2 018"
            return str(value)
        if isinstance(value, Decimal):  # as the pages show amounts and values: « 4 000 », « 6,5 »
            return floatformat(value, "-2g")
        if isinstance(value, datetime.date | int):
            return formats.localize(value)
        return str(value)


def _value(record, model_field):
    return getattr(record, model_field.attname)


def _entries_for(records, model, subject, labels):
    """Entries of the records, oldest first; each is compared with the previous record of the same object."""
    fields = _tracked_fields(model)
    entries, previous = [], {}
    for record in records:
        before = previous.get(record.id)
        changes = []
        for model_field in fields:
            new = _value(record, model_field)
            old = _value(before, model_field) if before is not None else None
            if record.history_type == "+" and new in (None, "", False):
                continue
            if record.history_type == "-" or (before is not None and old == new):
                continue
            if before is None and record.history_type == "~":
                old = None
            labels.want(model_field, old)
            labels.want(model_field, new)
            changes.append((model_field, old, new))
        previous[record.id] = record
        entries.append((record, subject(record), changes))
    return entries


def fiche_history(fiche: FicheAction, limit: int = 60) -> list[HistoryEntry]:
    """Most recent first: changes of the fiche and of its sub-actions, budget, indicators, notes and documents."""
    labels = _Labels()
    sources = [
        (FicheAction, FicheAction.history.filter(id=fiche.pk), lambda r: "Fiche"),
        (SubAction, SubAction.history.filter(fiche_id=fiche.pk), lambda r: f"Sous-action {r.number}"),
        (
            BudgetLine,
            BudgetLine.history.filter(fiche_id=fiche.pk),
            lambda r: f"Budget {r.year} — {r.get_funder_display()}",
        ),
        (FicheIndicator, FicheIndicator.history.filter(fiche_id=fiche.pk), lambda r: f"Indicateur « {r.name} »"),
        (
            FicheIndicatorValue,
            FicheIndicatorValue.history.filter(indicator__fiche_id=fiche.pk).select_related("indicator"),
            lambda r: f"Valeur {r.year} de l'indicateur « {r.indicator.name if r.indicator else ''} »",
        ),
        (
            FollowUpNote,
            FollowUpNote.history.filter(fiche_id=fiche.pk),
            lambda r: f"Note de suivi du {r.date:%d/%m/%Y}",
        ),
        (FicheDocument, FicheDocument.history.filter(fiche_id=fiche.pk), lambda r: f"Document « {r.title} »"),
    ]
    raw = []
    for model, queryset, subject in sources:
        # The newest `limit` records of each source, put back in chronological order for the diff.
        records = list(queryset.select_related("history_user").order_by("-history_date", "-history_id")[:limit])
        records.reverse()
        raw += _entries_for(records, model, subject, labels)
    labels.resolve()
    entries = []
    for record, subject, changes in raw:
        if record.history_type == "~" and not changes:
            continue
        entries.append(
            HistoryEntry(
                at=record.history_date,
                user=record.history_user,
                subject=subject,
                action=ACTIONS.get(record.history_type, record.history_type),
                changes=[
                    Change(str(f.verbose_name), labels.text(f, old), labels.text(f, new)) for f, old, new in changes
                ],
            )
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]
