"""Sending a stored file once a view has checked who may have it: always as an attachment, with its real type and
`nosniff`; the web server sends the bytes itself when DOCUMENT_SENDFILE says so (see README, « Configuration »)."""

from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, HttpResponse


def attachment_response(field_file, filename, content_type):
    """The response that downloads `field_file` (a stored FieldFile) as `filename`."""
    if settings.DOCUMENT_SENDFILE:
        # The web server sends the bytes; the view only decided who may have them.
        response = HttpResponse(content_type=content_type)
        if settings.DOCUMENT_SENDFILE == "x-accel-redirect":
            response["X-Accel-Redirect"] = settings.DOCUMENT_ACCEL_PREFIX + quote(field_file.name)
        else:
            response["X-Sendfile"] = field_file.path
    else:
        response = FileResponse(field_file.open("rb"), content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
