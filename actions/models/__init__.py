"""Models of the plan d'action; split by theme, imported here so that `actions.models.X` keeps working."""

from actions.models.details import (
    BudgetLine,
    FicheDocument,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
)
from actions.models.imports import ImportSource, PlanImport
from actions.models.plan import (
    Axe,
    FicheAction,
    FicheActionQuerySet,
    TargetPublic,
    counted_in_progress_condition,
    late_condition,
)

__all__ = [
    "Axe",
    "BudgetLine",
    "FicheAction",
    "FicheActionQuerySet",
    "FicheDocument",
    "FollowUpNote",
    "FicheIndicator",
    "ImportSource",
    "FicheIndicatorValue",
    "PlanImport",
    "SubAction",
    "TargetPublic",
    "counted_in_progress_condition",
    "late_condition",
]
