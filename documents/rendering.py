"""Rendering one version: build its document, keep the data it is made from, write the PDF, then mark it done.

The order makes a killed worker harmless: the file is written to the storage under a name of its own (the version
and the attempt) before the row says « prêt » in one transaction; a worker killed before that leaves the version
« en cours » with no file the portal points to, which the page offers to start again past
DOCUMENT_RENDERING_TIMEOUT. A later attempt deletes what an earlier one may have left in the storage.
"""

import io
import json
import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from pypdf import PdfReader

from cls_portal.templatetags.portail import long_date
from documents import annual_report, contract_document, fiche_document, lifecycle
from documents.enums import RenderingKind
from documents.models import Rendering
from documents.snapshot import snapshot_digest

logger = logging.getLogger(__name__)


def _fiche(rendering):
    if rendering.fiche is None:
        raise lifecycle.RenderingError("La fiche-action de ce document a été supprimée : il ne peut plus être rendu.")
    return fiche_document.build_fiche(rendering.fiche)


def _avenant(rendering):
    return contract_document.build(rendering.contract, avenant=rendering.avenant)


# The document each kind is built by (a function of the rendering returning an object with `title`, `filename`,
# `data()` and `render_pdf(footer=…)`).
BUILDERS = {
    RenderingKind.CONTRACT: lambda rendering: contract_document.build(rendering.contract, as_amended=True),
    RenderingKind.CONTRACT_AS_SIGNED: lambda rendering: contract_document.build(rendering.contract, as_amended=False),
    RenderingKind.AVENANT: _avenant,
    RenderingKind.FICHE: _fiche,
    RenderingKind.FICHES: lambda rendering: fiche_document.build_selection(rendering.contract, rendering.selection),
    RenderingKind.ANNUAL_REPORT: lambda rendering: annual_report.AnnualReport(rendering.contract, rendering.year),
}


def available_kinds():
    return set(BUILDERS)


def footer_text(rendering, digest, *, on=None) -> str:
    """« Version 3 du 2 décembre 2026 — empreinte SHA-256 : … », printed on every page."""
    on = timezone.localdate(on) if on else timezone.localdate()
    return f"Version {rendering.number} du {long_date(on)} — empreinte SHA-256 : {digest}"


def count_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def storage_name(rendering, attempt) -> str:
    return f"documents/{rendering.contract_id}/versions/{rendering.pk}-{attempt}.pdf"


def failure_message(error) -> str:
    """What the page says of a failed rendering: the domain's own sentence, else a French one (the details go to
    the log)."""
    if isinstance(error, lifecycle.RenderingError):
        return " ".join(error.messages)
    if isinstance(error, contract_document.TemplateErrors):
        return (
            "Les textes des articles ont des erreurs : "
            + " ".join(error.problems)
            + " Corrigez-les (aperçu du contrat), puis réessayez."
        )
    messages = getattr(error, "messages", None)
    if messages and all(isinstance(message, str) for message in messages):
        return " ".join(messages)
    return (
        "Le document n'a pas pu être produit (erreur interne lors de la mise en page). Réessayez ; si l'échec se "
        "répète, signalez-le à l'équipe du portail en indiquant le document et la version."
    )


def _forget_earlier_files(rendering, attempt):
    for earlier in range(1, attempt):
        name = storage_name(rendering, earlier)
        if default_storage.exists(name):
            default_storage.delete(name)


def perform(rendering_id, *, task_id="") -> str:
    """Render the version `rendering_id` if it is still queued; returns its final status."""
    rendering = lifecycle.start(rendering_id, task_id=task_id)
    if rendering is None:
        return Rendering.objects.get(pk=rendering_id).status
    attempt = rendering.attempts
    name = ""
    try:
        with translation.override("fr"):
            build = BUILDERS.get(rendering.kind)
            if build is None:
                raise lifecycle.RenderingError(
                    f"Le portail ne sait pas encore produire « {rendering.get_kind_display()} »."
                )
            document = build(rendering)
            data = document.data()
            digest = snapshot_digest(data)
            pdf = document.render_pdf(footer=footer_text(rendering, digest, on=rendering.started_at))
            pages = count_pages(pdf)
        _forget_earlier_files(rendering, attempt)
        name = default_storage.save(storage_name(rendering, attempt), ContentFile(pdf))
        lifecycle.finish(
            rendering,
            attempt=attempt,
            file_name=name,
            data=json.loads(json.dumps(data, cls=DjangoJSONEncoder)),
            sha256=digest,
            size=len(pdf),
            page_count=pages,
            title=document.title,
            filename=document.filename,
        )
    except Exception as error:
        if name:
            default_storage.delete(name)
        lifecycle.fail(rendering, error=failure_message(error), attempt=attempt)
        if isinstance(error, lifecycle.RenderingError | contract_document.TemplateErrors):
            return rendering.status  # a failure the domain explains: its sentence is on the page
        # Unexpected: the task result keeps the traceback for whoever runs the portal.
        logger.exception("Rendering %s (attempt %s) failed", rendering_id, attempt)
        raise
    return rendering.status
