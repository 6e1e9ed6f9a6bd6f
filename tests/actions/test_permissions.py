"""Who may do what on a plan: a matrix of personas × actions, checked through the HTTP answers."""

import pytest
from django.urls import reverse

from actions.enums import FicheStatus
from actions.models import FicheAction

ALLOWED, FORBIDDEN, INVISIBLE = 200, 403, 404


def _urls(contract, fiche):
    return {
        "view_plan": ("get", reverse("actions:plan", args=[contract.slug]), {}),
        "view_fiche": ("get", reverse("actions:fiche", args=[contract.slug, fiche.number]), {}),
        "edit": ("get", reverse("actions:fiche_edit", args=[contract.slug, fiche.number]), {}),
        "create": ("get", reverse("actions:fiche_create", args=[contract.slug]), {}),
        "follow_up": ("get", reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number]), {}),
        "sub_action": ("get", reverse("actions:child_create", args=[contract.slug, fiche.number, "sous-actions"]), {}),
        "note": ("get", reverse("actions:child_create", args=[contract.slug, fiche.number, "notes"]), {}),
        "delete": ("get", reverse("actions:fiche_delete", args=[contract.slug, fiche.number]), {}),
        "bulk": (
            "post",
            reverse("actions:bulk", args=[contract.slug]),
            {"fiches": [fiche.pk], "action": "status", "status": FicheStatus.DONE},
        ),
    }


# persona -> expected status per action (bulk answers a redirect, 302, when allowed)
MATRIX = {
    "ars_animator": dict(
        view_plan=200,
        view_fiche=200,
        edit=200,
        create=200,
        follow_up=200,
        sub_action=200,
        note=200,
        delete=200,
        bulk=302,
    ),
    "coordinator": dict(
        view_plan=200,
        view_fiche=200,
        edit=200,
        create=200,
        follow_up=200,
        sub_action=200,
        note=200,
        delete=200,
        bulk=302,
    ),
    "superuser": dict(
        view_plan=200,
        view_fiche=200,
        edit=200,
        create=200,
        follow_up=200,
        sub_action=200,
        note=200,
        delete=200,
        bulk=302,
    ),
    "reader": dict(
        view_plan=200,
        view_fiche=200,
        edit=403,
        create=403,
        follow_up=403,
        sub_action=403,
        note=403,
        delete=403,
        bulk=403,
    ),
    "outsider": dict(
        view_plan=404,
        view_fiche=404,
        edit=404,
        create=404,
        follow_up=404,
        sub_action=404,
        note=404,
        delete=404,
        bulk=404,
    ),
    # The pilote is no member of the contract: that fiche and its follow-up, nothing else.
    "pilote": dict(
        view_plan=404,
        view_fiche=200,
        edit=403,
        create=404,
        follow_up=200,
        sub_action=403,
        note=200,
        delete=403,
        bulk=404,
    ),
}


@pytest.mark.parametrize("persona", MATRIX)
def test_permission_matrix(client, personas, pilote, contract, fiche, persona):
    user = pilote if persona == "pilote" else personas[persona]
    client.force_login(user)
    results = {}
    for action, (method, url, data) in _urls(contract, fiche).items():
        response = getattr(client, method)(url, data)
        results[action] = response.status_code
    assert results == MATRIX[persona]


def test_forbidden_bulk_changes_nothing(client, reader, fiche):
    client.force_login(reader)
    client.post(
        reverse("actions:bulk", args=[fiche.contract.slug]),
        {"fiches": [fiche.pk], "action": "status", "status": FicheStatus.DONE},
    )
    fiche.refresh_from_db()
    assert fiche.status == FicheStatus.IN_PROGRESS


def test_pilote_cannot_change_other_fields_through_follow_up(client, pilote, fiche):
    client.force_login(pilote)
    response = client.post(
        reverse("actions:fiche_follow_up", args=[fiche.contract.slug, fiche.number]),
        {"status": FicheStatus.DONE, "progress": 100, "version": fiche.version, "title": "Titre piraté"},
    )
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert (fiche.status, fiche.progress, fiche.title) == (FicheStatus.DONE, 100, "Sensibiliser au radon")


def test_pilote_of_another_fiche_sees_only_their_fiche(client, pilote, fiche, axe1):
    other = FicheAction.objects.create(contract=fiche.contract, axe=axe1, number="1.2", title="Autre fiche")
    client.force_login(pilote)
    assert client.get(reverse("actions:fiche", args=[fiche.contract.slug, other.number])).status_code == 404


def test_closed_contract_plan_is_read_only(client, coordinator, fiche):
    fiche.contract.status = "expired"
    fiche.contract.save()
    client.force_login(coordinator)
    page = client.get(reverse("actions:plan", args=[fiche.contract.slug]))
    assert page.status_code == 200
    assert "Créer une fiche" not in page.content.decode()
    assert client.get(reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number])).status_code == 403


def test_anonymous_is_sent_to_login(client, fiche):
    response = client.get(reverse("actions:plan", args=[fiche.contract.slug]))
    assert response.status_code == 302 and "/compte/connexion/" in response["Location"]


def test_a_pilote_changes_only_their_own_notes(client, coordinator, pilote, fiche):
    from actions.models import FollowUpNote

    theirs = FollowUpNote.objects.create(fiche=fiche, date="2024-03-01", done="Réunion du comité", author=coordinator)
    own = FollowUpNote.objects.create(fiche=fiche, date="2024-04-01", done="Kits distribués", author=pilote)

    def url(view, note):
        return reverse(f"actions:child_{view}", args=[fiche.contract.slug, fiche.number, "notes", note.pk])

    client.force_login(pilote)
    assert client.get(url("edit", theirs)).status_code == FORBIDDEN
    assert client.post(url("delete", theirs)).status_code == FORBIDDEN
    assert client.get(url("edit", own)).status_code == ALLOWED
    html = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])).content.decode()
    assert url("edit", own) in html and url("edit", theirs) not in html
    assert client.post(url("delete", own)).status_code == 302

    client.force_login(coordinator)
    assert client.post(url("delete", theirs)).status_code == 302
    assert not FollowUpNote.objects.exists()
