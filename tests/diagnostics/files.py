"""Indicator files as producers send them, built in memory for the tests."""

import csv
import io

from openpyxl import Workbook

from tests.diagnostics.conftest import MAUGES_COMMUNES, _rows


def csv_bytes(rows, *, delimiter=";", encoding="cp1252", notes_above=(), notes_below=()):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    width = len(rows[0])
    for note in notes_above:
        writer.writerow([note] + [""] * (width - 1))
    writer.writerows(rows)
    for note in notes_below:
        writer.writerow([note] + [""] * (width - 1))
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, *, title="Données", percent_columns=()):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for column in percent_columns:
        for cells in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            for cell in cells:
                cell.number_format = "0.0%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def mauges_former_codes():
    """The 64 communes déléguées of Mauges Communauté's six communes nouvelles, with their commune."""
    return [
        (f["code"], f["name"], f["commune_code"])
        for f in _rows("former_communes.csv")
        if f["commune_code"] in MAUGES_COMMUNES
    ]


def mauges_former_file(year=2021):
    """Births and a rate (numerator, denominator) for each of the 64 former communes: values from their code."""
    rows = [["Code INSEE", "Commune déléguée", "Année", "Indicateur", "Valeur", "Numérateur", "Dénominateur"]]
    for code, name, _ in mauges_former_codes():
        seed = int(code[2:])
        rows.append([code, name, year, "medecins_generalistes", str(seed % 7), "", ""])
        rows.append([code, name, year, "taux_ald", "", str(seed % 50 + 10), str(seed * 3 + 200)])
    return rows
