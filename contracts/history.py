"""Field-by-field history of a contract, read from django-simple-history records."""

import datetime

from contracts.models import Contract, Organisation
from referentials.models import Departement

# Foreign keys shown by name rather than by id.
_RELATED_MODELS = {"departement": Departement, "porteur": Organisation, "previous": Contract}


def _display(field, value, names):
    if value in (None, ""):
        return "—"
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if field.name in names:
        return names[field.name].get(value, f"n° {value}")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def contract_changes(contract, limit=30):
    """Newest first: [{"at", "by", "kind", "changes": [{"label", "old", "new"}]}], in at most 4 queries."""
    records = list(
        contract.history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1]
    )
    raw = []
    for index, record in enumerate(records[:limit]):
        older = records[index + 1] if index + 1 < len(records) else None
        if older is None:
            if record.history_type == "+":
                raw.append((record, "created", []))
            continue
        delta = record.diff_against(older)
        if delta.changes:
            raw.append((record, "changed", delta.changes))
    wanted = {name: set() for name in _RELATED_MODELS}
    for _, _, changes in raw:
        for change in changes:
            if change.field in wanted:
                wanted[change.field].update(v for v in (change.old, change.new) if v)
    names = {
        name: {obj.pk: str(obj) for obj in _RELATED_MODELS[name].objects.filter(pk__in=ids)}
        for name, ids in wanted.items()
        if ids
    }
    entries = []
    for record, kind, changes in raw:
        rows = []
        for change in changes:
            field = Contract._meta.get_field(change.field)
            rows.append(
                {
                    "label": str(field.verbose_name).capitalize(),
                    "old": _display(field, change.old, names),
                    "new": _display(field, change.new, names),
                }
            )
        entries.append({"at": record.history_date, "by": record.history_user, "kind": kind, "changes": rows})
    return entries
