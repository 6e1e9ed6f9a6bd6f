"""Workbooks for the Excel tests: the portal's export edited like a user would, and Territoires en Transitions'."""

import io

from openpyxl import Workbook, load_workbook

# The TeT template's headers as the issue lists them (TeT's newer versions add more columns, ignored with a warning).
TET_HEADERS = [
    "Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de l'action", "Titre de la sous-action", "Descriptif",
    "Instances de gouvernance", "Objectifs", "Indicateurs liés", "Structure pilote", "Moyens humains et techniques",
    "Partenaires", "Direction ou service pilote", "Personne pilote", "Élu·e référent·e", "Participation Citoyenne",
    "Financements", "Financeur 1", "Montant € HT", "Financeur 2", "Montant € HT", "Financeur 3", "Montant € HT",
    "Budget prévisionnel total € HT", "Statut", "Niveau de priorité", "Date de début", "Date de fin",
]  # fmt: skip


def tet_workbook(rows, *, headers=TET_HEADERS, title="Plan d'action") -> bytes:
    """A TeT export: a title on row 1, headers on row 2, TeT's instructions on row 3, then `rows` (dicts by header;
    the second and third amounts are written "Montant € HT 2" and "Montant € HT 3")."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(["Plan d'action importé de Territoires en Transitions"])
    sheet.append(headers)
    sheet.append(["Texte libre"] * len(headers))
    keys = []
    for header in headers:
        count = sum(1 for key in keys if key.split(" #")[0] == header)
        keys.append(header if count == 0 else f"{header} #{count + 1}")
    for row in rows:
        sheet.append([row.get(key.replace(" #", " ")) for key in keys])
    return save(workbook)


def save(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def edit(content: bytes, sheet_title: str, changes: dict) -> bytes:
    """The workbook with `changes` applied: {(row, header): value}; row 0 appends a new row."""
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook[sheet_title]
    headers = {cell.value: cell.column for cell in sheet[1]}
    new_row = sheet.max_row + 1
    for (row, header), value in changes.items():
        sheet.cell(row=row or new_row, column=headers[header], value=value)
    return save(workbook)


def sheet_rows(content: bytes, sheet_title: str) -> list[dict]:
    workbook = load_workbook(io.BytesIO(content), read_only=True)
    try:
        rows = list(workbook[sheet_title].iter_rows(values_only=True))
    finally:
        workbook.close()
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]
