"""Fuzzing the cells of every import and export (Hypothesis): reading any cell gives a value or a French `CellError`,
and any text written by an export reads back as it was typed."""

import io

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from actions.enums import FicheStatus
from cls_portal.exports import export_cell
from cls_portal.imports import cells
from cls_portal.imports.reading import open_workbook
from cls_portal.text import clean_text
from tests.fuzz import FUZZ, FUZZ_CELLS, cell_texts, texts, typed_cells

XLSX_CELL_LIMIT = 32767
READERS = [
    cells.read_text,
    cells.read_number_code,
    cells.read_list,
    cells.read_bool,
    cells.read_date,
    cells.read_decimal,
    cells.read_int,
    lambda value: cells.read_choice(value, FicheStatus),
]


@FUZZ_CELLS
@given(value=st.one_of(typed_cells, cell_texts), reader=st.sampled_from(READERS))
def test_reading_any_cell_gives_a_value_or_a_french_cell_error(value, reader):
    try:
        reader(value)
    except cells.CellError as error:
        assert str(error).startswith("« ") and " : " not in str(error)[:2], str(error)


@FUZZ
@given(text=texts.filter(lambda text: len(text) <= XLSX_CELL_LIMIT))
def test_any_exported_text_reads_back_from_the_workbook_as_typed(text):
    """Up to what an XLSX cell holds: openpyxl cuts a longer text (Excel would refuse the file)."""
    book = Workbook()
    book.active.append([export_cell(text)])
    buffer = io.BytesIO()
    try:
        book.save(buffer)
    except ValueError:  # openpyxl refuses lone surrogates, which no form can send
        return
    workbook = open_workbook(buffer.getvalue())
    (value,) = next(workbook.worksheets[0].iter_rows()) or (None,)
    workbook.close()
    assert cells.read_text(value).strip() == clean_text(text).strip()
