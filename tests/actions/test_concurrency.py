"""Two people edit the same fiche: the second save is refused (409) and their input is given back."""

import pytest
from django.urls import reverse
from django.utils import timezone

from actions.enums import FicheStatus
from actions.models import FicheAction
from tests.actions.test_fiche_form import fiche_data


def test_second_concurrent_edit_is_refused_with_the_input_kept(client, coordinator, ars_animator, fiche):
    url = reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])
    client.force_login(ars_animator)
    assert client.post(url, fiche_data(fiche.axe, title="Titre de l'animatrice", version=1)).status_code == 302

    client.force_login(coordinator)  # displayed the form at version 1 too
    response = client.post(url, fiche_data(fiche.axe, title="Titre du coordinateur", version=1))
    assert response.status_code == 409
    html = response.content.decode()
    assert "La fiche a été modifiée par Anne Animatrice le " in html
    assert "vos changements n&#x27;ont pas été enregistrés" in html
    assert 'value="Titre du coordinateur"' in html
    fiche.refresh_from_db()
    assert (fiche.title, fiche.version) == ("Titre de l'animatrice", 2)


def test_the_conflict_names_only_what_was_changed_not_line_breaks_sent_by_the_browser(
    client, coordinator, ars_animator, fiche
):
    """A browser sends a text area's line breaks as \\r\\n; the fiche keeps \\n: the same text is not a change."""
    FicheAction.objects.filter(pk=fiche.pk).update(description="Étape 1\nÉtape 2")
    url = reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])
    client.force_login(ars_animator)
    client.post(url, fiche_data(fiche.axe, title="Titre de l'animatrice", description="Étape 1\r\nÉtape 2", version=1))
    client.force_login(coordinator)
    response = client.post(
        url, fiche_data(fiche.axe, title="Titre du coordinateur", description="Étape 1\r\nÉtape 2", version=1)
    )
    assert response.status_code == 409
    assert [field.name for field in response.context["form"].changed_fields_display()] == ["title"]


def test_follow_up_after_an_edit_is_refused(client, coordinator, pilote, fiche):
    edit_url = reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])
    client.force_login(coordinator)
    client.post(
        edit_url, fiche_data(fiche.axe, title=fiche.title, status=FicheStatus.BLOCKED, pilote=pilote.pk, version=1)
    )

    client.force_login(pilote)
    response = client.post(
        reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number]),
        {"status": FicheStatus.DONE, "progress": 100, "version": 1, "note_date": "2024-05-01", "note_done": "Fini"},
    )
    assert response.status_code == 409
    assert "Fini" in response.content.decode()
    fiche.refresh_from_db()
    assert fiche.status == FicheStatus.BLOCKED and not fiche.notes.exists()


def test_bulk_change_makes_open_forms_stale(client, coordinator, fiche):
    client.force_login(coordinator)
    client.post(
        reverse("actions:bulk", args=[fiche.contract.slug]),
        {"fiches": [fiche.pk], "action": "status", "status": FicheStatus.DONE},
    )
    response = client.post(
        reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number]),
        fiche_data(fiche.axe, title="Ancienne saisie", version=1),
    )
    assert response.status_code == 409
    assert FicheAction.objects.get(pk=fiche.pk).status == FicheStatus.DONE


def test_claim_version_is_atomic_at_the_database_level(fiche):
    from cls_portal.locking import StaleObjectError, claim_version

    claim_version(fiche, 1)
    other_copy = FicheAction.objects.get(pk=fiche.pk)
    try:
        claim_version(other_copy, 1)
    except StaleObjectError as error:
        assert error.current.version == 2
    else:
        raise AssertionError("the second claim of version 1 should fail")


def test_conflict_message_gives_the_time_in_paris(client, coordinator, ars_animator, fiche):
    from django.utils import timezone

    url = reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])
    client.force_login(ars_animator)
    client.post(url, fiche_data(fiche.axe, title="Titre de l'animatrice", version=1))
    changed = fiche.history.first().history_date
    paris = timezone.localtime(changed)  # Europe/Paris (settings.TIME_ZONE); the database keeps UTC
    client.force_login(coordinator)
    html = client.post(url, fiche_data(fiche.axe, title="Titre du coordinateur", version=1)).content.decode()
    assert f"à {paris:%H:%M}" in html


@pytest.fixture
def logged_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


# What hangs off a fiche ----------------------------------------------------------------------------------------------


