from diagnostics.models.diagnostic import (
    Diagnostic,
    DiagnosticIndicator,
    DiagnosticTransition,
    Priority,
    QualitativeWork,
)
from diagnostics.models.indicators import (
    ImportMapping,
    IndicatorImport,
    IndicatorValue,
    IndicatorValueChange,
    TerritorialIndicator,
)

__all__ = [
    "Diagnostic",
    "DiagnosticIndicator",
    "DiagnosticTransition",
    "ImportMapping",
    "IndicatorImport",
    "IndicatorValue",
    "IndicatorValueChange",
    "Priority",
    "QualitativeWork",
    "TerritorialIndicator",
]
