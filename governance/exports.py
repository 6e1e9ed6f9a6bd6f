"""The contacts directory of a contract as a workbook or a CSV file: one row per seat, people in alphabetical order."""

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cls_portal.exports import export_cell, export_row

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS = [
    "Civilité",
    "Prénom",
    "Nom",
    "Fonction",
    "Adresse e-mail",
    "Téléphone",
    "Instance",
    "Rôle",
    "Suppléance de",
    "Organisation représentée",
    "Membre depuis le",
    "Membre jusqu'au",
]


def rows(people):
    """`people` from `governance.members.contacts()`: one row per seat."""
    for person in people:
        for seat in person.contract_seats:
            yield [
                person.get_civility_display() if person.civility else "",
                person.first_name,
                person.last_name,
                person.job_title,
                person.email,
                person.phone,
                seat.instance.name,
                seat.get_role_display(),
                str(seat.substitute_for.person) if seat.substitute_for_id else "",
                seat.organisation.name if seat.organisation_id else "",
                seat.start_date,
                seat.end_date,
            ]


def contacts_xlsx(people) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contacts"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(people):
        sheet.append(export_row(row))
    for index, header in enumerate(HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(14, len(header) + 2)
        for cell in sheet[get_column_letter(index)][1:]:
            if hasattr(cell.value, "year"):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def contacts_csv(people) -> str:
    """Semicolon-separated with a byte order mark, as French spreadsheets open it; dates as 31/12/2024."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows(people):
        writer.writerow([f"{v:%d/%m/%Y}" if hasattr(v, "year") else export_cell(v or "") for v in row])
    return buffer.getvalue()
