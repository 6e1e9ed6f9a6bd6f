"""Downloading a document of a fiche: only for those who may see the fiche, always as an attachment."""

import mimetypes
import posixpath
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

from actions import access
from actions.models import FicheDocument


def document_download(request, slug, number, pk):
    fiche = access.get_fiche(request.user, slug, number)  # 404 for a fiche the user may not see
    document = FicheDocument.objects.filter(fiche=fiche, pk=pk).exclude(file="").first()
    if document is None or not document.file.storage.exists(document.file.name):
        raise Http404("Document introuvable.")
    filename = posixpath.basename(document.file.name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if settings.DOCUMENT_SENDFILE:
        # The web server sends the bytes; this view only decided who may have them.
        response = HttpResponse(content_type=content_type)
        if settings.DOCUMENT_SENDFILE == "x-accel-redirect":
            response["X-Accel-Redirect"] = settings.DOCUMENT_ACCEL_PREFIX + quote(document.file.name)
        else:
            response["X-Sendfile"] = document.file.path
    else:
        response = FileResponse(document.file.open("rb"), content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
