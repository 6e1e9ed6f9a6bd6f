"""Opening an uploaded spreadsheet (XLSX or CSV) safely, and reading a sheet's rows by column key, each cell located.

    workbook = open_spreadsheet(content, filename)     # WorkbookError with a French message if it cannot be read
    rows = read_sheet(find_sheet(workbook, "Fiches"), SHEET, report)
    for row in rows.rows: row.values["key"], row.at("key")   # raw cell values, and where each came from

Headers are matched ignoring case and accents, columns may come in any order, unknown columns are ignored with a
warning, a missing required column refuses the file. Cells are read as values, never as formulas: a formula saved
without its calculated value refuses the file, naming its cell. A hidden sheet is read, with a warning.
"""

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

from cls_portal.imports import cells
from cls_portal.imports.report import Location, Report
from cls_portal.text import fold

MAX_FILE_SIZE = 5 * 1024 * 1024  # 5 Mo
# A workbook is a zip file: what is parsed is its unpacked parts. A plan of 5,000 rows unpacks to about 3 Mo, at a
# ratio of 20 to 30; a « zip bomb » (844 Ko of shared strings unpacking to 340 Mo) passes both limits by far.
MAX_UNPACKED_SIZE = 100 * 1024 * 1024  # 100 Mo
MAX_RATIO = 100
MAX_ROWS = 5000  # per sheet: an import has tens or hundreds of rows; more is a wrong file
CSV_DELIMITERS = ";,\t"


class WorkbookError(Exception):
    """The file cannot be read at all (wrong type, unreadable, missing columns): a French message."""


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its French header, the key its values are read under, how its cells are written."""

    header: str
    key: str  # a model field name, or a pseudo-field for what is not a plain field
    kind: str = "text"  # text, code, bool, date, choice, int, decimal, list (see `cells`)
    width: int = 30
    choices: type | None = None
    required: bool = False
    readonly: bool = False  # exported for information; an import does not write it
    help: str = ""
    former_headers: tuple[str, ...] = ()  # what files exported by earlier versions call it, still read

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header, *self.former_headers)


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    help: str

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


@dataclass
class RowData:
    """One data row: its values by column key (raw cells until they are read), and where each came from."""

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


# Opening ------------------------------------------------------------------------------------------------------------


def _check_size(content: bytes, max_size: int):
    if len(content) > max_size:
        raise WorkbookError(
            f"Le fichier pèse {len(content) / 1024 / 1024:.1f} Mo : la taille maximale est de "
            f"{max_size / 1024 / 1024:g} Mo."
        )


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} Mo" if size >= 1024 * 1024 else f"{size / 1024:.0f} Ko"


def _check_unpacked_size(content: bytes, max_unpacked: int):
    """Refuse a workbook whose parts would unpack beyond `max_unpacked`, or at a ratio no spreadsheet has.

    The sizes are those the zip file declares: `zipfile` (which openpyxl reads with) stops at the declared size of
    a part and refuses a part that unpacks to more (CRC error), so a file cannot lie its way past this check.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise WorkbookError(
            "Ce fichier n'est pas un classeur Excel (.xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » "
            "puis importez-le à nouveau."
        ) from None
    if unpacked > max_unpacked:
        raise WorkbookError(
            f"Le classeur décompressé pèserait {_megabytes(unpacked)} : la limite est de {_megabytes(max_unpacked)}. "
            "Ce fichier est refusé ; importez un classeur plus petit (moins de lignes, sans images)."
        )
    if unpacked > 1024 * 1024 and unpacked > MAX_RATIO * len(content):
        raise WorkbookError(
            f"Le classeur est anormalement compressé ({_megabytes(len(content))} qui en font "
            f"{_megabytes(unpacked)} une fois décompressés) : ce fichier est refusé. Enregistrez-le à nouveau "
            "avec Excel ou LibreOffice puis importez-le."
        )


class _UncalculatedFormula(Exception):
    def __init__(self, coordinate):
        self.coordinate = coordinate


class _ValuesParser(WorkSheetParser):
    """openpyxl's parser of a sheet's cells, which reads a formula saved without its value as an empty cell: a file
    written by a program that calculates nothing (a spreadsheet always saves the value beside the formula)."""

    def parse_cell(self, element):
        cell = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None and not _calculated_empty_text(element):
            raise _UncalculatedFormula(element.get("r") or f"{get_column_letter(cell['column'])}{cell['row']}")
        return cell


def _calculated_empty_text(element) -> bool:
    """A formula whose result is the empty text (=SI(A1="";"";A1)): Excel and LibreOffice write it <v></v> in a
    text cell (t="str"); a formula never calculated has no <v>, or an empty one in a number cell (openpyxl)."""
    return element.get("t") == "str" and element.find(VALUE_TAG) is not None


