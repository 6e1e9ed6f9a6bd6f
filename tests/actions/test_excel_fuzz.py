"""Fuzzing the import of a plan workbook (Hypothesis): whatever its cells hold, the file is either imported or
refused with French problems located by sheet, row and column; never an uncaught exception (a 500)."""

import io

import pytest
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from actions.excel.importers import StaleImportError, apply_import, prepare_import, read_plan
from actions.excel.schema import AXES, BUDGET, FICHES
from cls_portal.imports.reading import WorkbookError
from tests.fuzz import FUZZ, xlsx_cells

FICHE_HEADERS = [column.header for column in FICHES.columns if not column.readonly]
# A row of the « Fiches » sheet: valid identifying cells, then any cells in any columns (the keys included).
KEYS = {"Axe": "1", "Numéro": "1.1", "Intitulé": "Fiche"}
fiche_rows = st.fixed_dictionaries(
    {header: st.just(value) | xlsx_cells for header, value in KEYS.items()},
    optional={header: xlsx_cells for header in FICHE_HEADERS if header not in KEYS},
)

BUDGET_HEADERS = [column.header for column in BUDGET.columns]
budget_rows = st.fixed_dictionaries(
    {
        "Fiche": st.just("1.1") | xlsx_cells,
        "Année": st.just(2024) | xlsx_cells,
        "Financeur": st.just("ARS") | xlsx_cells,
        "Montant prévu (€)": xlsx_cells,
    },
    optional={"Montant réalisé (€)": xlsx_cells, "Nature": xlsx_cells, "Précision sur le financeur": xlsx_cells},
)


def workbook(rows, budget=()) -> bytes:
    book = Workbook()
    axes = book.active
    axes.title = AXES.title
    axes.append(["Numéro", "Intitulé"])
    axes.append(["1", "Axe un"])
    fiches = book.create_sheet(FICHES.title)
    fiches.append(FICHE_HEADERS)
    for row in rows:
        fiches.append([row.get(header) for header in FICHE_HEADERS])
    lines = book.create_sheet(BUDGET.title)
    lines.append(BUDGET_HEADERS)
    for row in budget:
        lines.append([row.get(header) for header in BUDGET_HEADERS])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def assert_french(message: str):
    assert message and message[0].isupper() and any(char in message for char in "éèàêç«"), message


@pytest.mark.django_db
@FUZZ
@given(rows=st.lists(fiche_rows, min_size=1, max_size=3), budget=st.lists(budget_rows, max_size=2))
def test_any_cells_are_imported_or_refused_with_located_french_problems(contract, coordinator, rows, budget):
    try:
        content = workbook(rows, budget)
    except ValueError:  # openpyxl refuses what no spreadsheet could save (a text of more than 32,767 characters…)
        return
    try:
        preview = prepare_import(contract, read_plan(content, contract))
    except WorkbookError as refusal:
        assert_french(str(refusal))
        return
    if not preview.ok:
        for problem in preview.errors:
            assert problem.location is not None and problem.location.sheet in (FICHES.title, BUDGET.title), str(
                problem
            )
            assert problem.location.row, str(problem)
            assert problem.message and not problem.message[0].isupper(), str(problem)  # it completes the location
        return
    with transaction.atomic():
        try:
            result = apply_import(preview, user=coordinator)
        except StaleImportError as refusal:
            assert_french(str(refusal))
        else:
            assert result.created or result.updated
        transaction.set_rollback(True)