def _child(kind, fiche):
    """An object of `kind` on `fiche`, and the form data that changes it to `text`."""
    from actions.enums import Funder, IndicatorKind
    from actions.models import FicheDocument, FollowUpNote
    from tests.actions.factories import (
        BudgetLineFactory,
        FicheIndicatorFactory,
        FicheIndicatorValueFactory,
        SubActionFactory,
    )

    if kind == "sous-actions":
        obj = SubActionFactory(fiche=fiche, number="1.1.1", title="Étape un")
        return obj, lambda text: {"number": "1.1.1", "title": text, "status": FicheStatus.PLANNED, "position": 1}
    if kind == "budget":
        obj = BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.CAF, planned_amount=1000)
        return obj, lambda text: {"year": 2024, "funder": Funder.CAF, "planned_amount": text}
    if kind == "indicateurs":
        obj = FicheIndicatorFactory(fiche=fiche, name="Kits distribués")
        return obj, lambda text: {"name": text, "kind": IndicatorKind.PROCESS, "position": 1}
    if kind == "valeurs":
        obj = FicheIndicatorValueFactory(indicator=FicheIndicatorFactory(fiche=fiche), year=2024, value=10)
        return obj, lambda text: {"indicator": obj.indicator_id, "year": 2024, "value": text}
    if kind == "notes":
        obj = FollowUpNote.objects.create(fiche=fiche, date="2024-05-01", done="Premier atelier")
        return obj, lambda text: {"date": "2024-05-01", "done": text}
    obj = FicheDocument.objects.create(fiche=fiche, title="Compte rendu", url="https://exemple.fr/cr.pdf")
    return obj, lambda text: {"title": text, "url": "https://exemple.fr/cr.pdf"}


CHANGED = {
    "sous-actions": ("La sous-action a été modifiée", "title", "Étape de l'animatrice", "Étape du coordinateur"),
    "budget": ("La ligne de budget a été modifiée", "planned_amount", "2000", "3000"),
    "indicateurs": ("L'indicateur a été modifié", "name", "Kits de l'animatrice", "Kits du coordinateur"),
    "valeurs": ("La valeur a été modifiée", "value", "20", "30"),
    "notes": ("La note de suivi a été modifiée", "done", "Note de l'animatrice", "Note du coordinateur"),
    "documents": ("Le document a été modifié", "title", "CR de l'animatrice", "CR du coordinateur"),
}


@pytest.mark.parametrize("kind", list(CHANGED))
def test_a_stale_child_form_is_refused_with_the_input_kept(client, coordinator, ars_animator, fiche, kind):
    obj, data = _child(kind, fiche)
    changed, field, first, second = CHANGED[kind]
    url = reverse("actions:child_edit", args=[fiche.contract.slug, fiche.number, kind, obj.pk])
    client.force_login(coordinator)
    html = client.get(url).content.decode()
    assert 'type="hidden" name="version" value="1"' in html
    client.force_login(ars_animator)
    assert client.post(url, data(first) | {"version": 1}).status_code == 302

    client.force_login(coordinator)  # displayed the form at version 1 too
    response = client.post(url, data(second) | {"version": 1})
    assert response.status_code == 409
    html = response.content.decode().replace("&#x27;", "'")
    assert f"{changed} par Anne Animatrice le " in html
    assert "vos changements n'ont pas été enregistrés" in html
    assert second in html
    obj.refresh_from_db()
    assert (str(getattr(obj, field)).removesuffix(".00"), obj.version) == (first, 2)


def test_a_child_form_saves_again_after_reopening(logged_coordinator, fiche):
    obj, data = _child("sous-actions", fiche)
    url = reverse("actions:child_edit", args=[fiche.contract.slug, fiche.number, "sous-actions", obj.pk])
    assert logged_coordinator.post(url, data("Premier titre") | {"version": 1}).status_code == 302
    version = logged_coordinator.get(url).context["form"].initial["version"]
    assert logged_coordinator.post(url, data("Second titre") | {"version": version}).status_code == 302
    obj.refresh_from_db()
    assert (obj.title, obj.version) == ("Second titre", 3)


def test_a_child_form_posted_without_its_version_overwrites_nothing(logged_coordinator, fiche):
    obj, data = _child("budget", fiche)
    url = reverse("actions:child_edit", args=[fiche.contract.slug, fiche.number, "budget", obj.pk])
    assert logged_coordinator.post(url, data("5000")).status_code == 409
    obj.refresh_from_db()
    assert obj.planned_amount == 1000


def test_the_follow_up_does_not_overwrite_a_value_changed_meanwhile(client, coordinator, pilote, fiche):
    from tests.actions.factories import FicheIndicatorFactory, FicheIndicatorValueFactory

    year = timezone.localdate().year
    value = FicheIndicatorValueFactory(indicator=FicheIndicatorFactory(fiche=fiche, name="Kits"), year=year, value=10)
    follow_up_url = reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number])
    client.force_login(pilote)
    shown = client.get(follow_up_url).context["form"].initial
    assert (shown[f"indicator_{value.indicator_id}"], shown[f"indicator_{value.indicator_id}_version"]) == (10, 1)

    client.force_login(coordinator)
    client.post(
        reverse("actions:child_edit", args=[fiche.contract.slug, fiche.number, "valeurs", value.pk]),
        {"indicator": value.indicator_id, "year": year, "value": "25", "version": 1},
    )

    client.force_login(pilote)  # sends back the value shown, 10, with a note
    response = client.post(
        follow_up_url,
        {
            "status": FicheStatus.IN_PROGRESS,
            "progress": 40,
            "version": fiche.version,
            "values_year": year,
            "shown_year": year,
            f"indicator_{value.indicator_id}": "10",
            f"indicator_{value.indicator_id}_version": 1,
            "note_date": f"{year}-05-01",
            "note_done": "Atelier réalisé",
        },
    )
    assert response.status_code == 409
    html = response.content.decode().replace("&#x27;", "'")
    assert f"La valeur {year} de l'indicateur « Kits » a été modifiée par Claude Coordinateur le " in html
    assert "Atelier réalisé" in html
    value.refresh_from_db()
    fiche.refresh_from_db()
    assert (value.value, value.version) == (25, 2)
    assert fiche.version == 1 and not fiche.notes.exists()


