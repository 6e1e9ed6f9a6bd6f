"""Reading the cells of values, whole columns at once: French numbers, and the markers of secret or missing values.

« 12,5 », « 12.5 », « 1 234,5 », « 12,5 % » are numbers; « s » is a statistical secret, « nd », « n.d. » or an empty
cell a missing value: both are kept as such, never turned into 0.
"""

import numpy as np
import pandas as pd

from diagnostics.enums import ValueStatus

SECRET_MARKERS = frozenset({"s", "ss", "secret", "secret statistique"})
MISSING_MARKERS = frozenset(
    {"", "nd", "n.d.", "n.d", "n/d", "na", "n.a.", "nan", "-", "–", "—", "..", "...", "non disponible"}
)
MARKERS_HELP = "« s » pour un secret statistique, « nd », « n.d. » ou une cellule vide pour une donnée manquante"
_SPACES_AND_PERCENT = r"[\s\u00a0\u202f%]"


def parse_column(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(status, number, unreadable) for a column of cells read as text.

    `status` is a ValueStatus per cell, `number` a float (NaN unless the cell is a number), `unreadable` True where
    the cell is neither a number nor a marker.
    """
    text = raw.astype(object).where(raw.notna(), "").astype(str).str.strip()
    lowered = text.str.lower()
    secret = lowered.isin(SECRET_MARKERS)
    missing = lowered.isin(MISSING_MARKERS)
    cleaned = text.str.replace(_SPACES_AND_PERCENT, "", regex=True)
    # « 1.234,5 »: the last separator is the decimal one.
    both = cleaned.str.contains(".", regex=False) & cleaned.str.contains(",", regex=False)
    if both.any():
        cleaned = cleaned.where(~both, cleaned.str.replace(".", "", regex=False))
    cleaned = cleaned.str.replace(",", ".", regex=False)
    number = pd.to_numeric(cleaned.where(~(secret | missing), None), errors="coerce").astype(float)
    finite = np.isfinite(number.to_numpy())
    number = number.where(finite)
    unreadable = ~secret & ~missing & number.isna()
    status = pd.Series(ValueStatus.MISSING.value, index=raw.index, dtype=object)
    status[secret] = ValueStatus.SECRET.value
    status[number.notna()] = ValueStatus.VALUE.value
    return status, number, unreadable
