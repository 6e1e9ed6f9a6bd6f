"""Seating people in an instance from its page: a new person, someone already known, a substitute."""

import pytest
from django.urls import reverse

from governance.enums import InstanceKind, MemberRole
from governance.models import Member, Person
from tests.factories import UserFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory


@pytest.fixture
def logged_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def add_url(instance):
    return reverse("governance:member_add", args=[instance.pk])


def test_a_coordinator_seats_a_new_person_without_an_account(logged_coordinator, copil):
    response = logged_coordinator.post(
        add_url(copil),
        {
            "civility": "mme",
            "first_name": "Aline",
            "last_name": "Bray",
            "email": "a.bray@mauges.exemple.fr",
            "phone": "02 41 71 77 10",
            "job_title": "Vice-présidente Animation et solidarité territoriales",
            "role": MemberRole.MEMBER,
            "start_date": "2022-03-16",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("#membres")
    member = copil.members.select_related("person").get()
    assert (member.person.full_name, member.person.user, member.role) == ("Aline Bray", None, MemberRole.MEMBER)
    page = logged_coordinator.get(reverse("governance:instance", args=[copil.pk])).content.decode()
    assert "Mme Aline Bray" in page and "a.bray@mauges.exemple.fr" in page and "depuis le 16/03/2022" in page


def test_missing_names_and_a_substitute_without_titular_are_refused_in_french(logged_coordinator, copil):
    response = logged_coordinator.post(add_url(copil), {"role": MemberRole.SUBSTITUTE, "email": "x@exemple.fr"})
    assert response.status_code == 400
    html = response.content.decode().replace("&#x27;", "'")
    assert "Indiquez le prénom de la personne, ou choisissez une personne déjà connue." in html
    assert "Indiquez le nom de la personne, ou choisissez une personne déjà connue." in html
    assert "Indiquez la personne titulaire que cette suppléance remplace." in html
    assert not Person.objects.exists()


def test_seating_someone_twice_says_so(logged_coordinator, copil, president):
    response = logged_coordinator.post(
        add_url(copil), {"first_name": "Didier", "last_name": "Huchon", "email": "D.Huchon@mauges.exemple.fr",
                         "role": MemberRole.MEMBER},
    )  # fmt: skip
    assert response.status_code == 400
    assert f"Didier Huchon siège déjà dans « {copil} »." in response.content.decode().replace("&#x27;", "'")
    assert copil.members.count() == 1


def test_a_known_email_reuses_the_person_and_says_so(logged_coordinator, copil):
    person = PersonFactory(first_name="Maryline", last_name="Castric", email="m.castric@ars.exemple.fr")
    response = logged_coordinator.post(
        add_url(copil),
        {"first_name": "M.", "last_name": "Castric", "email": "m.castric@ars.exemple.fr", "role": MemberRole.MEMBER},
        follow=True,
    )
    assert copil.members.get().person == person
    person.refresh_from_db()
    assert person.first_name == "Maryline"  # the existing record is not overwritten
    assert "figurait déjà dans l'annuaire avec cette adresse e-mail" in response.content.decode().replace(
        "&#x27;", "'"
    )


def test_people_of_the_other_instances_of_the_contract_are_offered(logged_coordinator, copil, president):
    technical = InstanceFactory(
        contract=copil.contract, kind=InstanceKind.TECHNICAL_COMMITTEE, name="Comité technique"
    )
    foreign = MemberFactory(instance=InstanceFactory(), person=PersonFactory(last_name="Étrangère"))
    html = logged_coordinator.get(add_url(technical)).content.decode()
    assert "Didier Huchon" in html and foreign.person.last_name not in html
    response = logged_coordinator.post(
        add_url(technical), {"existing_person": president.person.pk, "role": MemberRole.PRESIDENT}
    )
    assert response.status_code == 302
    assert technical.members.get().person == president.person
    # Someone the user does not see cannot be seated by forging the form.
    response = logged_coordinator.post(add_url(copil), {"existing_person": foreign.person.pk, "role": "member"})
    assert response.status_code == 400
    assert not copil.members.filter(person=foreign.person).exists()


def test_a_substitute_and_the_account_of_a_member(logged_coordinator, copil, president):
    user = UserFactory(email="t.colineau@mauges.exemple.fr")
    response = logged_coordinator.post(
        add_url(copil),
        {
            "first_name": "Thérèse",
            "last_name": "Colineau",
            "email": "T.Colineau@mauges.exemple.fr",
            "role": MemberRole.SUBSTITUTE,
            "substitute_for": president.pk,
        },
    )
    assert response.status_code == 302
    substitute = copil.members.get(role=MemberRole.SUBSTITUTE)
    assert substitute.substitute_for == president and substitute.person.user == user
    html = logged_coordinator.get(reverse("governance:instance", args=[copil.pk])).content.decode()
    assert "de Didier Huchon" in html


def test_editing_a_member_changes_the_person_everywhere(logged_coordinator, copil, president):
    url = reverse("governance:member_edit", args=[copil.pk, president.pk])
    form = logged_coordinator.get(url).content.decode()
    assert 'value="d.huchon@mauges.exemple.fr"' in form
    response = logged_coordinator.post(
        url,
        {"first_name": "Didier", "last_name": "Huchon", "email": "d.huchon@mauges.exemple.fr",
         "phone": "02 41 00 00 00", "role": MemberRole.PRESIDENT, "end_date": "2026-03-31"},
    )  # fmt: skip
    assert response.status_code == 302
    president.refresh_from_db()
    assert president.person.phone == "02 41 00 00 00" and str(president.end_date) == "2026-03-31"


def test_an_end_before_the_start_is_refused(logged_coordinator, copil, president):
    response = logged_coordinator.post(
        reverse("governance:member_edit", args=[copil.pk, president.pk]),
        {"first_name": "Didier", "last_name": "Huchon", "role": MemberRole.PRESIDENT,
         "start_date": "2024-01-01", "end_date": "2023-01-01"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "La fin du mandat ne peut pas précéder son début." in response.content.decode()


def test_removing_a_member(logged_coordinator, copil, president):
    url = reverse("governance:member_remove", args=[copil.pk, president.pk])
    assert "Retirer Didier Huchon" in logged_coordinator.get(url).content.decode()
    assert logged_coordinator.post(url).status_code == 302
    assert not Member.objects.exists()
    assert Person.objects.filter(last_name="Huchon").exists()


def test_a_member_of_another_instance_answers_404(logged_coordinator, copil):
    foreign = MemberFactory(instance=InstanceFactory(contract=copil.contract, name="Groupe de travail"))
    url = reverse("governance:member_edit", args=[copil.pk, foreign.pk])
    assert logged_coordinator.get(url).status_code == 404