class XlsxSheet:
    """A sheet of an uploaded workbook, read row by row once (openpyxl's read-only sheet, with its cells parsed by
    `_ValuesParser`). `iter_rows()` gives tuples of values, or of openpyxl's read-only cells (`values_only=False`,
    for their number format)."""

    def __init__(self, worksheet):
        self._worksheet = worksheet
        self.title = worksheet.title
        self.sheet_state = worksheet.sheet_state
        # (first row, first column, last row, last column) of each merged range, known once every row was read
        # (a sheet lists its merged cells after its rows).
        self.merged_ranges: list[tuple[int, int, int, int]] = []

    @property
    def epoch(self):
        """The workbook's date system (1900, or 1904 for files of old Mac Excel): what a date serial counts from."""
        return self._worksheet.parent.epoch

    @property
    def hidden(self) -> bool:
        return self.sheet_state != "visible"

    def iter_rows(self, values_only=True):
        # openpyxl's ReadOnlyWorksheet._cells_by_row, with our parser (same private attributes, openpyxl 3.1).
        worksheet, workbook = self._worksheet, self._worksheet.parent
        try:
            with worksheet._get_source() as source:
                parser = _ValuesParser(
                    source,
                    worksheet._shared_strings,
                    data_only=True,
                    epoch=workbook.epoch,
                    date_formats=workbook._date_formats,
                    timedelta_formats=workbook._timedelta_formats,
                )
                expected = 1
                for number, cells_of_row in parser.parse():
                    for _ in range(expected, number):
                        yield ()
                    expected = number + 1
                    width = max((cell["column"] for cell in cells_of_row), default=0)
                    row = [None] * width
                    for cell in cells_of_row:
                        row[cell["column"] - 1] = cell["value"] if values_only else ReadOnlyCell(worksheet, **cell)
                    yield tuple(row)
                merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
                self.merged_ranges = [_bounds(item.ref) for item in merged if item.ref]
        except _UncalculatedFormula as formula:
            raise WorkbookError(
                f"Feuille « {self.title} » : la cellule {formula.coordinate} contient une formule sans valeur "
                "calculée : ouvrez le fichier dans un tableur et enregistrez-le, puis importez-le à nouveau."
            ) from None
        except (SyntaxError, ValueError, KeyError, IndexError, OSError, zipfile.BadZipFile) as error:
            # A damaged sheet (truncated, hand-written XML): XML parse errors are SyntaxErrors.
            raise WorkbookError(
                f"La feuille « {self.title} » est illisible : enregistrez le classeur à nouveau avec Excel ou "
                "LibreOffice puis importez-le."
            ) from error


def _bounds(reference: str) -> tuple[int, int, int, int]:
    first_column, first_row, last_column, last_row = range_boundaries(reference)
    return first_row, first_column, last_row, last_column


class XlsxWorkbook:
    def __init__(self, workbook):
        self._workbook = workbook
        self.worksheets = [XlsxSheet(worksheet) for worksheet in workbook.worksheets]

    @property
    def sheetnames(self) -> list[str]:
        return [sheet.title for sheet in self.worksheets]

    def close(self):
        self._workbook.close()


def open_workbook(content: bytes, *, max_size: int = MAX_FILE_SIZE, max_unpacked: int = MAX_UNPACKED_SIZE):
    """The workbook (values, not formulas), or WorkbookError; its size is checked before it is parsed."""
    _check_size(content, max_size)
    if not content.startswith(b"PK") or not zipfile.is_zipfile(io.BytesIO(content)):
        raise WorkbookError(
            "Ce fichier n'est pas un classeur Excel (.xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » "
            "puis importez-le à nouveau."
        )
    _check_unpacked_size(content, max_unpacked)
    try:
        with warnings.catch_warnings():
            # Excel extensions openpyxl does not know (slicers, conditional formats) only raise warnings.
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors on a damaged or foreign zip file
        raise WorkbookError(
            "Le classeur est illisible : vérifiez qu'il s'agit bien d'un fichier .xlsx enregistré par Excel, "
            "LibreOffice ou le portail."
        ) from error
    return XlsxWorkbook(workbook)


class CsvSheet:
    """A CSV file read as the one worksheet of a workbook (the part of openpyxl's API that reading uses)."""

    sheet_state = "visible"
    hidden = False
    merged_ranges = ()
    epoch = None

    def __init__(self, title: str, rows: list[tuple]):
        self.title = title
        self._rows = rows

    def iter_rows(self, values_only=True):
        return iter(self._rows)


class CsvWorkbook:
    def __init__(self, sheet: CsvSheet):
        self.worksheets = [sheet]
        self.sheetnames = [sheet.title]

    def close(self):
        pass


