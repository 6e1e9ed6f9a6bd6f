"""Text helpers shared by every app."""

import re
import unicodedata
from decimal import Decimal

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# C0 control characters but tab, line feed and carriage return: what XML 1.0 (so XLSX) cannot hold, and what nobody
# types on purpose (a vertical tab or a form feed comes pasted from a word processor).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """`text` without control characters, its line breaks as \\n: what forms keep, imports read and exports write."""
    return CONTROL_CHARACTERS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


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


def decimal_text(value) -> str:
    """« 310 », « 12,5 »: a decimal as French writes it, without trailing zeros nor exponent (`normalize()` alone
    writes 310 as « 3.1E+2 »)."""
    return format(Decimal(value).normalize(), "f").replace(".", ",")
