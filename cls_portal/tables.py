"""Any table of the portal as a CSV or XLSX download: the same headers and rows as on the page."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook

from cls_portal.exports import export_row

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def table_response(*, filename: str, headers: list[str], rows, fmt: str) -> HttpResponse:
    """`rows`: iterables of cells (text, numbers, dates, None), written through `cls_portal.exports`. CSV takes `;`
    and a BOM, as French spreadsheets expect."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(export_row(headers))
        writer.writerows(["" if cell is None else cell for cell in export_row(row)] for row in rows)
        content = ("\ufeff" + buffer.getvalue()).encode()
    else:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(filename[:31])
        sheet.append(export_row(headers))
        for row in rows:
            sheet.append(export_row(row))
        output = io.BytesIO()
        workbook.save(output)
        content = output.getvalue()
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
