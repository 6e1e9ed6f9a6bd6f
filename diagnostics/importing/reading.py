"""Reading an indicator file as it comes from a producer: CSV (« ; » or « , », tabs; UTF-8 or Windows-1252) or
XLSX, with notes above the header and below the data, every cell read as text (« 01001 » stays « 01001 »).

    table = read_table(content, filename)      # WorkbookError with a French message when it cannot be read

The header is the first row, among the first ones, that names the most columns; rows after the last data row that
fill at most one cell with something that is not a territory code are notes (« Source : INSEE… »).
"""

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from cls_portal.imports.cells import read_text
from cls_portal.imports.reading import WorkbookError, open_workbook

# A national file (35,000 communes × 10 indicators × 3 years, one row per value) is about 40 Mo.
MAX_FILE_SIZE = 200 * 1024 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
DELIMITERS = (";", ",", "\t")
DELIMITER_NAMES = {";": "point-virgule", ",": "virgule", "\t": "tabulation"}
CODE_LIKE = re.compile(r"^\s*(\d{4,9}|2[AB]\d{3}|\d[\dAB]\d{0,3}|FR|FRANCE)\s*$", re.IGNORECASE)


@dataclass
class Table:
    """The data block of a file: one text column per header, and `row`, the row number in the file."""

    sheet: str
    headers: list[str]
    header_row: int
    frame: pd.DataFrame  # columns 0..n-1 (text, "" when empty) and "row"
    encoding: str = ""
    delimiter: str = ""
    notes_above: list[str] = field(default_factory=list)
    notes_below: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def sample(self, count=5) -> list[list[str]]:
        return self.frame.head(count)[list(range(len(self.headers)))].values.tolist()

    def describe(self) -> str:
        parts = []
        if self.delimiter:
            parts.append(f"CSV séparé par {DELIMITER_NAMES[self.delimiter]}s, encodage {self.encoding}")
        else:
            parts.append(f"classeur Excel, feuille « {self.sheet} »")
        parts.append(f"en-tête en ligne {self.header_row}")
        parts.append(f"{len(self.frame)} ligne{'s' if len(self.frame) > 1 else ''} de données")
        return ", ".join(parts)


def read_table(content: bytes, filename: str, *, max_size: int = MAX_FILE_SIZE) -> Table:
    """The data block of a CSV or XLSX file. XLSX files are opened by `cls_portal.imports.reading` (size, zip and
    formula checks); CSV files are read with pandas, which a national file of a million rows needs."""
    if len(content) > max_size:
        raise WorkbookError(
            f"Le fichier pèse {len(content) / 1024 / 1024:.0f} Mo : la taille maximale est de "
            f"{max_size / 1024 / 1024:.0f} Mo."
        )
    if not content.strip():
        raise WorkbookError("Le fichier est vide.")
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx" or content.startswith(b"PK"):
        return _read_xlsx(content, max_size)
    if suffix in (".xls", ".ods"):
        raise WorkbookError("Enregistrez le fichier au format « Classeur Excel (.xlsx) » ou « CSV » puis importez-le.")
    return _read_csv(content, Path(filename).stem or "fichier")


# CSV -----------------------------------------------------------------------------------------------------------------


