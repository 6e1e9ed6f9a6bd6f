"""What every export writes into a cell, XLSX and CSV alike: the one home of the rules that make a downloaded table
safe to open and faithful to what was typed. Every exporter passes its cells through `export_cell` (or its rows
through `export_row`).

- Formula injection (OWASP « CSV injection »): a text a spreadsheet would run as a formula (it starts with =, +, -,
  @, a tab or a carriage return) gets a leading apostrophe, which spreadsheets hide; so does a text that already
  starts with one, so that `cls_portal.imports.cells.unneutralise` gives back exactly what was exported. A number
  written as text (« +33 6 12 34 56 78 », « -5 ») runs nothing and stays as it is.
- Control characters: XLSX (XML 1.0) cannot store most of them and openpyxl raises on them (a vertical tab pasted
  from Word made the plan download answer 500): they are removed, from CSV too, so that both formats say the same.
- Line breaks are written \\n: XML turns a lone \\r into \\n when the file is read back, and the import normalises
  the same way, so a multi-line text comes back unchanged.
"""

import re

from cls_portal.text import clean_text

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER_AS_TEXT = re.compile(r"^[+\-][\d\s().-]+$")


def neutralise(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would take for a formula (and to text already starting with one)."""
    if text.startswith(QUOTE) or (text.startswith(FORMULA_TRIGGERS) and not _NUMBER_AS_TEXT.match(text)):
        return QUOTE + text
    return text


def export_cell(value):
    """A cell as every export writes it: text cleaned then neutralised; numbers, dates and None as they are."""
    if isinstance(value, str):
        return neutralise(clean_text(value))
    return value


def export_row(values) -> list:
    return [export_cell(value) for value in values]
