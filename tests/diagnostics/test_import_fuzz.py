"""Fuzzing the import of an indicator file (Hypothesis), CSV and XLSX: whatever its cells hold, the file is either
imported or refused with French problems located by row and column; never an uncaught exception (a 500)."""

import csv
import io

import pytest
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st

from cls_portal.imports.reading import WorkbookError
from cls_portal.imports.uploads import StaleImportError
from diagnostics.importing.importer import IndicatorImporter
from tests.diagnostics.files import xlsx_bytes
from tests.fuzz import FUZZ, cell_texts, xlsx_cells

pytestmark = pytest.mark.usefixtures("catalogue")

HEADER = ["Code commune", "Année", "taux_pauvrete"]
rows = st.lists(
    st.tuples(st.just("49023") | cell_texts, st.just("2021") | cell_texts, cell_texts), min_size=1, max_size=4
)


def csv_file(data) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([HEADER, *data])
    return buffer.getvalue().encode("utf-8", errors="surrogatepass")


def check(content, filename):
    importer = IndicatorImporter(filename=filename, source="ors")
    try:
        preview = importer.prepare(content)
    except WorkbookError as refusal:
        assert str(refusal)[:1].isupper(), str(refusal)
        return
    if not preview.ok:
        assert preview.errors and all(str(problem) for problem in preview.errors)
        if not preview.mapping_problems:
            assert all(problem.location is not None for problem in preview.errors), [str(p) for p in preview.errors]
        return
    with transaction.atomic():
        try:
            importer.apply(preview)
        except StaleImportError as refusal:
            assert str(refusal)
        transaction.set_rollback(True)


@FUZZ
@given(data=rows)
def test_any_csv_cells_are_imported_or_refused_with_located_french_problems(data):
    check(csv_file(data), "ors.csv")


@FUZZ
@given(data=st.lists(st.tuples(st.just("49023") | xlsx_cells, st.just(2021) | xlsx_cells, xlsx_cells), max_size=4))
def test_any_xlsx_cells_are_imported_or_refused_with_located_french_problems(data):
    try:
        content = xlsx_bytes([HEADER, *data])
    except ValueError:  # what openpyxl cannot write, no spreadsheet saves
        return
    check(content, "ors.xlsx")
