"""A coordinator generates the contract for signature, follows the rendering without reloading the page, downloads
it, brings back the signed scan and records the signature: the contract is signed. The rendering goes through the
database task backend and a real worker (`django_tasks_db`'s), run beside the live server."""

import threading

import pytest
from django.db import connections
from django_tasks_db.management.commands.db_worker import Worker
from playwright.sync_api import expect

from contracts.enums import ContractStatus
from contracts.models import Contract
from documents.enums import RenderingStatus
from documents.models import Rendering, SignedScan
from tests.browser.conftest import ARTIFACTS, login
from tests.contracts.factories import make_ready_to_sign
from tests.factories import DEFAULT_PASSWORD

SCAN = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% contrat signe\n"


@pytest.fixture
def worker(live_server, settings):
    """The documents worker, in a thread, on the database backend (the production setting)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    shared = connections["default"] if connections["default"].vendor == "sqlite" else None
    if shared is not None:
        shared.inc_thread_sharing()
    worker = Worker(
        queue_names=["default"],
        interval=0.5,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="parcours-navigateur",
        excluded_queue_names=[],
    )

    def run():
        if shared is not None:
            # SQLite in memory: the live server's one shared connection, as its own thread does.
            connections["default"] = shared
        try:
            worker.run()
        finally:
            if shared is None:
                connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def stop():
        """On SQLite the worker shares the live server's connection: stop it before the journey writes again."""
        if thread.is_alive():
            worker.running = False
            thread.join(timeout=30)

    yield stop
    stop()
    if shared is not None:
        shared.dec_thread_sharing()


def test_coordinator_renders_the_contract_downloads_it_and_records_the_signed_scan(
    page, screenshot, worker, contract, coordinator, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    make_ready_to_sign(contract)
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    block = page.locator("section[aria-labelledby=documents]")
    block.get_by_role("button", name="Générer le contrat (PDF)").click()
    expect(page.get_by_text("La version 1 de « Contrat » est demandée")).to_be_visible()
    page.wait_for_load_state("load")  # the page the request redirected to has finished loading (icons, scripts)

    # From here on the page is never reloaded: htmx brings the state every 2 s until the version is ready.
    loads = []
    page.on("load", lambda _: loads.append(page.url))
    expect(block.get_by_text("Prêt", exact=True)).to_be_visible(timeout=120_000)
    assert loads == []
    worker()
    assert Rendering.objects.get().status == RenderingStatus.DONE
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    block.screenshot(path=ARTIFACTS / "documents-bloc-1280.png")
    page.set_viewport_size({"width": 390, "height": 844})
    block.screenshot(path=ARTIFACTS / "documents-bloc-390.png")
    page.set_viewport_size({"width": 1280, "height": 900})

    with page.expect_download() as download_info:
        block.get_by_role("link", name="Télécharger la version 1").click()
    download = download_info.value
    assert download.suggested_filename.endswith("-v1.pdf")
    assert download.path().read_bytes().startswith(b"%PDF")

    block.get_by_role("link", name="Déposer le scan signé de la version 1").click()
    scan = tmp_path / "contrat-signe.pdf"
    scan.write_bytes(SCAN)
    page.get_by_label("Scan signé").set_input_files(str(scan))
    page.get_by_role("button", name="Déposer le scan signé").click()
    expect(page.get_by_role("heading", name="Enregistrer la signature")).to_be_visible()
    expect(page.get_by_text("Le scan signé de la version 1 est enregistré.")).to_be_visible()
    page.get_by_label("Date de signature", exact=True).fill("2026-11-30")
    page.get_by_label("Lieu de signature").fill("Beaupréau-en-Mauges")
    screenshot("confirmation-signature")
    page.get_by_role("button", name="Confirmer la signature").click()

    expect(page.get_by_text("Le contrat est maintenant « signé (en vigueur) ».")).to_be_visible()
    expect(block.get_by_text("Scan signé déposé le")).to_be_visible()
    screenshot("contrat-signe")
    contract = Contract.objects.get(pk=contract.pk)
    assert contract.status == ContractStatus.SIGNED and contract.signature_place == "Beaupréau-en-Mauges"
    assert SignedScan.objects.get().uploaded_by == coordinator
