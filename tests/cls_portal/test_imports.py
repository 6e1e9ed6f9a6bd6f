"""The import machinery every app shares: reading XLSX and CSV files, located problems, model validation of a row,
all-or-nothing application."""

import datetime
import io

import pytest
from django.db import IntegrityError
from openpyxl import Workbook

from cls_portal.imports import cells, reading
from cls_portal.imports.reading import (
    Column,
    Sheet,
    WorkbookError,
    find_sheet,
    open_csv,
    open_spreadsheet,
    open_workbook,
    read_sheet,
    sheet_values,
)
from cls_portal.imports.report import Location, Problem, Report
from cls_portal.imports.uploads import StaleImportError, apply_all_or_nothing
from cls_portal.imports.validation import validate_row
from cls_portal.models import User
from tests.workbooks import rewrite_part, zip_bomb

INDICATORS = Sheet(
    "Indicateurs",
    (
        Column("Code géographique", "code", "code", required=True),
        Column("Libellé", "label"),
        Column("Taux de pauvreté (%)", "rate", "decimal"),
    ),
    "Une ligne par commune.",
)


def xlsx(rows, title="Indicateurs") -> bytes:
    workbook = Workbook()
    workbook.active.title = title
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_csv_file_of_the_insee_reads_like_a_sheet():
    content = (
        "\ufeffCode géographique;Libellé;Taux de pauvreté (%)\n49023;Beaupréau-en-Mauges;11,2\n\n49092;Chemillé;\n"
    )
    workbook = open_spreadsheet(content.encode("utf-8"), "filosofi-2021.csv")
    report = Report()
    rows = read_sheet(find_sheet(workbook, "filosofi-2021"), INDICATORS, report).rows
    assert report.ok and not report.warnings
    assert [(row.row, row.values["code"], row.values["label"]) for row in rows] == [
        (2, "49023", "Beaupréau-en-Mauges"),
        (4, "49092", "Chemillé"),
    ]
    assert cells.read_decimal(rows[0].values["rate"]) == cells.read_decimal("11.2")
    assert rows[1].values["rate"] is None
    assert str(rows[0].at("rate")) == "Feuille « filosofi-2021 », ligne 2, colonne « Taux de pauvreté (%) »"


def test_a_windows_csv_with_commas_is_read_too():
    content = "code géographique,LIBELLE\n49023,Beaupréau-en-Mauges\n".encode("cp1252")
    workbook = open_csv(content, title="export")
    report = Report()
    rows = read_sheet(workbook.worksheets[0], INDICATORS, report).rows
    assert rows[0].values == {"code": "49023", "label": "Beaupréau-en-Mauges"}


def test_headers_are_matched_and_unknown_columns_reported():
    report = Report()
    worksheet = open_spreadsheet(xlsx([["Année", "CODE GEOGRAPHIQUE"], [2021, 49023]]), "a.xlsx").worksheets[0]
    rows = read_sheet(worksheet, INDICATORS, report).rows
    assert rows[0].values == {"code": 49023}
    assert [str(w) for w in report.warnings] == ["Feuille « Indicateurs », ligne 1, colonne « Année » : colonne "
                                                 "inconnue, ignorée."]  # fmt: skip
    with pytest.raises(WorkbookError, match="obligatoire absente de la première ligne : « Code géographique »"):
        read_sheet(open_spreadsheet(xlsx([["Libellé"]]), "a.xlsx").worksheets[0], INDICATORS, Report())


def test_files_that_cannot_be_read_are_refused_in_french():
    with pytest.raises(WorkbookError, match="doit être un classeur Excel .* ou un fichier CSV"):
        open_spreadsheet(b"%PDF-1.7", "rapport.pdf")
    with pytest.raises(WorkbookError, match="n'est pas un classeur Excel"):
        open_spreadsheet(b"a;b\n", "faux.xlsx")
    with pytest.raises(WorkbookError, match="la taille maximale est de 1 Mo"):
        open_csv(b"x" * (1024 * 1024 + 1), title="gros", max_size=1024 * 1024)


def test_rows_beyond_the_limit_refuse_the_sheet_but_looking_near_the_top_does_not():
    worksheet = open_spreadsheet(xlsx([[n] for n in range(30)]), "a.xlsx").worksheets[0]
    assert len(list(sheet_values(worksheet, stop_after=10))) == 10
    with pytest.raises(WorkbookError, match="plus de 5 lignes"):
        list(sheet_values(worksheet, max_rows=5))


