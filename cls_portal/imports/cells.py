"""Cell values: from Python to a spreadsheet and back, with the French messages of what cannot be read."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from openpyxl.utils.datetime import from_excel

from cls_portal.exports import FORMULA_TRIGGERS, QUOTE, export_cell
from cls_portal.text import clean_text, fold

LIST_SEPARATOR = "; "
LIST_SPLIT = re.compile(r"\s*;\s*")
TRUE_WORDS = {"oui", "vrai", "true", "1", "x"}
FALSE_WORDS = {"non", "faux", "false", "0"}
DATE_FORMAT = "DD/MM/YYYY"


class CellError(ValueError):
    """A cell that cannot be read; the message is French and completes « colonne « X » : ... »."""


def unneutralise(text: str) -> str:
    """The reverse of `cls_portal.exports.neutralise`, so that an exported text comes back unchanged."""
    if len(text) > 1 and text[0] == QUOTE and (text[1] == QUOTE or text[1:].startswith(FORMULA_TRIGGERS)):
        return text[1:]
    return text


def text_cell(value) -> str:
    return export_cell(str(value or ""))


def list_cell(items) -> str:
    return export_cell(LIST_SEPARATOR.join(str(item) for item in items))


def bool_cell(value: bool) -> str:
    return "oui" if value else "non"


# Reading -------------------------------------------------------------------------------------------------------------


def read_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return bool_cell(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    # Line breaks come as \r\n or \n; the portal's text fields keep \n (what exports write, `cls_portal.exports`).
    return unneutralise(clean_text(str(value))).strip()


def read_number_code(value) -> str:
    """A dotted number used as a code (a fiche's « 1.2 »): a cell typed as a number gives 1.2 (or 1 for "1")."""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return read_text(value)


def read_list(value) -> list[str]:
    text = read_text(value)
    return [item for item in LIST_SPLIT.split(text.replace("\n", ";")) if item] if text else []


def read_bool(value, *, default=None) -> bool | None:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    word = fold(read_text(value))
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(f"« {read_text(value)} » n'est pas une réponse attendue : écrivez « oui » ou « non ».")


DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("day", "month", "year")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("year", "month", "day")),
)


def read_date(value) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = read_text(value)
    for pattern, order in DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(group) for group in match.groups()), strict=True))
            try:
                return datetime.date(parts["year"], parts["month"], parts["day"])
            except ValueError:
                break
    raise CellError(f"« {text} » n'est pas une date : écrivez-la au format JJ/MM/AAAA, par exemple 01/09/2024.")


# What a spreadsheet's « General » cell holds for a date typed in it: its serial, the days since 1899-12-30. Dates of a
# plan are between these years; another number in a date column is not a date (« 2024 » is a year).
SERIAL_YEARS = (1990, 2100)
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")  # fmt: skip
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


def long_date(value: datetime.date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def date_from_serial(number, *, epoch=None) -> datetime.date:
    """The date of a spreadsheet date serial (44197 is 01/01/2021); CellError for a number that cannot be one."""
    text = read_text(number)
    if isinstance(number, int | float) and SERIAL_YEARS[0] <= number <= SERIAL_YEARS[1] and float(number).is_integer():
        raise CellError(f"« {text} » est une année, pas une date : écrivez la date complète au format JJ/MM/AAAA.")
    try:
        value = from_excel(number, epoch) if epoch is not None else from_excel(number)
    except (ValueError, OverflowError, TypeError):
        value = None
    if not isinstance(value, datetime.datetime) or not SERIAL_YEARS[0] <= value.year <= SERIAL_YEARS[1]:
        raise CellError(f"« {text} » n'est pas une date : écrivez-la au format JJ/MM/AAAA, par exemple 01/09/2024.")
    return value.date()


def date_readings(text: str) -> tuple[datetime.date | None, datetime.date | None, bool] | None:
    """A date written with numbers (« 12/14/20 », « 03/04/2021 ») read day first and month first (None where that
    reading is impossible), and whether its year has two digits; None when the text is not written that way."""
    match = NUMERIC_DATE.match(text.strip())
    if not match:
        return None
    first, second, year = (int(group) for group in match.groups())
    short_year = len(match.group(3)) == 2
    if short_year:
        year += 2000  # a plan's dates: « 20 » is 2020

    def date_or_none(day, month):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return None

    return date_or_none(first, second), date_or_none(second, first), short_year


def read_decimal(value, *, places=2) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError(f"« {read_text(value)} » n'est pas un nombre.")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = read_text(value).replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "")
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise CellError(f"« {read_text(value)} » n'est pas un nombre.") from None
    if not number.is_finite():
        raise CellError(f"« {read_text(value)} » n'est pas un nombre.")
    try:
        return number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:  # more digits than a Decimal holds (28): 1e30, 10**40
        raise CellError(f"« {read_text(value)} » est un nombre bien trop grand.") from None


def read_int(value) -> int | None:
    number = read_decimal(value, places=6)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellError(f"« {read_text(value)} » n'est pas un nombre entier.")
    return int(number)


def read_choice(value, choices) -> str:
    """The stored value of a TextChoices, from its French label (or its code), ignoring case and accents."""
    text = read_text(value)
    if not text:
        return ""
    wanted = fold(text)
    for code, label in choices.choices:
        if wanted in (fold(label), fold(code)):
            return code
    allowed = ", ".join(f"« {label} »" for label in choices.labels)
    raise CellError(f"« {text} » n'est pas une valeur possible. Valeurs possibles : {allowed}.")


def format_date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
