"""Field validators of the plan d'action, with the French messages users read next to the fields."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.template.defaultfilters import filesizeformat

NUMBER_RE = re.compile(r"^\d+(\.\d+)*$")
PERCENT_MESSAGE = "L'avancement est un pourcentage entre 0 et 100."
YEAR_MIN, YEAR_MAX = 2000, 2100

DOCUMENT_MAX_SIZE = 10 * 1024 * 1024  # 10 Mo
DOCUMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "png", "jpg", "jpeg", "csv"]


def validate_number(value):
    """ "1", "1.2", "1.2.3": digits separated by dots."""
    if not NUMBER_RE.match(value or ""):
        raise ValidationError(
            "Le numéro s'écrit avec des chiffres séparés par des points, par exemple « 1.2 ».", code="number_format"
        )


def number_key(number: str) -> tuple:
    """Natural sort key: "1.10" comes after "1.9"."""
    return tuple(int(part) if part.isdigit() else 0 for part in (number or "").split("."))


def starts_with(number: str, prefix: str) -> bool:
    return number.startswith(f"{prefix}.") and len(number) > len(prefix) + 1


def validate_year(year: int):
    """The year of a budget line or an indicator value: the plan's years, not a typo."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ValidationError(f"Indiquez une année entre {YEAR_MIN} et {YEAR_MAX}.", code="year_range")


def validate_document_size(file):
    if file.size > DOCUMENT_MAX_SIZE:
        raise ValidationError(
            f"Le fichier pèse {filesizeformat(file.size)} : la taille maximale est de 10 Mo.", code="file_too_large"
        )


validate_document_extension = FileExtensionValidator(
    allowed_extensions=DOCUMENT_EXTENSIONS,
    message=(
        "Les fichiers « .%(extension)s » ne sont pas acceptés. Formats acceptés : "
        "PDF, DOCX, XLSX, ODT, ODS, PNG, JPG et CSV."
    ),
)


PERCENT_VALIDATORS = [MinValueValidator(0, PERCENT_MESSAGE), MaxValueValidator(100, PERCENT_MESSAGE)]


def percent_field(field):
    """A form field of a progress percentage: one French message for any value outside 0-100, and the input bounds."""
    field.validators = [
        validator for validator in field.validators if not isinstance(validator, MinValueValidator | MaxValueValidator)
    ] + PERCENT_VALIDATORS
    field.widget.attrs.update({"min": 0, "max": 100})
    return field
