"""The « Documents » block of the contract page, the documents page, the buttons of the fiche and plan pages, the
progress shown without a reload, and the downloads."""

import pytest
from django.urls import reverse

from documents.enums import RenderingKind, RenderingStatus
from documents.models import Rendering
from tests.actions.factories import AxeFactory, FicheFactory
from tests.documents.factories import RenderingFactory

S = RenderingStatus


def _html(response):
    return response.content.decode().replace("&#x27;", "'")


def test_a_coordinator_sees_the_buttons_and_a_reader_only_the_versions(client, coordinator, reader, contract, plan):
    RenderingFactory(contract=contract, done=True, number=1, requested_by=coordinator, page_count=12, size=34567)
    url = reverse("contracts:detail", args=[contract.slug])
    client.force_login(coordinator)
    html = _html(client.get(url))
    assert '<h2 id="documents" class="fr-mt-4w">Documents</h2>' in html
    assert "Générer toutes les fiches-action (PDF)" in html
    assert "12 pages · 33,8\xa0Kio" in html
    assert "par Claude Coordinateur" in html
    client.force_login(reader)
    html = _html(client.get(url))
    assert "Générer toutes les fiches-action (PDF)" not in html
    assert 'Télécharger<span class="fr-sr-only"> la version 1' in html


def test_asking_for_a_document_from_the_contract_page_comes_back_to_it(client, coordinator, contract, plan):
    client.force_login(coordinator)
    page = reverse("contracts:detail", args=[contract.slug])
    response = client.post(
        reverse("documents:request", args=[contract.slug]), {"kind": RenderingKind.FICHES, "next": page}, follow=True
    )
    version = Rendering.objects.get()
    assert response.redirect_chain == [(f"{page}#version-{version.pk}", 302)]
    html = _html(response)
    assert "La version 1 de « Plan d'action — CLS de Mauges Communauté » est demandée" in html
    assert f'id="version-{version.pk}"' in html and "Prêt" in html


def test_a_foreign_next_address_is_ignored(client, coordinator, contract, plan):
    client.force_login(coordinator)
    response = client.post(
        reverse("documents:request", args=[contract.slug]),
        {"kind": RenderingKind.FICHES, "next": "https://ailleurs.fr/"},
    )
    assert response.url.startswith(reverse("documents:list", args=[contract.slug]))


def test_an_unknown_kind_is_not_found(client, coordinator, contract):
    client.force_login(coordinator)
    assert client.post(reverse("documents:request", args=[contract.slug]), {"kind": "rapport"}).status_code == 404


@pytest.mark.usefixtures("database_tasks")
def test_the_block_polls_while_a_version_is_being_made_and_stops_when_it_is_done(client, coordinator, contract, plan):
    client.force_login(coordinator)
    client.post(reverse("documents:request", args=[contract.slug]), {"kind": RenderingKind.FICHES})
    fragment = reverse("documents:versions", args=[contract.slug])
    html = _html(client.get(reverse("contracts:detail", args=[contract.slug])))
    assert f'hx-get="{fragment}" hx-trigger="every 2s" hx-swap="outerHTML"' in html
    assert "En attente" in html and "Actualiser l'état" in html  # without JavaScript
    assert "django_htmx/htmx-2.min.js" in html

    Rendering.objects.update(status=S.RENDERING)
    partial = _html(client.get(fragment, headers={"HX-Request": "true"}))
    assert partial.lstrip().startswith('<div id="document-versions" hx-get=')
    assert "En cours" in partial and "<html" not in partial

    Rendering.objects.update(status=S.DONE, file="x.pdf", sha256="a" * 64, data={}, page_count=3, size=1000)
    partial = _html(client.get(fragment))
    assert "hx-trigger" not in partial and "Prêt" in partial and "Télécharger" in partial


def test_a_failed_version_shows_its_reason_and_a_retry_button(client, coordinator, contract):
    failed = RenderingFactory(contract=contract, failed=True)
    client.force_login(coordinator)
    html = _html(client.get(reverse("contracts:detail", args=[contract.slug])))
    assert "Échec" in html and "Le document n'a pas pu être produit (erreur interne lors de la mise en page)." in html
    assert f'action="{reverse("documents:retry", args=[contract.slug, failed.pk])}"' in html


