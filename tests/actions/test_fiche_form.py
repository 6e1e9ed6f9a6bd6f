import datetime

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actions.enums import FicheStatus, Funder
from actions.models import BudgetLine, FicheAction, FicheDocument
from cls_portal.forms import DsfrForm
from tests.actions.factories import BudgetLineFactory, FicheIndicatorFactory, SubActionFactory


def fiche_data(axe, **overrides):
    data = {
        "axe": axe.pk,
        "number": f"{axe.number}.1",
        "title": "Sensibiliser au radon",
        "status": FicheStatus.PLANNED,
        "progress": 0,
        "whole_territory": "on",
        "start_date": "2024-01-01",
        "end_date": "2025-12-31",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def logged_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def test_create_fiche(logged_coordinator, contract, axe1):
    response = logged_coordinator.post(
        reverse("actions:fiche_create", args=[contract.slug]),
        fiche_data(axe1, general_objective="Réduire l'exposition"),
    )
    fiche = FicheAction.objects.get(contract=contract, number="1.1")
    assert response["Location"] == reverse("actions:fiche", args=[contract.slug, "1.1"])
    assert fiche.general_objective == "Réduire l'exposition" and fiche.version == 1


def test_create_form_proposes_the_next_number_of_the_axe(logged_coordinator, contract, fiche):
    response = logged_coordinator.get(reverse("actions:fiche_create", args=[contract.slug]), {"axe": "1"})
    assert response.context["form"].initial["number"] == "1.2"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"end_date": "2023-01-01"}, "end_date", "La fin de l'action ne peut pas précéder son début."),
        ({"number": "1.1"}, "number", "Une fiche-action porte déjà ce numéro dans ce contrat."),
        ({"number": "2.4"}, "number", "Le numéro d'une fiche de l'axe 1 commence par « 1. »"),
        ({"number": "1-4"}, "number", "chiffres séparés par des points"),
        ({"progress": "120"}, "progress", "L'avancement est un pourcentage entre 0 et 100."),
        ({"progress": "-5"}, "progress", "L'avancement est un pourcentage entre 0 et 100."),
        ({"whole_territory": None}, "communes", "Choisissez les communes concernées"),
    ],
)
def test_invalid_fiche_is_refused_with_french_message_and_input_kept(
    logged_coordinator, contract, axe1, fiche, overrides, field, message
):
    data = fiche_data(axe1, **{"number": "1.2", "title": "Titre saisi à garder", **overrides})
    response = logged_coordinator.post(reverse("actions:fiche_create", args=[contract.slug]), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert any(message in error for error in errors[field]), errors
    html = response.content.decode()
    assert 'value="Titre saisi à garder"' in html
    assert FicheAction.objects.filter(contract=contract).count() == 1


def test_edit_fiche(logged_coordinator, contract, fiche):
    url = reverse("actions:fiche_edit", args=[contract.slug, fiche.number])
    form = logged_coordinator.get(url).context["form"]
    assert form["version"].value() == 1
    response = logged_coordinator.post(url, fiche_data(fiche.axe, title="Nouveau titre", version=1))
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert (fiche.title, fiche.version) == ("Nouveau titre", 2)


def test_negative_budget_amount_is_refused(logged_coordinator, contract, fiche):
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "budget"])
    response = logged_coordinator.post(url, {"year": 2024, "funder": Funder.ARS_FIR, "planned_amount": "-100"})
    assert response.status_code == 400
    assert "Le montant ne peut pas être négatif." in response.content.decode()
    assert not BudgetLine.objects.exists()


def test_budget_line_duplicate_and_other_funder(logged_coordinator, contract, fiche):
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.ARS_FIR)
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "budget"])
    response = logged_coordinator.post(url, {"year": 2024, "funder": Funder.ARS_FIR, "planned_amount": "5"})
    assert "Ce financeur a déjà une ligne pour cette année dans cette fiche." in response.content.decode()
    response = logged_coordinator.post(url, {"year": 2024, "funder": Funder.OTHER, "planned_amount": "5"})
    assert "Précisez le nom du financeur « Autre »." in response.content.decode()
    response = logged_coordinator.post(
        url,
        {
            "year": 2024,
            "funder": Funder.OTHER,
            "funder_label": "Mutualité",
            "planned_amount": "5000",
            "actual_amount": "4500.50",
        },
    )
    assert response.status_code == 302


