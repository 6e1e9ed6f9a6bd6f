"""The life of a rendering: queued → rendering → done or failed, failed → queued again; everything else refused in
French; a lost rendering (its worker killed) can be started again, and a late worker cannot overwrite it."""

import datetime

import pytest
from django.utils import timezone

from documents import lifecycle
from documents.enums import RenderingKind, RenderingStatus
from tests.documents.factories import RenderingFactory

S = RenderingStatus


def _finish(rendering, attempt=1):
    return lifecycle.finish(
        rendering,
        attempt=attempt,
        file_name="documents/1/versions/1-1.pdf",
        data={"fiches": []},
        sha256="a" * 64,
        size=100,
        page_count=2,
        title="Plan d'action",
        filename="plan.pdf",
    )


def test_a_queued_rendering_starts_then_is_done(contract, coordinator):
    rendering = lifecycle.request(contract, RenderingKind.FICHES, by=coordinator)
    assert (rendering.status, rendering.number, rendering.requested_by) == (S.QUEUED, 1, coordinator)
    started = lifecycle.start(rendering.pk, task_id="tache-1")
    assert (started.status, started.attempts, started.task_id) == (S.RENDERING, 1, "tache-1")
    assert started.started_at is not None
    done = _finish(started)
    assert done.status == S.DONE and done.finished_at is not None and done.page_count == 2


def test_a_second_task_for_the_same_rendering_has_nothing_to_do(contract):
    rendering = RenderingFactory(contract=contract)
    assert lifecycle.start(rendering) is not None
    assert lifecycle.start(rendering) is None


def test_a_failed_rendering_says_why_and_can_be_queued_again(contract, coordinator):
    rendering = RenderingFactory(contract=contract, number=1)
    lifecycle.start(rendering)
    lifecycle.fail(rendering, error="La fiche-action de ce document a été supprimée.", attempt=1)
    assert rendering.status == S.FAILED and rendering.error == "La fiche-action de ce document a été supprimée."
    assert lifecycle.can_retry(rendering)
    lifecycle.retry(rendering, by=coordinator)
    assert (rendering.status, rendering.error, rendering.number) == (S.QUEUED, "", 1)


def test_a_done_version_is_never_changed(contract, coordinator):
    rendering = RenderingFactory(contract=contract, done=True, number=3)
    with pytest.raises(lifecycle.RenderingError) as refused:
        lifecycle.retry(rendering, by=coordinator)
    assert refused.value.messages == ["La version 3 « prêt » ne peut pas passer à l'état « en attente »."]
    with pytest.raises(lifecycle.RenderingError):
        lifecycle.fail(rendering, error="Trop tard.")


def test_a_rendering_in_progress_cannot_be_retried_before_the_timeout(contract, coordinator):
    rendering = RenderingFactory(contract=contract, number=1)
    lifecycle.start(rendering)
    with pytest.raises(lifecycle.RenderingError) as refused:
        lifecycle.retry(rendering, by=coordinator)
    assert refused.value.messages == ["La version 1 est en cours : attendez qu'elle aboutisse."]


def test_a_rendering_stuck_past_the_timeout_is_lost_and_can_be_retried(contract, coordinator, settings):
    settings.DOCUMENT_RENDERING_TIMEOUT = 600
    rendering = RenderingFactory(contract=contract, lost=True)
    assert lifecycle.is_lost(rendering)
    assert not lifecycle.is_lost(rendering, now=rendering.started_at + datetime.timedelta(seconds=599))
    lifecycle.retry(rendering, by=coordinator)
    assert rendering.status == S.QUEUED


def test_a_queued_rendering_no_worker_took_is_lost_too(contract, settings):
    settings.DOCUMENT_RENDERING_TIMEOUT = 600
    rendering = RenderingFactory(contract=contract, requested_at=timezone.now() - datetime.timedelta(hours=1))
    assert lifecycle.can_retry(rendering)


def test_a_worker_taken_for_dead_cannot_finish_or_fail_the_retried_version(contract, coordinator):
    rendering = RenderingFactory(contract=contract, lost=True)  # attempt 1 is still running somewhere
    lifecycle.retry(rendering, by=coordinator)
    lifecycle.start(rendering)  # attempt 2
    with pytest.raises(lifecycle.RenderingError) as refused:
        _finish(rendering, attempt=1)
    assert "a été relancée entre-temps" in refused.value.messages[0]
    lifecycle.fail(rendering, error="Échec de la tentative 1.", attempt=1)
    rendering.refresh_from_db()
    assert rendering.status == S.RENDERING and rendering.attempts == 2
    assert _finish(rendering, attempt=2).status == S.DONE
