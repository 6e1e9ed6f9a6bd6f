"""The life of a rendering: one mapping of allowed moves and one verb function per move.

queued -> rendering -> done, or failed; failed -> queued again (« Réessayer »). A rendering still queued or rendering
past DOCUMENT_RENDERING_TIMEOUT is taken as lost (its worker was stopped or killed) and may be queued again too.

Every verb takes keyword-only arguments, re-reads the row under a lock, checks the source state, raises
`RenderingError` with a French message, sets the timestamps, inside one transaction. The attempt number guards
against a worker taken for dead that finishes after all: only the latest attempt may finish its rendering.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from contracts.models import Contract
from documents.enums import IN_PROGRESS_STATUSES, RenderingKind, RenderingStatus
from documents.models import Rendering

S = RenderingStatus

ALLOWED_TRANSITIONS = {
    S.QUEUED: {S.RENDERING, S.FAILED},
    S.RENDERING: {S.DONE, S.FAILED, S.QUEUED},
    S.FAILED: {S.QUEUED},
    # A version made is kept as it is: a new rendering makes a new version.
    S.DONE: set(),
}

# Numbering: how many times to take the next number again when another request took the same one meanwhile.
NUMBERING_ATTEMPTS = 5


class RenderingError(Exception):
    """A move the domain refuses; `messages` are French sentences shown to the user as they are."""

    def __init__(self, messages):
        if isinstance(messages, str):
            messages = [messages]
        self.messages = list(messages)
        super().__init__(" ".join(self.messages))


def series_of(kind, *, avenant=None, fiche=None, year=None):
    """The document a version belongs to: each avenant, each fiche and each year's report has its own series."""
    if kind == RenderingKind.ANNUAL_REPORT:
        return f"annee-{year}"
    if kind == RenderingKind.AVENANT:
        return f"avenant-{avenant.pk}"
    if kind == RenderingKind.FICHE:
        return f"fiche-{fiche.pk}"
    return ""


def _refusal(rendering, to):
    return (
        f"La version {rendering.number} « {S(rendering.status).label.lower()} » ne peut pas passer à l'état "
        f"« {S(to).label.lower()} »."
    )


def _lock(rendering_or_pk):
    pk = getattr(rendering_or_pk, "pk", rendering_or_pk)
    return Rendering.objects.select_for_update().get(pk=pk)


def _check_move(rendering, to):
    if to not in ALLOWED_TRANSITIONS[S(rendering.status)]:
        raise RenderingError(_refusal(rendering, to))


def _refresh(target, source):
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def is_lost(rendering, *, now=None):
    """Queued or rendering for longer than DOCUMENT_RENDERING_TIMEOUT: no worker will bring it to its end."""
    if rendering.status not in IN_PROGRESS_STATUSES:
        return False
    since = rendering.started_at if rendering.status == S.RENDERING else rendering.requested_at
    timeout = datetime.timedelta(seconds=settings.DOCUMENT_RENDERING_TIMEOUT)
    return since is not None and since + timeout < (now or timezone.now())


def can_retry(rendering):
    return rendering.status == S.FAILED or is_lost(rendering)


def request(contract, kind, *, by, avenant=None, fiche=None, year=None, selection=(), enqueue=None):
    """A new version of a document of `contract`, queued; `enqueue(rendering)` hands it to the worker and returns
    the task id. The number is the next of its series, taken under a lock on the contract so that two requests at
    once get 1 and 2 (and taken again if a database without row locks let both take the same)."""
    series = series_of(kind, avenant=avenant, fiche=fiche, year=year)
    for attempt in range(NUMBERING_ATTEMPTS):
        try:
            with transaction.atomic():
                Contract.objects.select_for_update().filter(pk=contract.pk).first()
                taken = Rendering.objects.filter(contract=contract, kind=kind, series=series).aggregate(Max("number"))
                rendering = Rendering.objects.create(
                    contract=contract,
                    kind=kind,
                    avenant=avenant,
                    fiche=fiche,
                    year=year,
                    selection=sorted(selection),
                    series=series,
                    number=(taken["number__max"] or 0) + 1,
                    requested_by=by,
                )
                _hand_over(rendering, enqueue)
            break
        except IntegrityError:
            if attempt == NUMBERING_ATTEMPTS - 1:
                raise RenderingError(
                    "Trop de demandes à la fois pour ce document : réessayez dans un instant."
                ) from None
    rendering.refresh_from_db()
    return rendering


def _hand_over(rendering, enqueue):
    """In the transaction that queues the rendering: with the database backend the task row commits with it, so
    that neither exists without the other. (An immediate backend runs the task here and then.)"""
    if enqueue is not None:
        task_id = enqueue(rendering)
        Rendering.objects.filter(pk=rendering.pk).update(task_id=str(task_id)[:64])


def start(rendering, *, task_id=""):
    """Queued → rendering, by the worker. Returns the locked row, or None when it is no longer queued (done or
    queued again meanwhile: a second task for the same rendering has nothing to do)."""
    with transaction.atomic():
        locked = _lock(rendering)
        if locked.status != S.QUEUED:
            return None
        locked.status = S.RENDERING
        locked.started_at = timezone.now()
        locked.attempts += 1
        locked.error = ""
        if task_id:
            locked.task_id = str(task_id)[:64]
        locked.save(update_fields=["status", "started_at", "attempts", "error", "task_id"])
    return locked


def finish(rendering, *, attempt, file_name, data, sha256, size, page_count, title, filename):
    """Rendering → done, once the file is entirely written to the storage under `file_name`."""
    with transaction.atomic():
        locked = _lock(rendering)
        if locked.status != S.RENDERING or locked.attempts != attempt:
            raise RenderingError(
                f"La version {locked.number} a été relancée entre-temps : ce rendu-ci n'est pas enregistré."
            )
        _check_move(locked, S.DONE)
        locked.status = S.DONE
        locked.finished_at = timezone.now()
        locked.file.name = file_name
        locked.data = data
        locked.sha256 = sha256
        locked.size = size
        locked.page_count = page_count
        locked.title = title[:300]
        locked.filename = filename[:200]
        locked.save()
    _refresh(rendering, locked)
    return rendering


def fail(rendering, *, error, attempt=None):
    """Queued or rendering → failed, with the French sentence the page shows. `attempt` (the worker's) is ignored
    when the rendering was queued again meanwhile."""
    with transaction.atomic():
        locked = _lock(rendering)
        if attempt is not None and (locked.attempts != attempt or locked.status != S.RENDERING):
            return rendering
        _check_move(locked, S.FAILED)
        locked.status = S.FAILED
        locked.finished_at = timezone.now()
        locked.error = error
        locked.save(update_fields=["status", "finished_at", "error"])
    _refresh(rendering, locked)
    return rendering


def retry(rendering, *, by, enqueue=None):
    """Failed (or lost) → queued again, the same version number; the worker renders it from scratch."""
    with transaction.atomic():
        locked = _lock(rendering)
        if not can_retry(locked):
            if locked.status in IN_PROGRESS_STATUSES:
                raise RenderingError(f"La version {locked.number} est en cours : attendez qu'elle aboutisse.")
            raise RenderingError(_refusal(locked, S.QUEUED))
        locked.status = S.QUEUED
        locked.requested_at = timezone.now()
        locked.requested_by = by
        locked.started_at = None
        locked.finished_at = None
        locked.error = ""
        locked.save()
        _hand_over(locked, enqueue)
    rendering.refresh_from_db()
    return rendering
