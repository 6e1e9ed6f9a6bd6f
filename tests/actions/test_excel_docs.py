"""docs/excel.md documents every column of the template and of Territoires en Transitions that the import reads."""

from pathlib import Path

import pytest

from actions.excel.schema import DATA_SHEETS
from actions.excel.tet import COLUMNS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "excel.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("sheet", DATA_SHEETS, ids=lambda sheet: sheet.title)
def test_every_column_of_the_template_is_documented(sheet):
    for column in sheet.columns:
        assert f"| {column.header} | `{column.key}` |" in DOC, f"{sheet.title} / {column.header}"


def test_every_tet_column_read_is_documented():
    table = DOC[DOC.index("| TeT column |") :]
    for header in COLUMNS:
        assert header in table, header
