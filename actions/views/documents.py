"""Downloading a document of a fiche: only for those who may see the fiche, always as an attachment."""

import mimetypes
import posixpath

from django.http import Http404

from actions import access
from actions.models import FicheDocument
from cls_portal.downloads import attachment_response


def document_download(request, slug, number, pk):
    fiche = access.get_fiche(request.user, slug, number)  # 404 for a fiche the user may not see
    document = FicheDocument.objects.filter(fiche=fiche, pk=pk).exclude(file="").first()
    if document is None or not document.file.storage.exists(document.file.name):
        raise Http404("Document introuvable.")
    filename = posixpath.basename(document.file.name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return attachment_response(document.file, filename, content_type)