def test_budget_table_on_fiche_page(logged_coordinator, contract, fiche):
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.ARS_FIR, planned_amount=10000, actual_amount=9000)
    BudgetLineFactory(fiche=fiche, year=2025, funder=Funder.ARS_FIR, planned_amount=8000)
    BudgetLineFactory(fiche=fiche, year=2025, funder=Funder.CAF, planned_amount=2000)
    page = logged_coordinator.get(reverse("actions:fiche", args=[contract.slug, fiche.number]))
    budget = page.context["budget"]
    assert budget["years"] == [2024, 2025]
    assert [row["planned"] for row in budget["rows"]] == [18000, 2000]
    assert [total["planned"] for total in budget["totals"]] == [10000, 10000]
    assert "20\xa0000\xa0€" in page.content.decode()


def test_sub_action_number_must_start_with_the_fiche_number(logged_coordinator, contract, fiche):
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "sous-actions"])
    assert logged_coordinator.get(url).context["form"].initial["number"] == "1.1.1"
    response = logged_coordinator.post(url, {"number": "2.1.1", "title": "Étape", "position": 1})
    assert response.status_code == 400
    assert "commence par celui de sa fiche (« 1.1. »)" in response.content.decode()


def test_document_upload_limits(logged_coordinator, contract, fiche, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "documents"])
    exe = SimpleUploadedFile("virus.exe", b"MZ")
    response = logged_coordinator.post(url, {"title": "Programme", "file": exe})
    assert response.status_code == 400
    assert "Les fichiers « .exe » ne sont pas acceptés." in response.content.decode()
    big = SimpleUploadedFile("gros.pdf", b"0" * (10 * 1024 * 1024 + 1))
    response = logged_coordinator.post(url, {"title": "Programme", "file": big})
    assert "la taille maximale est de 10 Mo" in response.content.decode()
    response = logged_coordinator.post(url, {"title": "Programme"})
    assert "Joignez un fichier ou indiquez un lien, mais pas les deux." in response.content.decode()
    response = logged_coordinator.post(url, {"title": "Programme", "file": SimpleUploadedFile("p.pdf", b"%PDF-1.4\n")})
    assert response.status_code == 302
    document = FicheDocument.objects.get()
    assert document.file.name.startswith(f"fiches/{fiche.pk}/") and document.uploaded_by is not None


def test_duplicate_fiche(logged_coordinator, contract, fiche):
    from tests.factories import OrganisationFactory

    SubActionFactory(fiche=fiche, number="1.1.1", title="Étape un", status=FicheStatus.DONE)
    FicheIndicatorFactory(fiche=fiche, name="Kits distribués")
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.CAF, planned_amount=3000, actual_amount=2800)
    fiche.partners.add(OrganisationFactory(name="CPIE Loire Anjou", kind="association"))
    fiche.status, fiche.progress = FicheStatus.DONE, 100
    fiche.save()
    url = reverse("actions:fiche_duplicate", args=[contract.slug, fiche.number])
    assert logged_coordinator.get(url).context["form"].initial["number"] == "1.2"
    response = logged_coordinator.post(url, {"axe": fiche.axe.pk, "number": "1.1"})
    assert "Une fiche-action porte déjà ce numéro dans ce contrat." in response.content.decode()
    response = logged_coordinator.post(url, {"axe": fiche.axe.pk, "number": "1.2"})
    copy = FicheAction.objects.get(contract=contract, number="1.2")
    assert response["Location"] == reverse("actions:fiche", args=[contract.slug, "1.2"])
    assert (copy.title, copy.status, copy.progress) == ("Sensibiliser au radon (copie)", FicheStatus.PLANNED, 0)
    assert list(copy.sub_actions.values_list("number", flat=True)) == ["1.2.1"]
    assert list(copy.indicators.values_list("name", flat=True)) == ["Kits distribués"]
    assert list(copy.sub_actions.values_list("status", flat=True)) == [FicheStatus.PLANNED]
    assert list(copy.budget_lines.values_list("planned_amount", "actual_amount")) == [(3000, None)]
    assert [o.name for o in copy.partners.all()] == ["CPIE Loire Anjou"]


