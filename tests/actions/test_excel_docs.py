"""docs/excel.md and docs/plan.md say what the code does: the template's columns are built from `actions.excel.schema`
(the « Fiches » sheet from `actions.fields`), and every field of a fiche is documented."""

import re
from pathlib import Path

import pytest

from actions.excel.schema import DATA_SHEETS
from actions.excel.tet import COLUMNS
from actions.fields import FICHE_FIELDS

DOCS = Path(__file__).resolve().parents[2] / "docs"
DOC = (DOCS / "excel.md").read_text(encoding="utf-8")
PLAN_DOC = (DOCS / "plan.md").read_text(encoding="utf-8")

FORMATS = {
    "text": "text",
    "code": "number (« 1.2 »)",
    "bool": "« oui » / « non »",
    "date": "date JJ/MM/AAAA",
    "choice": "French label of the list",
    "int": "integer",
    "decimal": "number",
    "list": "list separated by « ; »",
}


def sheet_table(sheet) -> str:
    """The table of docs/excel.md that describes `sheet`."""
    lines = ["| Column | Field | Format | Notes |", "|---|---|---|---|"]
    for column in sheet.columns:
        required = "**Required.**" if column.required else ""
        readonly = "Information only (read back only to warn)." if column.readonly else ""
        notes = " ".join(part for part in (required, readonly, column.help) if part)
        lines.append(f"| {column.header} | `{column.key}` | {FORMATS[column.kind]} | {notes} |")
    return "\n".join(lines)


@pytest.mark.parametrize("sheet", DATA_SHEETS, ids=lambda sheet: sheet.title)
def test_each_sheet_of_the_template_is_documented_as_the_schema_says(sheet):
    section = DOC[DOC.index(f"### Sheet « {sheet.title} »") :]
    assert f"{sheet.help}\n\n{sheet_table(sheet)}\n" in section, f"docs/excel.md, {sheet.title}:\n{sheet_table(sheet)}"


def test_every_tet_column_read_is_documented():
    table = DOC[DOC.index("| TeT column |") :]
    for header in COLUMNS:
        assert header in table, header


def test_every_field_of_a_fiche_is_in_the_data_model_of_docs_plan():
    table = PLAN_DOC[PLAN_DOC.index("### `FicheAction`") : PLAN_DOC.index("### Sub-models")]
    documented = {name for cells in re.findall(r"^\| ([a-z_, ]+) \|", table, re.M) for name in cells.split(", ")}
    declared = {field.key for field in FICHE_FIELDS if field.model_field is not None}
    assert declared <= documented, sorted(declared - documented)