def test_the_contract_page_shows_the_latest_ten_and_links_to_all(client, reader, contract):
    for number in range(1, 13):
        RenderingFactory(contract=contract, done=True, number=number)
    client.force_login(reader)
    html = _html(client.get(reverse("contracts:detail", args=[contract.slug])))
    assert html.count('id="version-') == 10
    assert "Toutes les versions</a>" in html
    full = _html(client.get(reverse("documents:list", args=[contract.slug])))
    assert full.count('id="version-') == 12


def test_a_download_is_an_attachment_with_its_type_and_nosniff(client, reader, contract):
    version = RenderingFactory(contract=contract, done=True, number=4, filename="plan-action-mauges.pdf")
    client.force_login(reader)
    response = client.get(reverse("documents:download", args=[contract.slug, version.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == "attachment; filename*=UTF-8''plan-action-mauges-v4.pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_web_server_can_send_the_file(client, reader, contract, settings):
    settings.DOCUMENT_SENDFILE = "x-accel-redirect"
    version = RenderingFactory(contract=contract, done=True)
    client.force_login(reader)
    response = client.get(reverse("documents:download", args=[contract.slug, version.pk]))
    assert response["X-Accel-Redirect"] == "/protected-media/" + version.file.name
    assert response.content == b""


def test_a_version_not_ready_has_nothing_to_download(client, coordinator, contract):
    version = RenderingFactory(contract=contract)
    client.force_login(coordinator)
    assert client.get(reverse("documents:download", args=[contract.slug, version.pk])).status_code == 404


def test_the_fiche_page_generates_the_fiche_alone(client, coordinator, contract, plan):
    client.force_login(coordinator)
    html = _html(client.get(reverse("actions:fiche", args=[contract.slug, "1.1"])))
    action = reverse("documents:request_fiche", args=[contract.slug, "1.1"])
    assert f'action="{action}"' in html and "Générer la fiche (PDF)" in html
    response = client.post(action)
    version = Rendering.objects.get()
    assert response.url == reverse("documents:list", args=[contract.slug]) + f"#version-{version.pk}"
    assert (version.kind, version.fiche, version.status) == (RenderingKind.FICHE, plan["radon"], S.DONE)
    assert version.title == "Fiche-action 1.1 — Mesurer le radon dans les logements"


def test_a_reader_has_no_fiche_button(client, reader, contract, plan):
    client.force_login(reader)
    assert "Générer la fiche (PDF)" not in _html(client.get(reverse("actions:fiche", args=[contract.slug, "1.1"])))


def test_the_plan_page_generates_the_ticked_fiches_or_all(client, coordinator, contract, plan):
    client.force_login(coordinator)
    html = _html(client.get(reverse("actions:plan", args=[contract.slug])))
    action = reverse("documents:request_selection", args=[contract.slug])
    assert f'formaction="{action}" formnovalidate>Générer le PDF des fiches cochées' in html
    assert "Générer toutes les fiches (PDF)" in html
    client.post(action, {"fiches": [plan["msp"].pk, plan["radon"].pk]})
    client.post(action, {"tout": "1"})
    selection, whole = Rendering.objects.order_by("pk")
    assert selection.selection == sorted([plan["msp"].pk, plan["radon"].pk]) and selection.number == 1
    assert [fiche["number"] for fiche in selection.data["fiches"]] == ["1.1", "2.1"]
    assert whole.selection == [] and whole.number == 2 and len(whole.data["fiches"]) == 3


def test_a_selection_of_no_fiche_of_this_plan_says_so(client, coordinator, contract, plan, other_contract):
    foreign = FicheFactory(axe=AxeFactory(contract=other_contract, number="1"))
    client.force_login(coordinator)
    url = reverse("documents:request_selection", args=[contract.slug])
    response = client.post(url, {"fiches": [foreign.pk]}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("actions:plan", args=[contract.slug])
    assert "Cochez au moins une fiche dans le tableau pour en générer le PDF." in _html(response)
    assert not Rendering.objects.exists()
