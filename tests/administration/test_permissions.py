"""Who reaches the administration: ARS animators and superusers; everyone else gets 404 on every URL, and an
anonymous visitor the login page. Within it, an animator sees only what belongs to their départements."""

import pytest
from django.urls import reverse

from tests.factories import OrganisationFactory

OK, NOT_FOUND = 200, 404


def _urls(organisation, duplicate, person):
    return {
        "index": reverse("administration:index"),
        "organisations": reverse("administration:organisations"),
        "organisations_export": reverse("administration:organisations") + "?format=csv",
        "organisation_create": reverse("administration:organisation_create"),
        "organisation": reverse("administration:organisation", args=[organisation.pk]),
        "organisation_edit": reverse("administration:organisation_edit", args=[organisation.pk]),
        "organisation_merge": reverse("administration:organisation_merge", args=[organisation.pk]),
        "organisation_merge_preview": reverse(
            "administration:organisation_merge_preview", args=[organisation.pk, duplicate.pk]
        ),
        "organisation_archive": reverse("administration:organisation_archive", args=[organisation.pk]),
        "organisation_restore": reverse("administration:organisation_restore", args=[organisation.pk]),
        "organisation_delete": reverse("administration:organisation_delete", args=[organisation.pk]),
        "people": reverse("administration:people"),
        "people_export": reverse("administration:people") + "?format=xlsx",
        "person_deactivate": reverse("administration:person_deactivate", args=[person.pk]),
        "person_reactivate": reverse("administration:person_reactivate", args=[person.pk]),
        "activity": reverse("administration:activity"),
        "activity_export": reverse("administration:activity") + "?format=csv",
    }


# What each persona gets on every URL: the section is the animators' and superusers'. Archiving and restoring
# redirect back (302) when the organisation is not in the state the page expects; the account pages redirect when
# the person's account is managed elsewhere (here: none).
EXPECTED = {"ars_animator": OK, "superuser": OK, "coordinator": NOT_FOUND, "reader": NOT_FOUND, "outsider": NOT_FOUND}
NAMES = [
    "index", "organisations", "organisations_export", "organisation_create", "organisation", "organisation_edit",
    "organisation_merge", "organisation_merge_preview", "organisation_archive", "organisation_restore",
    "organisation_delete", "people", "people_export", "person_deactivate", "person_reactivate", "activity",
    "activity_export",
]  # fmt: skip
CASES = [(name, persona, status) for name in NAMES for persona, status in EXPECTED.items()]


@pytest.fixture
def targets(contract, maine_organisation, reader):
    duplicate = OrganisationFactory(name="Mauges Communaute", kind="epci", departement=contract.departement)
    return maine_organisation, duplicate, reader


@pytest.mark.parametrize(("name", "persona", "status"), CASES, ids=[f"{n}-{p}" for n, p, _ in CASES])
def test_permission_matrix(client, personas, targets, name, persona, status):
    client.force_login(personas[persona])
    assert client.get(_urls(*targets)[name]).status_code == status


@pytest.mark.parametrize("name", NAMES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, targets, name):
    url = _urls(*targets)[name]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", NAMES)
def test_posts_of_other_roles_change_nothing(client, coordinator, targets, name):
    organisation, _, reader = targets
    client.force_login(coordinator)
    assert client.post(_urls(*targets)[name]).status_code == NOT_FOUND
    organisation.refresh_from_db()
    reader.refresh_from_db()
    assert organisation.archived_at is None and reader.is_active


def test_the_navigation_shows_administration_to_animators_and_superusers_only(client, personas):
    for persona, shown in [("ars_animator", True), ("superuser", True), ("coordinator", False), ("reader", False)]:
        client.force_login(personas[persona])
        html = client.get(reverse("home")).content.decode()
        assert (f'href="{reverse("administration:index")}"' in html) is shown, persona


def test_maine_et_loire_never_reaches_what_belongs_only_to_the_sarthe(
    client, ars_animator, sarthe_organisation, sarthe_person, maine_organisation
):
    client.force_login(ars_animator)
    for url in (
        reverse("administration:organisation", args=[sarthe_organisation.pk]),
        reverse("administration:organisation_edit", args=[sarthe_organisation.pk]),
        reverse("administration:organisation_archive", args=[sarthe_organisation.pk]),
        reverse("administration:organisation_merge_preview", args=[maine_organisation.pk, sarthe_organisation.pk]),
        reverse("administration:person_deactivate", args=[sarthe_person.pk]),
    ):
        assert client.get(url).status_code == NOT_FOUND, url
        assert client.post(url).status_code == NOT_FOUND, url
    assert client.get(reverse("administration:organisations") + "?q=sarthe").context["page"].paginator.count == 0
    listed = client.get(reverse("administration:people")).content.decode()
    assert sarthe_person.email not in listed
    sarthe_person.refresh_from_db()
    assert sarthe_person.is_active


def test_an_organisation_used_in_both_departements_is_edited_by_both(
    client, ars_animator, sarthe_animator, shared_organisation
):
    url = reverse("administration:organisation_edit", args=[shared_organisation.pk])
    for animator, address in ((ars_animator, "Nantes"), (sarthe_animator, "Le Mans")):
        client.force_login(animator)
        shared_organisation.refresh_from_db()
        data = {"name": shared_organisation.name, "kind": "ars", "address": address}
        response = client.post(url, {**data, "version": shared_organisation.version})
        assert response.status_code == 302, response.content.decode()
    history = list(shared_organisation.history.order_by("history_date").values_list("history_user__email", "address"))
    assert history[-2:] == [(ars_animator.email, "Nantes"), (sarthe_animator.email, "Le Mans")]


def test_a_superuser_sees_every_departement(client, superuser, sarthe_organisation, maine_organisation):
    client.force_login(superuser)
    page = client.get(reverse("administration:organisations")).context["page"]
    assert {o.pk for o in page.object_list} >= {sarthe_organisation.pk, maine_organisation.pk}