def decode(content: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), else Windows-1252 (what Excel writes in France)."""
    try:
        return content.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace"), "Windows-1252"


def _head_lines(text: str, count: int) -> list[tuple[int, int, str]]:
    """(line number, offset of the line, line) of the first `count` lines."""
    lines, offset = [], 0
    for number in range(1, count + 1):
        end = text.find("\n", offset)
        line = text[offset:] if end == -1 else text[offset:end]
        lines.append((number, offset, line.rstrip("\r")))
        if end == -1:
            break
        offset = end + 1
    return lines


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # a carriage return alone inside quotes: the line cut as it comes (pandas reads the data)
        return line.split(delimiter)


def _filled(cells) -> int:
    return sum(1 for cell in cells if cell.strip())


def _sniff_delimiter(lines: list[str]) -> str:
    """The separator that cuts a line into the most filled cells (the header), then the most lines so."""

    def score(delimiter):
        counts = [_filled(_split(line, delimiter)) for line in lines if line.strip()]
        if not counts:
            return (0, 0)
        widest = max(counts)
        return (widest, sum(1 for c in counts if c == widest))

    return max(DELIMITERS, key=score)


def _read_csv(content: bytes, sheet: str) -> Table:
    text, encoding = decode(content)
    if "\x00" in text[:10000]:
        raise WorkbookError("Ce fichier n'est ni un fichier CSV ni un classeur Excel (.xlsx).")
    head = _head_lines(text, HEADER_SEARCH_ROWS + 5)
    delimiter = _sniff_delimiter([line for _, _, line in head])
    split_head = [(number, offset, _split(line, delimiter)) for number, offset, line in head]
    header_at = _header_index([cells for _, _, cells in split_head[:HEADER_SEARCH_ROWS]])
    header_number, _, header_cells = split_head[header_at]
    headers = _headers(header_cells)
    notes_above = [" ".join(c.strip() for c in cells if c.strip()) for _, _, cells in split_head[:header_at]]
    data_start = split_head[header_at + 1][1] if header_at + 1 < len(split_head) else len(text)
    data_end, notes_below = _trailing_notes(text, data_start, delimiter)
    block = text[data_start:data_end]
    width = len(headers)
    try:
        frame = pd.read_csv(
            io.StringIO(block),
            sep=delimiter,
            header=None,
            names=list(range(width)),
            dtype=object,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
            quotechar='"',
            index_col=False,
        )
    except pd.errors.ParserError as error:
        match = re.search(r"line (\d+), saw (\d+)", str(error))
        if match:
            line = header_number + int(match.group(1))
            raise WorkbookError(
                f"Ligne {line} : {match.group(2)} cellules alors que l'en-tête (ligne {header_number}) en nomme "
                f"{width}. Vérifiez le séparateur et les guillemets de cette ligne."
            ) from error
        raise WorkbookError("Le fichier CSV est illisible : vérifiez son séparateur et ses guillemets.") from error
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame(columns=list(range(width)))
    frame["row"] = range(header_number + 1, header_number + 1 + len(frame))
    frame = _drop_empty_rows(frame, width)
    return Table(
        sheet=sheet,
        headers=headers,
        header_row=header_number,
        frame=frame,
        encoding=encoding,
        delimiter=delimiter,
        notes_above=[note for note in notes_above if note],
        notes_below=notes_below,
    )


def _trailing_notes(text: str, start: int, delimiter: str) -> tuple[int, list[str]]:
    """Where the data ends, and the notes below it (read from the end of the file, bottom up)."""
    end, notes = len(text), []
    while end > start:
        cut = text.rfind("\n", start, end - 1)
        line_start = start if cut == -1 else cut + 1
        line = text[line_start:end].strip("\r\n")
        cells = [c.strip() for c in _split(line, delimiter)] if line.strip() else []
        filled = [c for c in cells if c]
        if not filled:
            end = line_start
            continue
        if len(filled) == 1 and not CODE_LIKE.match(filled[0]):
            notes.append(filled[0])
            end = line_start
            continue
        break
    return end, list(reversed(notes))


def _header_index(rows: list[list[str]]) -> int:
    """The first of the rows that fills the most cells (notes above the header fill one or two)."""
    counts = [_filled(cells) for cells in rows]
    if not counts or max(counts) < 2:
        raise WorkbookError(
            "Le fichier ne compte pas de ligne d'en-tête d'au moins deux colonnes (code du territoire et valeur) "
            f"dans ses {HEADER_SEARCH_ROWS} premières lignes."
        )
    return counts.index(max(counts))


def _headers(cells) -> list[str]:
    headers = [read_text(cell) for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    return [header or f"Colonne {index + 1}" for index, header in enumerate(headers)]


def _drop_empty_rows(frame: pd.DataFrame, width: int) -> pd.DataFrame:
    if frame.empty:
        return frame
    filled = pd.Series(False, index=frame.index)
    for column in range(width):
        filled |= frame[column].astype(str).str.strip() != ""
    return frame[filled].reset_index(drop=True)


# XLSX ----------------------------------------------------------------------------------------------------------------


def _cell_text(cell) -> str:
    value = getattr(cell, "value", None)
    # A cell shown as « 12,5 % » holds 0.125: the file means 12.5 (the catalogue gives the unit).
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        value = round(value * 100, 10)
    return read_text(value)


def _read_xlsx(content: bytes, max_size: int) -> Table:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = open_workbook(content, max_size=max_size)
    try:
        worksheet = next((ws for ws in workbook.worksheets if not ws.hidden), workbook.worksheets[0])
        rows = [[_cell_text(cell) for cell in row] for row in worksheet.iter_rows(values_only=False)]
        other_sheets = [ws.title for ws in workbook.worksheets if ws is not worksheet]
    finally:
        workbook.close()
    rows_with_numbers = list(enumerate(rows, 1))
    if not any(_filled(cells) for _, cells in rows_with_numbers):
        raise WorkbookError(f"La feuille « {worksheet.title} » est vide.")
    header_at = _header_index([cells for _, cells in rows_with_numbers[:HEADER_SEARCH_ROWS]])
    header_number, header_cells = rows_with_numbers[header_at]
    headers = _headers(header_cells)
    width = len(headers)
    notes_above = [" ".join(c for c in cells if c) for _, cells in rows_with_numbers[:header_at] if _filled(cells)]
    data = rows_with_numbers[header_at + 1 :]
    notes_below = []
    while data:
        filled = [c for c in data[-1][1] if c]
        if not filled:
            data.pop()
        elif len(filled) == 1 and not CODE_LIKE.match(filled[0]):
            notes_below.insert(0, filled[0])
            data.pop()
        else:
            break
    records = [(cells + [""] * width)[:width] + [number] for number, cells in data if _filled(cells)]
    frame = pd.DataFrame(records, columns=[*range(width), "row"])
    table = Table(
        sheet=worksheet.title,
        headers=headers,
        header_row=header_number,
        frame=frame,
        notes_above=notes_above,
        notes_below=notes_below,
    )
    if worksheet.hidden:
        table.warnings.append(
            f"La feuille « {worksheet.title} » est masquée dans le classeur : elle est lue quand même."
        )
    if other_sheets:
        names = ", ".join(f"« {name} »" for name in other_sheets)
        table.warnings.append(
            f"Seule la première feuille visible, « {worksheet.title} », est lue ; ignorées : {names}."
        )
    return table
