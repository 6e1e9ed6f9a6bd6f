"""Two people edit the same fiche: the second save is refused (409) and their input is given back."""

from django.urls import reverse

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
    from actions.editing import StaleFicheError, claim_version

    claim_version(fiche, 1)
    other_copy = FicheAction.objects.get(pk=fiche.pk)
    try:
        claim_version(other_copy, 1)
    except StaleFicheError as error:
        assert error.fiche.version == 2
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