def test_the_follow_up_moves_the_versions_of_the_values_it_changes(client, pilote, fiche):
    from tests.actions.factories import FicheIndicatorFactory, FicheIndicatorValueFactory

    year = timezone.localdate().year
    value = FicheIndicatorValueFactory(indicator=FicheIndicatorFactory(fiche=fiche, name="Kits"), year=year, value=10)
    client.force_login(pilote)
    url = reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number])
    data = {name: val for name, val in client.get(url).context["form"].initial.items() if val is not None}
    data |= {"status": FicheStatus.IN_PROGRESS, "progress": 40, f"indicator_{value.indicator_id}": "12"}
    assert client.post(url, data).status_code == 302
    value.refresh_from_db()
    assert (value.value, value.version) == (12, 2)
    # The value form opened before the follow-up is now stale.
    response = client.post(
        reverse("actions:child_edit", args=[fiche.contract.slug, fiche.number, "valeurs", value.pk]),
        {"indicator": value.indicator_id, "year": year, "value": "99", "version": 1},
    )
    assert response.status_code == 409
    value.refresh_from_db()
    assert value.value == 12


# Writes that do not come from a form move the version too -------------------------------------------------------


def test_renumbering_makes_open_forms_of_the_fiche_and_its_sub_actions_stale(logged_coordinator, axe1):
    from actions.numbering import renumber_axe
    from tests.actions.factories import FicheFactory, SubActionFactory

    fiche = FicheFactory(axe=axe1, number="1.3", title="Sensibiliser au radon")
    sub_action = SubActionFactory(fiche=fiche, number="1.3.1", title="Étape un")
    renumber_axe(axe1)
    fiche.refresh_from_db()
    sub_action.refresh_from_db()
    assert (fiche.number, fiche.version, sub_action.number, sub_action.version) == ("1.1", 2, "1.1.1", 2)
    # The edit form opened before the renumbering would put the old number back.
    response = logged_coordinator.post(
        reverse("actions:fiche_edit", args=[fiche.contract.slug, "1.1"]),
        fiche_data(axe1, number="1.3", title="Titre revu", version=1),
    )
    assert response.status_code == 409
    fiche.refresh_from_db()
    assert (fiche.number, fiche.title) == ("1.1", "Sensibiliser au radon")


def test_an_import_makes_open_forms_of_what_it_changed_stale(logged_coordinator, contract, rich_plan, coordinator):
    from actions.excel.exporters import export_plan
    from actions.excel.importers import apply_import, prepare_import, read_plan
    from actions.models import BudgetLine
    from tests.actions.excel_files import edit

    radon = rich_plan["radon"]
    line = BudgetLine.objects.filter(fiche=radon).order_by("pk").first()
    content = edit(export_plan(contract), "Budget", {(2, "Montant prévu (€)"): 4500})
    preview = prepare_import(contract, read_plan(content, contract))
    assert preview.ok, [str(e) for e in preview.errors]
    apply_import(preview, user=coordinator)
    line.refresh_from_db()
    radon.refresh_from_db()
    assert (line.planned_amount, line.version, radon.version) == (4500, 2, 2)
    response = logged_coordinator.post(
        reverse("actions:child_edit", args=[contract.slug, radon.number, "budget", line.pk]),
        {
            "year": line.year,
            "funder": line.funder,
            "funder_label": line.funder_label,
            "planned_amount": "10",
            "version": 1,
        },
    )
    assert response.status_code == 409
    line.refresh_from_db()
    assert line.planned_amount == 4500


def test_an_import_stops_when_a_sub_object_changed_after_its_reading(contract, rich_plan, coordinator):
    from actions.excel.exporters import export_plan
    from actions.excel.importers import StaleImportError, apply_import, prepare_import, read_plan
    from actions.models import BudgetLine
    from cls_portal.locking import bump_version
    from tests.actions.excel_files import edit

    content = edit(export_plan(contract), "Budget", {(2, "Montant prévu (€)"): 4500})
    preview = prepare_import(contract, read_plan(content, contract))
    read = next(op.existing for change in preview.fiches for op in change.children if op.is_change)
    line = BudgetLine.objects.get(pk=read.pk)
    line.planned_amount = 7  # someone saves the line between the reading and the writing
    bump_version(line)
    line.save()
    with pytest.raises(
        StaleImportError, match=r"La fiche 1\.1 a été modifiée dans le portail depuis l'aperçu \(budget"
    ):
        apply_import(preview, user=coordinator)
    assert BudgetLine.objects.get(pk=line.pk).planned_amount == 7
