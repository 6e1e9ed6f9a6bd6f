"""Rendering in the background: the task writes the file then marks the version done; a failure leaves a French
message and can be retried; a worker killed in the middle leaves no version done; the database backend and its
worker (`manage.py db_worker`) run it for real."""

import datetime

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from documents import fiche_document, lifecycle, rendering, tasks
from documents.enums import RenderingKind, RenderingStatus
from documents.models import Rendering

S = RenderingStatus


def _request(contract, user, **subject):
    return lifecycle.request(contract, RenderingKind.FICHES, by=user, enqueue=tasks.enqueue, **subject)


def test_a_rendering_is_done_with_its_file_data_digest_and_pages(contract, coordinator, plan, media):
    version = _request(contract, coordinator)
    assert version.status == S.DONE and version.task_id
    assert version.title == "Plan d'action — CLS de Mauges Communauté"
    assert version.download_name == "plan-action-mauges-v1.pdf"
    assert [fiche["number"] for fiche in version.data["fiches"]] == ["1.1", "1.2", "2.1"]
    assert version.sha256 == rendering.snapshot_digest(version.data)
    assert version.sha256 == rendering.snapshot_digest(fiche_document.build_selection(contract).data())
    with version.file.open("rb") as stored:
        pdf = stored.read()
    assert pdf.startswith(b"%PDF") and len(pdf) == version.size
    assert version.page_count == rendering.count_pages(pdf) >= 5
    assert version.file.name == f"documents/{contract.pk}/versions/{version.pk}-1.pdf"


def test_the_footer_says_the_version_its_date_and_the_digest(contract):
    version = Rendering(contract=contract, number=3)
    footer = rendering.footer_text(version, "f" * 64, on=datetime.datetime(2026, 12, 2, 9, 0, tzinfo=datetime.UTC))
    assert footer == "Version 3 du 2 décembre 2026 — empreinte SHA-256 : " + "f" * 64


def test_a_failed_rendering_says_why_in_french_and_succeeds_when_retried(contract, coordinator, plan, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("cairo: out of memory")

    monkeypatch.setattr(fiche_document.FichesDocument, "render_pdf", broken)
    version = _request(contract, coordinator)
    assert version.status == S.FAILED
    assert version.error.startswith("Le document n'a pas pu être produit (erreur interne lors de la mise en page).")
    assert "cairo" not in version.error
    assert not version.file

    monkeypatch.undo()
    lifecycle.retry(version, by=coordinator, enqueue=tasks.enqueue)
    assert (version.status, version.number, version.attempts, version.error) == (S.DONE, 1, 2, "")


def test_a_fiche_deleted_before_its_rendering_fails_with_the_reason(contract, coordinator, plan):
    fiche = plan["nutrition"]
    version = lifecycle.request(contract, RenderingKind.FICHE, by=coordinator, fiche=fiche)
    fiche.delete()
    rendering.perform(version.pk)
    version.refresh_from_db()
    assert version.status == S.FAILED
    assert version.error == "La fiche-action de ce document a été supprimée : il ne peut plus être rendu."


class WorkerKilled(BaseException):
    """What the process sees of a SIGKILL: nothing after this point runs, not even `except Exception`."""


def test_a_killed_worker_leaves_no_version_done(client, coordinator, contract, plan, monkeypatch, settings):
    save = default_storage.save

    def killed_half_way(name, content, **kwargs):
        save(name, type(content)(content.read()[:200]))  # half a file on the disk
        raise WorkerKilled

    monkeypatch.setattr(default_storage, "save", killed_half_way)
    version = lifecycle.request(contract, RenderingKind.FICHES, by=coordinator)
    with pytest.raises(WorkerKilled):
        rendering.perform(version.pk)
    version.refresh_from_db()
    assert version.status == S.RENDERING and not version.file and version.data is None
    assert not Rendering.objects.filter(status=S.DONE).exists()
    client.force_login(coordinator)
    download = reverse("documents:download", args=[contract.slug, version.pk])
    assert client.get(download).status_code == 404
    assert "Réessayer" not in client.get(reverse("documents:list", args=[contract.slug])).content.decode()

    # Past the timeout the page calls it interrupted and offers to start it again, which cleans the half file.
    monkeypatch.undo()
    settings.DOCUMENT_RENDERING_TIMEOUT = 60
    Rendering.objects.filter(pk=version.pk).update(started_at=version.started_at - datetime.timedelta(minutes=5))
    html = client.get(reverse("documents:list", args=[contract.slug])).content.decode()
    assert "Interrompu" in html and "Réessayer" in html
    half_file = rendering.storage_name(version, 1)
    assert default_storage.exists(half_file)
    response = client.post(reverse("documents:retry", args=[contract.slug, version.pk]))
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.status == S.DONE and version.attempts == 2
    assert not default_storage.exists(half_file)
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


# Transactional: the worker closes a connection left outside autocommit, as the test's transaction would leave it.
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("database_tasks")
def test_the_database_backend_queues_the_task_and_the_worker_renders_it(client, coordinator, contract, plan):
    client.force_login(coordinator)
    response = client.post(reverse("documents:request", args=[contract.slug]), {"kind": RenderingKind.FICHES})
    assert response.status_code == 302
    version = Rendering.objects.get()
    assert version.status == S.QUEUED
    task = DBTaskResult.objects.get()
    assert str(task.id) == version.task_id and task.task_path == "documents.tasks.render_document"

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    version.refresh_from_db()
    task.refresh_from_db()
    assert version.status == S.DONE and version.page_count >= 5
    assert task.status == "SUCCESSFUL" and task.return_value == S.DONE
