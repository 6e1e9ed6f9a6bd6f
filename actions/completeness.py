"""Which fields of the fiches of a plan are too often left empty (one aggregate query)."""

from dataclasses import dataclass

from django.db.models import BooleanField, Count, Exists, OuterRef, Q

from actions.fields import completeness_fields
from actions.models import BudgetLine, FicheAction, FicheIndicator

THRESHOLD = 80  # % of fiches below which a field is named in the "complétude" panel


def _has_m2m(name):
    through = FicheAction._meta.get_field(name).remote_field.through
    return Exists(through.objects.filter(ficheaction_id=OuterRef("pk")))


def _filled(name):
    field = FicheAction._meta.get_field(name)
    if field.many_to_many:
        return _has_m2m(name)
    if isinstance(field, BooleanField):
        return Q(**{name: True})
    if field.is_relation or field.null:
        return Q(**{f"{name}__isnull": False})
    return ~Q(**{name: ""})


def _checks():
    """(label, condition) of what a complete fiche fills in: the fields `actions.fields` marks, budget, indicators."""
    checks = []
    for field in completeness_fields():
        condition = Q()
        for name in field.completeness_fields:
            condition |= _filled(name)
        checks.append((field.completeness_label, condition))
    checks += [
        ("budget", Exists(BudgetLine.objects.filter(fiche_id=OuterRef("pk")))),
        ("indicateurs", Exists(FicheIndicator.objects.filter(fiche_id=OuterRef("pk")))),
    ]
    return checks


@dataclass
class FieldCompleteness:
    label: str
    filled: int
    total: int

    @property
    def percent(self):
        return round(100 * self.filled / self.total) if self.total else 0


def completeness(fiches) -> list[FieldCompleteness]:
    """Fill rate of every checked field over `fiches` (a queryset), lowest first."""
    checks = _checks()
    aggregates = {"total": Count("pk")}
    for index, (_label, condition) in enumerate(checks):
        aggregates[f"c{index}"] = Count("pk", filter=condition)
    row = fiches.order_by().aggregate(**aggregates)
    result = [FieldCompleteness(str(label), row[f"c{index}"], row["total"]) for index, (label, _) in enumerate(checks)]
    return sorted(result, key=lambda item: (item.percent, item.label))


def incomplete_fields(fiches, threshold=THRESHOLD) -> list[FieldCompleteness]:
    """Fields that fewer than `threshold` % of the fiches fill in."""
    return [item for item in completeness(fiches) if item.total and item.percent < threshold]
