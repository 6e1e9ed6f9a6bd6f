"""Opening an uploaded workbook and reading the rows of the portal's template, with located problems."""

import io
import warnings
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook

from actions.excel import cells
from actions.excel.schema import DATA_SHEETS, FICHES
from cls_portal.text import fold

MAX_FILE_SIZE = 5 * 1024 * 1024  # 5 Mo
MAX_ROWS = 5000  # per sheet: a plan has tens of fiches; more is a wrong file


class WorkbookError(Exception):
    """The file cannot be read as a plan at all (wrong type, unreadable, missing columns): a French message."""


@dataclass(frozen=True)
class Location:
    sheet: str
    row: int | None = None
    column: str | None = None

    def __str__(self):
        parts = [f"Feuille « {self.sheet} »"]
        if self.row:
            parts.append(f"ligne {self.row}")
        if self.column:
            parts.append(f"colonne « {self.column} »")
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    message: str
    location: Location | None = None

    def __str__(self):
        return f"{self.location} : {self.message}" if self.location else self.message


@dataclass
class RowData:
    """One data row: its values by column key (raw cells until `parse_row`), and where each came from."""

    sheet: str
    row: int
    values: dict
    headers: dict = field(default_factory=dict)  # column key -> header text as found in the file

    def at(self, key=None) -> Location:
        return Location(self.sheet, self.row, self.headers.get(key) if key else None)

    def has(self, key) -> bool:
        return key in self.values


@dataclass
class SheetRows:
    rows: list[RowData] = field(default_factory=list)
    present: bool = False


@dataclass
class PlanRows:
    """What a workbook says, sheet by sheet, in the portal's template terms (also produced by the TeT reader)."""

    source: str  # "portail" or "tet"
    sheets: dict[str, SheetRows] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def rows(self, sheet) -> list[RowData]:
        return self.sheets.get(sheet.title, SheetRows()).rows

    def present(self, sheet) -> bool:
        return self.sheets.get(sheet.title, SheetRows()).present


def open_workbook(content: bytes):
    """An openpyxl workbook (values, not formulas), or WorkbookError."""
    if len(content) > MAX_FILE_SIZE:
        raise WorkbookError(f"Le fichier pèse {len(content) / 1024 / 1024:.1f} Mo : la taille maximale est de 5 Mo.")
    if not content.startswith(b"PK") or not zipfile.is_zipfile(io.BytesIO(content)):
        raise WorkbookError(
            "Ce fichier n'est pas un classeur Excel (.xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » "
            "puis importez-le à nouveau."
        )
    try:
        with warnings.catch_warnings():
            # Excel extensions openpyxl does not know (slicers, conditional formats) only raise warnings.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged or foreign zip file
        raise WorkbookError(
            "Le classeur est illisible : vérifiez qu'il s'agit bien d'un fichier .xlsx enregistré par Excel, "
            "LibreOffice ou le portail."
        ) from error


def sheet_values(worksheet, *, limit=MAX_ROWS + 20):
    """The rows of a worksheet as tuples of values, with their Excel row number."""
    for number, row in enumerate(worksheet.iter_rows(values_only=True), 1):
        if number > limit:
            raise WorkbookError(f"La feuille « {worksheet.title} » compte plus de {MAX_ROWS} lignes : fichier refusé.")
        yield number, row


def is_empty(values) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def find_sheet(workbook, title):
    wanted = fold(title)
    return next((ws for ws in workbook.worksheets if fold(ws.title) == wanted), None)


def read_portal_rows(workbook) -> PlanRows:
    """Rows of every data sheet of the portal's template; a missing required column is a WorkbookError."""
    plan = PlanRows(source="portail")
    for sheet in DATA_SHEETS:
        worksheet = find_sheet(workbook, sheet.title)
        if worksheet is None:
            if sheet is FICHES:
                raise WorkbookError("Le classeur n'a pas de feuille « Fiches ».")
            continue
        plan.sheets[sheet.title] = _read_sheet(worksheet, sheet, plan)
    return plan


def _read_sheet(worksheet, sheet, plan) -> SheetRows:
    result = SheetRows(present=True)
    rows = sheet_values(worksheet)
    header_row = next(rows, (1, ()))[1] or ()
    by_header = {fold(column.header): column for column in sheet.columns}
    positions = {}
    for index, header in enumerate(header_row):
        text = cells.read_text(header)
        if not text:
            continue
        column = by_header.get(fold(text))
        if column is None:
            plan.warnings.append(Problem("colonne inconnue, ignorée.", Location(worksheet.title, 1, text)))
        elif column.key in positions.values():
            raise WorkbookError(f"Feuille « {worksheet.title} » : la colonne « {text} » apparaît deux fois.")
        elif not column.readonly or column.key in ("contract", "version"):
            positions[index] = column.key
    found = set(positions.values())
    missing = [column.header for column in sheet.columns if column.required and column.key not in found]
    if missing:
        names = ", ".join(f"« {name} »" for name in missing)
        raise WorkbookError(
            f"Feuille « {worksheet.title} » : colonne{'s' if len(missing) > 1 else ''} obligatoire"
            f"{'s' if len(missing) > 1 else ''} absente{'s' if len(missing) > 1 else ''} de la première ligne : "
            f"{names}."
        )
    headers = {key: sheet.column(key).header for key in found}
    for number, values in rows:
        if is_empty(values):
            continue
        row_values = {key: values[index] if index < len(values) else None for index, key in positions.items()}
        result.rows.append(RowData(worksheet.title, number, row_values, headers))
    return result
