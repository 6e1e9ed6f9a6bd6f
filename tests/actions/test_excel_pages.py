"""The Excel pages: download for every reader of the plan, upload, preview and confirmation for its editors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actions.enums import FicheStatus
from actions.excel.exporters import XLSX_CONTENT_TYPE, export_plan
from actions.models import FicheAction, PlanImport
from tests.actions.excel_files import edit, sheet_rows
from tests.workbooks import zip_bomb


def upload(client, contract, content, name="plan.xlsx"):
    return client.post(
        reverse("actions:import", args=[contract.slug]),
        {"file": SimpleUploadedFile(name, content, content_type=XLSX_CONTENT_TYPE)},
    )


@pytest.mark.parametrize(
    ("persona", "status"),
    [("superuser", 200), ("ars_animator", 200), ("coordinator", 200), ("reader", 200), ("outsider", 404)],
)
def test_who_may_download_the_plan(client, personas, contract, rich_plan, persona, status):
    client.force_login(personas[persona])
    response = client.get(reverse("actions:export", args=[contract.slug]))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == XLSX_CONTENT_TYPE
        assert response["Content-Disposition"].startswith('attachment; filename="plan-mauges-')
        assert [row["Numéro"] for row in sheet_rows(response.content, "Fiches")] == ["1.1", "2.1"]


def test_anonymous_download_goes_to_login(client, contract):
    response = client.get(reverse("actions:export", args=[contract.slug]))
    assert response.status_code == 302 and "/compte/connexion/" in response["Location"]


@pytest.mark.parametrize(
    ("persona", "status"),
    [("superuser", 200), ("ars_animator", 200), ("coordinator", 200), ("reader", 403), ("outsider", 404)],
)
def test_who_may_import(client, personas, contract, persona, status):
    client.force_login(personas[persona])
    assert client.get(reverse("actions:import", args=[contract.slug])).status_code == status
    response = upload(client, contract, b"PK nothing")
    assert response.status_code == (400 if status == 200 else status)


def test_a_zip_bomb_is_refused_in_french_and_nothing_is_kept(client, coordinator, contract, rich_plan):
    client.force_login(coordinator)
    response = upload(client, contract, zip_bomb(export_plan(contract), unpacked=8 * 1024 * 1024))
    assert response.status_code == 400
    assert "Le classeur est anormalement compressé" in response.content.decode()
    assert not PlanImport.objects.exists()


def test_pilote_cannot_import(client, contract, pilote):
    client.force_login(pilote)
    assert client.get(reverse("actions:import", args=[contract.slug])).status_code == 404


def test_plan_page_offers_download_to_readers_and_import_to_editors(client, reader, coordinator, contract, rich_plan):
    client.force_login(reader)
    html = client.get(reverse("actions:plan", args=[contract.slug])).content.decode()
    assert reverse("actions:export", args=[contract.slug]) in html
    assert reverse("actions:import", args=[contract.slug]) not in html
    client.force_login(coordinator)
    html = client.get(reverse("actions:plan", args=[contract.slug])).content.decode()
    assert "Importer (Excel)" in html


def test_upload_shows_a_preview_then_confirming_applies_it(client, coordinator, contract, rich_plan):
    client.force_login(coordinator)
    content = edit(export_plan(contract), "Fiches", {(3, "Statut"): "En cours", (3, "Avancement (%)"): 10})
    response = upload(client, contract, content, name="plan modifié.xlsx")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Aperçu de l'import" in html
    assert "0 fiche créée, 1 mise à jour, 1 inchangée" in html
    assert '<td>Statut</td><td class="text-prewrap">À venir</td><td class="text-prewrap">En cours</td>' in html
    assert FicheAction.objects.get(number="2.1").status == FicheStatus.PLANNED  # nothing written yet

    pending = PlanImport.objects.get()
    response = client.post(reverse("actions:import_confirm", args=[contract.slug, pending.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("actions:plan", args=[contract.slug])
    assert "Import de « plan modifié.xlsx » enregistré : 0 fiche créée, 1 mise à jour" in (response.content.decode())
    msp = FicheAction.objects.get(number="2.1")
    assert (msp.status, msp.progress) == (FicheStatus.IN_PROGRESS, 10)
    pending.refresh_from_db()
    assert pending.is_applied
    history = client.get(reverse("actions:import", args=[contract.slug])).content.decode()
    assert "plan modifié.xlsx" in history and "Derniers imports" in history


def test_upload_with_errors_answers_400_with_the_report_and_keeps_nothing(client, coordinator, contract, rich_plan):
    client.force_login(coordinator)
    content = edit(export_plan(contract), "Fiches", {(2, "Avancement (%)"): 150})
    response = upload(client, contract, content)
    assert response.status_code == 400
    html = response.content.decode()
    assert "1 erreur : rien n'a été enregistré" in html
    assert "<td>Fiches</td>" in html and "<td>2</td>" in html and "<td>Avancement (%)</td>" in html
    assert "Importer le fichier corrigé" in html
    assert not PlanImport.objects.exists()
    assert FicheAction.objects.get(number="1.1").progress == 60


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.csv", b"Axe;Numero", "Le fichier doit être un classeur Excel (.xlsx)"),
        ("plan.xlsx", b"not a zip", "Ce fichier n&#x27;est pas un classeur Excel (.xlsx)"),
    ],
)
def test_wrong_files_are_refused_next_to_the_field(client, coordinator, contract, name, content, message):
    client.force_login(coordinator)
    response = upload(client, contract, content, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_unchanged_file_offers_nothing_to_confirm(client, coordinator, contract, rich_plan):
    client.force_login(coordinator)
    response = upload(client, contract, export_plan(contract))
    html = response.content.decode()
    assert "Le fichier ne change rien au plan" in html
    assert "Enregistrer ces changements" not in html


def test_confirming_after_the_plan_changed_shows_the_new_preview(client, coordinator, contract, rich_plan):
    client.force_login(coordinator)
    upload(client, contract, edit(export_plan(contract), "Fiches", {(3, "Avancement (%)"): 10}))
    FicheAction.objects.filter(number="2.1").update(progress=30, version=2)
    pending = PlanImport.objects.get()
    response = client.post(reverse("actions:import_confirm", args=[contract.slug, pending.pk]))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Le plan a changé depuis l'aperçu" in html
    assert '<td class="text-prewrap">30</td><td class="text-prewrap">10</td>' in html
    assert FicheAction.objects.get(number="2.1").progress == 30
    # Confirming the refreshed preview applies it.
    client.post(reverse("actions:import_confirm", args=[contract.slug, pending.pk]))
    assert FicheAction.objects.get(number="2.1").progress == 10


def test_only_the_uploader_may_confirm(client, coordinator, ars_animator, contract, rich_plan):
    client.force_login(coordinator)
    upload(client, contract, edit(export_plan(contract), "Fiches", {(3, "Avancement (%)"): 10}))
    client.force_login(ars_animator)
    pending = PlanImport.objects.get()
    assert client.post(reverse("actions:import_confirm", args=[contract.slug, pending.pk])).status_code == 404
    assert FicheAction.objects.get(number="2.1").progress == 0


def test_import_on_a_closed_contract_is_forbidden(client, ars_animator, closed_contract):
    client.force_login(ars_animator)
    assert client.get(reverse("actions:import", args=[closed_contract.slug])).status_code == 403
