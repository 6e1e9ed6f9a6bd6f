"""What an uploaded file really is, read from its first bytes rather than from its name, so that a program renamed
`.pdf` is refused; and a cap on the size of any request, checked before its body is read."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat

ZIP_SIGNATURE = b"PK\x03\x04"
SIGNATURES = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}
# Office files are zip archives: the part that names their kind.
ZIP_KINDS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
OPENDOCUMENT_KINDS = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
EXTENSION_KIND = {"jpeg": "jpg"}
TEXT_SAMPLE = 64 * 1024


def _is_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def content_kind(file) -> str | None:
    """ "pdf", "png", "jpg", "docx", "xlsx", "odt", "ods", "csv" (text), or None: what the bytes are."""
    file.seek(0)
    head = file.read(TEXT_SAMPLE)
    file.seek(0)
    for kind, signature in SIGNATURES.items():
        if head.startswith(signature):
            return kind
    if head.startswith(ZIP_SIGNATURE):
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
                mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
        except (zipfile.BadZipFile, KeyError, OSError):
            return None
        finally:
            file.seek(0)
        for kind, part in ZIP_KINDS.items():
            if part in names:
                return kind
        for kind, declared in OPENDOCUMENT_KINDS.items():
            if mimetype == declared:
                return kind
        return None
    # A text sample cut in the middle of a UTF-8 character still decodes as cp1252.
    return "csv" if head and _is_text(head) else None


def validate_content_matches_extension(file):
    """The bytes are what the extension says (a `.pdf` is a PDF), or the upload is refused in French."""
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    expected = EXTENSION_KIND.get(extension, extension)
    found = content_kind(file)
    if found != expected:
        raise ValidationError(
            f"Le contenu de « {file.name} » ne correspond pas à un fichier .{extension} : il est refusé. "
            "Vérifiez que c'est bien le document attendu, enregistré dans ce format.",
            code="content_mismatch",
        )


class RequestSizeLimitMiddleware:
    """Refuses a request whose body announces more than MAX_REQUEST_SIZE bytes with a 413, before Django reads it
    (Django's own limits apply only to form fields, not to uploaded files)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_SIZE:
            context = {"limit": filesizeformat(settings.MAX_REQUEST_SIZE), "size": filesizeformat(length)}
            return render(request, "errors/413.html", context, status=413)
        return self.get_response(request)