def test_delete_needs_a_confirmation_page_and_a_post(logged_coordinator, contract, fiche):
    url = reverse("actions:fiche_delete", args=[contract.slug, fiche.number])
    page = logged_coordinator.get(url)
    assert "Supprimer la fiche 1.1 « Sensibiliser au radon » ?" in page.content.decode()
    assert FicheAction.objects.filter(pk=fiche.pk).exists()
    response = logged_coordinator.post(url, follow=True)
    assert not FicheAction.objects.filter(pk=fiche.pk).exists()
    assert "La fiche 1.1 « Sensibiliser au radon » a été supprimée." in response.content.decode()


def test_follow_up_records_status_note_and_indicator_values(client, pilote, fiche):
    indicator = FicheIndicatorFactory(fiche=fiche, name="Kits distribués")
    client.force_login(pilote)
    url = reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number])
    response = client.post(
        url,
        {
            "status": FicheStatus.IN_PROGRESS,
            "progress": 70,
            "version": 1,
            "note_date": "2024-03-16",
            "note_done": "237 kits distribués",
            "note_next_steps": "Visites à domicile",
            "values_year": 2024,
            f"indicator_{indicator.pk}": "237",
        },
    )
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert fiche.progress == 70
    note = fiche.notes.get()
    assert (note.done, note.author) == ("237 kits distribués", pilote)
    assert indicator.values.get(year=2024).value == 237
    page = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])).content.decode()
    assert "237 kits distribués" in page and "Paul Pilote" in page


def test_a_blocked_action_records_its_difficulties_alone(client, pilote, fiche):
    client.force_login(pilote)
    url = reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number])
    data = {"status": FicheStatus.BLOCKED, "progress": 150, "version": 1, "note_difficulties": "Local indisponible"}
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Indiquez la date du point de suivi." in html
    assert "L&#x27;avancement est un pourcentage entre 0 et 100." in html
    assert "Local indisponible" in html

    response = client.post(url, {**data, "progress": 20, "note_date": "2024-03-16"})
    assert response.status_code == 302
    note = fiche.notes.get()
    assert (note.done, note.difficulties, note.next_steps) == ("", "Local indisponible", "")


def test_an_empty_note_is_refused_by_the_model(db):
    from django.core.exceptions import ValidationError

    from actions.models import FollowUpNote
    from actions.models.details import EMPTY_NOTE_MESSAGE

    with pytest.raises(ValidationError) as raised:
        FollowUpNote(date=datetime.date(2024, 3, 16), done="", difficulties="", next_steps="").validate_constraints()
    assert raised.value.messages == [EMPTY_NOTE_MESSAGE]


def test_a_fiche_marked_done_is_at_100_percent(client, coordinator, pilote, fiche):
    client.force_login(pilote)
    url = reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number])
    response = client.post(url, {"status": FicheStatus.DONE, "progress": 40, "version": 1})
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert (fiche.status, fiche.progress) == (FicheStatus.DONE, 100)

    client.force_login(coordinator)
    form = client.get(reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])).content.decode()
    assert "Une fiche « Réalisée » est à 100 %" in form


def test_success_message_escapes_the_title_typed_by_the_user(logged_coordinator, contract, axe1):
    response = logged_coordinator.post(
        reverse("actions:fiche_create", args=[contract.slug]),
        fiche_data(axe1, title="<script>alert('radon')</script>"),
        follow=True,
    )
    html = response.content.decode()
    assert "&lt;script&gt;alert(&#x27;radon&#x27;)&lt;/script&gt;" in html
    assert "<script>alert(" not in html


@pytest.mark.parametrize("progress", ["120", "-5"])
def test_a_wrong_progress_is_said_once(logged_coordinator, contract, axe1, progress):
    response = logged_coordinator.post(
        reverse("actions:fiche_create", args=[contract.slug]), fiche_data(axe1, progress=progress)
    )
    assert response.context["form"].errors["progress"] == ["L'avancement est un pourcentage entre 0 et 100."]