def test_a_row_is_checked_by_its_models_validation_and_errors_are_located(db):
    worksheet = open_spreadsheet(xlsx([["Code géographique"], ["x"]]), "a.xlsx").worksheets[0]
    row = read_sheet(worksheet, INDICATORS, Report()).rows[0]
    row.headers["email"] = "Adresse"
    report = Report()
    assert not validate_row(User(email="pas-une-adresse"), row, report, exclude=["password"])
    assert [str(e) for e in report.errors] == [
        "Feuille « Indicateurs », ligne 2, colonne « Adresse » : saisissez une adresse de courriel valide."
    ]
    report = Report()
    User.objects.create_user("lea@exemple.fr")
    assert not validate_row(User(email="lea@exemple.fr"), row, report, exclude=["password"])
    assert report.errors[0].location == Location("Indicateurs", 2, "Adresse")


def test_apply_all_or_nothing(db):
    with pytest.raises(ValueError):
        apply_all_or_nothing(Report(errors=[Problem("illisible.")]), lambda: None, stale_message="")

    def conflict():
        raise IntegrityError("unique")

    with pytest.raises(StaleImportError, match="Recommencez"):
        apply_all_or_nothing(Report(), conflict, stale_message="Recommencez.")


def test_a_report_as_text_lines():
    report = Report()
    report.error("la date est illisible.", Location("Fiches", 3, "Date de fin"))
    report.warn("colonne inconnue, ignorée.", Location("Fiches", 1, "Notes"))
    assert report.problem_lines() == [
        "1 erreur(s) : rien n'est importé.",
        "  - Feuille « Fiches », ligne 3, colonne « Date de fin » : la date est illisible.",
        "1 avertissement(s) :",
        "  - Feuille « Fiches », ligne 1, colonne « Notes » : colonne inconnue, ignorée.",
    ]


def test_a_zip_bomb_is_refused_before_it_is_parsed(monkeypatch):
    """An 844 Ko workbook unpacked to 340 Mo once took 3 minutes and 1.9 Go: its declared size refuses it now."""
    parsed = []
    monkeypatch.setattr(reading, "load_workbook", lambda *args, **kwargs: parsed.append(args))
    bomb = zip_bomb(xlsx([["Code géographique"], ["49023"]]), unpacked=3 * 1024 * 1024)
    assert len(bomb) < 20 * 1024
    with pytest.raises(WorkbookError, match=r"^Le classeur décompressé pèserait 3 Mo : la limite est de 2 Mo\."):
        open_workbook(bomb, max_unpacked=2 * 1024 * 1024)
    with pytest.raises(WorkbookError, match=r"^Le classeur est anormalement compressé \(\d+ Ko qui en font 3 Mo"):
        open_workbook(bomb)
    assert parsed == []


def test_a_large_but_ordinary_workbook_passes_the_unpacked_limits():
    content = xlsx([[f"4{index:04d}", "Une commune au nom ordinaire", index / 7] for index in range(4000)])
    workbook = open_workbook(content)
    assert len(list(workbook.worksheets[0].iter_rows(values_only=True))) == 4000
    workbook.close()


def test_a_formula_without_its_calculated_value_refuses_the_file_and_names_its_cell():
    workbook = Workbook()
    workbook.active.title = "Indicateurs"
    workbook.active.append(["Code géographique", "Taux de pauvreté (%)"])
    workbook.active["A12"] = "49023"
    workbook.active["B12"] = "=11+1"  # openpyxl saves the formula alone: nothing calculated it
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = find_sheet(open_workbook(buffer.getvalue()), "Indicateurs")
    with pytest.raises(WorkbookError) as error:
        read_sheet(sheet, INDICATORS, Report())
    assert str(error.value) == (
        "Feuille « Indicateurs » : la cellule B12 contient une formule sans valeur calculée : ouvrez le fichier dans "
        "un tableur et enregistrez-le, puis importez-le à nouveau."
    )