def open_csv(content: bytes, *, title: str, max_size: int = MAX_FILE_SIZE) -> CsvWorkbook:
    """A CSV file (UTF-8, else Windows-1252; « ; », « , » or tab separated) as a one-sheet workbook titled `title`."""
    _check_size(content, max_size)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise WorkbookError("Ce fichier n'est pas un fichier CSV : enregistrez-le au format « CSV » (texte).")
    sample = text[:10000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
    except csv.Error:  # one column, or too few rows to tell: the separator found most often
        delimiter = max(CSV_DELIMITERS, key=sample.count)
        dialect = type("Dialect", (csv.excel,), {"delimiter": delimiter})
    rows = [tuple(cell if cell.strip() else None for cell in row) for row in csv.reader(io.StringIO(text), dialect)]
    return CsvWorkbook(CsvSheet(title, rows))


def open_spreadsheet(content: bytes, filename: str, *, max_size: int = MAX_FILE_SIZE):
    """The workbook of an uploaded .xlsx or .csv file (a CSV file is one sheet, titled after the file)."""
    path = Path(filename)
    if path.suffix.lower() == ".csv":
        return open_csv(content, title=path.stem, max_size=max_size)
    if path.suffix.lower() == ".xlsx":
        return open_workbook(content, max_size=max_size)
    raise WorkbookError("Le fichier doit être un classeur Excel (.xlsx) ou un fichier CSV (.csv).")


# Reading ------------------------------------------------------------------------------------------------------------


def sheet_values(worksheet, *, stop_after: int | None = None, max_rows: int = MAX_ROWS):
    """The rows of a worksheet as tuples of values, with their row number; refused beyond `max_rows` (and a margin).

    `stop_after` stops quietly after that many rows (to look for headers near the top).
    """
    limit = max_rows + 20
    for number, row in enumerate(worksheet.iter_rows(values_only=True), 1):
        if stop_after is not None and number > stop_after:
            return
        if number > limit:
            raise WorkbookError(f"La feuille « {worksheet.title} » compte plus de {max_rows} lignes : fichier refusé.")
        yield number, row


def fill_merged(rows: dict[int, list], merged_ranges, *, below: int = 0):
    """Copy the value of each merged range down its first column, as the sheet shows it (openpyxl gives it to the
    first cell only): a TeT axe merged over the rows of its actions is every row's axe. `rows` are lists by row
    number, changed in place; a range is filled only below row `below` (not from headers), never across columns
    (a description merged over three columns stays in the first)."""
    for first_row, first_column, last_row, _ in merged_ranges:
        if first_row <= below or first_row not in rows:
            continue
        top = rows[first_row]
        value = top[first_column - 1] if first_column - 1 < len(top) else None
        for number in range(first_row + 1, last_row + 1):
            row = rows.setdefault(number, [])
            if len(row) < first_column:
                row.extend([None] * (first_column - len(row)))
            if row[first_column - 1] is None:
                row[first_column - 1] = value


def is_empty(values) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def find_sheet(workbook, title):
    wanted = fold(title)
    return next((ws for ws in workbook.worksheets if fold(ws.title) == wanted), None)


def sheet_names(workbook) -> str:
    """« « Feuil1 », « Données » »: the sheets a workbook has, to say what was found instead of what was expected."""
    return ", ".join(f"« {title} »" for title in workbook.sheetnames) or "aucune"


HIDDEN_SHEET_WARNING = "cette feuille est masquée dans le classeur : elle est importée comme les autres."


def warn_if_hidden(worksheet, report: Report):
    if worksheet.hidden:
        report.warn(HIDDEN_SHEET_WARNING, Location(worksheet.title))


def read_sheet(worksheet, sheet: Sheet, report: Report, *, max_rows: int = MAX_ROWS) -> SheetRows:
    """The data rows of `worksheet`, its headers on the first row matched to `sheet`'s columns.

    An unknown column is a warning of `report`; a column found twice or a missing required column is a WorkbookError.
    """
    result = SheetRows(present=True)
    warn_if_hidden(worksheet, report)
    rows = sheet_values(worksheet, max_rows=max_rows)
    header_row = next(rows, (1, ()))[1] or ()
    by_header = {fold(header): column for column in sheet.columns for header in column.headers}
    positions = {}
    for index, header in enumerate(header_row):
        text = cells.read_text(header)
        if not text:
            continue
        column = by_header.get(fold(text))
        if column is None:
            report.warn("colonne inconnue, ignorée.", Location(worksheet.title, 1, text))
        elif column.key in positions.values():
            raise WorkbookError(f"Feuille « {worksheet.title} » : la colonne « {text} » apparaît deux fois.")
        else:
            positions[index] = column.key
    found = set(positions.values())
    missing = [column.header for column in sheet.columns if column.required and column.key not in found]
    if missing:
        names = ", ".join(f"« {name} »" for name in missing)
        plural = "s" if len(missing) > 1 else ""
        raise WorkbookError(
            f"Feuille « {worksheet.title} » : colonne{plural} obligatoire{plural} absente{plural} de la première "
            f"ligne : {names}."
        )
    headers = {key: sheet.column(key).header for key in found}
    for number, values in rows:
        if is_empty(values):
            continue
        row_values = {key: values[index] if index < len(values) else None for index, key in positions.items()}
        result.rows.append(RowData(worksheet.title, number, row_values, headers))
    return result
