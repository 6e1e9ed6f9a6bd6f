"""What every export writes into a cell (`cls_portal.exports`), and the CSV/XLSX table downloads built on it."""

import csv
import io

import pytest
from openpyxl import load_workbook

from cls_portal.exports import export_cell
from cls_portal.imports import cells
from cls_portal.tables import table_response

HOSTILE = [
    '=HYPERLINK("http://exemple.invalid","cliquez")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tcommence par une tabulation",
    "\rcommence par un retour chariot",
    "'déjà une apostrophe",
    "collé de Word\x0bavec un saut de ligne vertical\x00 et un nul",
    "Ligne 1\r\nLigne 2\rLigne 3",
]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-10 % de foyers", "'-10 % de foyers"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("'cité", "''cité"),
        ("+33 2 49 10 40 00", "+33 2 49 10 40 00"),  # a number written as text runs nothing
        ("-5", "-5"),
        ("a\x0bb\x1fc\x00d", "abcd"),
        ("\rdébut", "\ndébut"),
        ("l1\r\nl2\rl3", "l1\nl2\nl3"),
        (12.5, 12.5),
        (None, None),
    ],
)
def test_every_export_cell_is_neutralised_and_cleaned(value, written):
    assert export_cell(value) == written


@pytest.mark.parametrize("text", HOSTILE)
def test_an_exported_text_reads_back_as_it_was_typed(text):
    """But for its control characters, its line breaks as \\n and the spaces around it (imports strip them)."""
    expected = text.replace("\x0b", "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").strip()
    assert cells.read_text(export_cell(text)).strip() == expected


def test_a_table_download_neutralises_its_cells_in_csv_and_in_xlsx():
    rows = [[text, 3] for text in HOSTILE]
    content = table_response(filename="t", headers=["=Titre", "n"], rows=rows, fmt="csv").content.decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert read[0] == ["'=Titre", "n"]
    assert [row[0] for row in read[1:]] == [export_cell(text) for text in HOSTILE]
    assert not any(char in content for char in "\x00\x0b")

    content = table_response(filename="t", headers=["=Titre", "n"], rows=rows, fmt="xlsx").content
    sheet = load_workbook(io.BytesIO(content)).active
    assert [cell.value for cell in sheet[1]] == ["'=Titre", "n"]
    assert [sheet.cell(row=row, column=1).value for row in range(2, len(HOSTILE) + 2)] == [
        export_cell(text) for text in HOSTILE
    ]
    assert all(sheet.cell(row=row, column=1).data_type == "s" for row in range(1, len(HOSTILE) + 2))