@pytest.mark.parametrize("with_file", [True, False])
def test_a_document_is_a_file_or_a_link_said_once(logged_coordinator, fiche, with_file):
    data = {"title": "Compte rendu du comité"}
    if with_file:
        data |= {"url": "https://exemple.fr/cr.pdf", "file": SimpleUploadedFile("cr.pdf", b"%PDF-1.4")}
    response = logged_coordinator.post(
        reverse("actions:child_create", args=[fiche.contract.slug, fiche.number, "documents"]), data
    )
    assert response.status_code == 400
    errors = response.context["form"].non_field_errors()
    assert list(errors) == ["Joignez un fichier ou indiquez un lien, mais pas les deux."]


def test_messages_of_sub_objects_read_as_french(logged_coordinator, fiche):
    from actions.models import FicheIndicator

    url = reverse("actions:child_create", args=[fiche.contract.slug, fiche.number, "indicateurs"])
    response = logged_coordinator.post(url, {"name": "Foyers équipés", "kind": "process", "position": 1}, follow=True)
    assert "Indicateur ajouté." in response.content.decode()
    indicator = FicheIndicator.objects.get()
    delete_url = reverse("actions:child_delete", args=[fiche.contract.slug, fiche.number, "indicateurs", indicator.pk])
    assert "Supprimer l&#x27;indicateur « Foyers équipés » ?" in logged_coordinator.get(delete_url).content.decode()
    response = logged_coordinator.post(delete_url, follow=True)
    assert "L&#x27;indicateur « Foyers équipés » ne figure plus dans la fiche." in response.content.decode()


def test_several_items_are_chosen_with_checkboxes_not_a_native_multiple_select(logged_coordinator, contract, axe1):
    html = logged_coordinator.get(reverse("actions:fiche_create", args=[contract.slug])).content.decode()
    assert "<select multiple" not in html and " multiple>" not in html
    # Partners, communes, PRS objectives, target publics, PRS priorities.
    assert html.count('class="fr-fieldset choice-list') == 5


def test_a_yes_no_box_is_not_marked_optional(logged_coordinator, contract, axe1):
    html = logged_coordinator.get(reverse("actions:fiche_create", args=[contract.slug])).content.decode()
    assert "Tout le périmètre du contrat (Optionnel)" not in html
    assert "Tout le périmètre du contrat" in html


def test_text_pasted_with_control_characters_is_kept_without_them(logged_coordinator, contract, axe1):
    """A vertical tab or a form feed pasted from a word processor made the plan's Excel export fail: forms keep the
    text without them, and line breaks as typed (a browser sends \\r\\n)."""
    logged_coordinator.post(
        reverse("actions:fiche_create", args=[contract.slug]),
        fiche_data(axe1, title="Radon\x0b dans l'habitat", description="Étape 1\x0c\r\nÉtape 2\x07"),
    )
    fiche = FicheAction.objects.get(contract=contract, number="1.1")
    assert (fiche.title, fiche.description) == ("Radon dans l'habitat", "Étape 1\nÉtape 2")
    response = logged_coordinator.get(reverse("actions:export", args=[contract.slug]))
    assert response.status_code == 200


def test_a_password_is_kept_exactly_as_typed():
    class PasswordForm(DsfrForm):
        password = forms.CharField(widget=forms.PasswordInput)
        name = forms.CharField()

    form = PasswordForm(data={"password": "a\x0bb", "name": "a\x0bb"})
    assert form.is_valid()
    assert form.cleaned_data == {"password": "a\x0bb", "name": "ab"}


def test_a_sub_action_takes_the_statuses_of_a_fiche(logged_coordinator, contract, fiche):
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "sous-actions"])
    form = logged_coordinator.get(url).content.decode()
    assert "En pause" in form and "Bloquée" in form
    data = {"number": "1.1.1", "title": "Étape", "status": FicheStatus.PAUSED, "position": 1}
    assert logged_coordinator.post(url, data).status_code == 302
    sub_action = fiche.sub_actions.get()
    assert sub_action.status == FicheStatus.PAUSED
    page = logged_coordinator.get(reverse("actions:fiche", args=[contract.slug, fiche.number])).content.decode()
    assert 'fr-badge--warning">En pause</p>' in page
