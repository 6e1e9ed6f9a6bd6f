"""Validators of the files uploaded to the documents app, with the French messages shown next to the field."""

from django.core.validators import FileExtensionValidator

validate_pdf_extension = FileExtensionValidator(
    allowed_extensions=["pdf"],
    message="Le scan signé doit être un fichier PDF (« .%(extension)s » n'est pas accepté).",
)