def test_formulas_saved_with_their_value_are_read_as_that_value():
    content = xlsx([["Code géographique", "Libellé", "Taux de pauvreté (%)"], ["49023", "=A1", "=1+1"]])
    calculated = rewrite_part(
        content,
        "xl/worksheets/sheet1.xml",
        lambda xml: (
            xml.replace("<f>A1</f><v></v>", "<f>A1</f><v></v>")
            .replace('<c r="B2">', '<c r="B2" t="str">')
            .replace("<f>1+1</f><v></v>", "<f>1+1</f><v>2</v>")
        ),
    )
    report = Report()
    rows = read_sheet(find_sheet(open_workbook(calculated), "Indicateurs"), INDICATORS, report).rows
    assert [(row.values["label"], row.values["rate"]) for row in rows] == [(None, 2)]


def test_a_hidden_sheet_is_read_with_a_warning():
    workbook = Workbook()
    workbook.active.title = "Indicateurs"
    workbook.active.append(["Code géographique"])
    workbook.active.append(["49023"])
    workbook.active.sheet_state = "hidden"
    workbook.create_sheet("Notes")
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = Report()
    rows = read_sheet(find_sheet(open_workbook(buffer.getvalue()), "Indicateurs"), INDICATORS, report).rows
    assert [row.values["code"] for row in rows] == ["49023"]
    assert [str(w) for w in report.warnings] == [
        "Feuille « Indicateurs » : cette feuille est masquée dans le classeur : elle est importée comme les autres."
    ]


def test_a_damaged_sheet_is_refused_in_french():
    content = rewrite_part(xlsx([["Code géographique"], ["49023"]]), "xl/worksheets/sheet1.xml", lambda xml: xml[:-40])
    with pytest.raises(WorkbookError, match="^La feuille « Indicateurs » est illisible"):
        read_sheet(find_sheet(open_workbook(content), "Indicateurs"), INDICATORS, Report())


@pytest.mark.parametrize("value", ["1e400", 1e300, 10**40, "1e30"])
def test_a_number_too_large_for_a_decimal_is_a_cell_error_not_a_crash(value):
    """Found by tests/actions/test_excel_fuzz.py: `quantize` raised InvalidOperation (a 500)."""
    with pytest.raises(cells.CellError, match="est un nombre bien trop grand"):
        cells.read_decimal(value)
    with pytest.raises(cells.CellError, match="est un nombre bien trop grand"):
        cells.read_int(value)


def test_merged_ranges_are_known_once_the_sheet_is_read_and_fill_their_first_column_down():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Titre"])
    sheet.append(["Axe", "Action", "Description", "Suite"])
    sheet.append(["Axe 1", "Action A", "Texte sur deux colonnes", None])
    sheet.append([None, "Action B", None, None])
    sheet.append(["Axe 2", "Action C", None, None])
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("C3:D3")
    buffer = io.BytesIO()
    workbook.save(buffer)
    worksheet = open_workbook(buffer.getvalue()).worksheets[0]
    rows = {number: list(values) for number, values in sheet_values(worksheet)}
    assert sorted(worksheet.merged_ranges) == [(1, 1, 1, 4), (3, 1, 4, 1), (3, 3, 3, 4)]
    reading.fill_merged(rows, worksheet.merged_ranges, below=2)
    assert [rows[n][:4] + [None] * (4 - len(rows[n])) for n in (3, 4, 5)] == [
        ["Axe 1", "Action A", "Texte sur deux colonnes", None],
        ["Axe 1", "Action B", None, None],
        ["Axe 2", "Action C", None, None],
    ]
    assert rows[1] == ["Titre"]  # above `below`: titles and headers stay as they are


def test_date_serials_and_numeric_dates_read_both_ways():
    assert cells.date_from_serial(45292) == datetime.date(2024, 1, 1)
    assert cells.date_from_serial(45292, epoch=datetime.datetime(1904, 1, 1)) == datetime.date(2028, 1, 2)
    with pytest.raises(cells.CellError, match="« 2024 » est une année, pas une date"):
        cells.date_from_serial(2024)
    with pytest.raises(cells.CellError, match="« 12 » n'est pas une date"):
        cells.date_from_serial(12)
    assert cells.date_readings("12/14/20") == (None, datetime.date(2020, 12, 14), True)
    assert cells.date_readings("03/04/2021") == (datetime.date(2021, 4, 3), datetime.date(2021, 3, 4), False)
    assert cells.date_readings("31.12.2025") == (datetime.date(2025, 12, 31), None, False)
    assert cells.date_readings("2025-12-31") is None and cells.date_readings("fin 2025") is None
