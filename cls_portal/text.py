"""Text helpers shared by every app."""

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for search columns.

    SQLite's LIKE only folds ASCII case, so "ecole" would not find "École": searching a folded copy
    behaves the same on SQLite and PostgreSQL. "Orée d'Anjou" becomes "oree d anjou".
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ascii_text = ascii_text.replace("œ", "oe").replace("æ", "ae")
    return _NON_ALNUM.sub(" ", ascii_text).strip()


def count(number: int, singular: str, plural: str | None = None) -> str:
    """« 0 fiche », « 1 fiche », « 2 fiches »: French takes the singular for 0 and 1."""
    return f"{number} {singular if abs(number) < 2 else plural or singular + 's'}"
