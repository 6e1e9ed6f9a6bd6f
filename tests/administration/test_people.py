"""People of the scope and their habilitations; deactivating an account keeps everything, the name included."""

import io

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from openpyxl import load_workbook

from contracts import invitations
from contracts.enums import Role
from tests.actions.factories import FicheFactory
from tests.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory


def test_everyone_with_a_role_in_the_scope_is_listed_with_their_roles_there(
    client, ars_animator, coordinator, reader, contract, other_contract, sarthe_person
):
    pilote = UserFactory(email="pilote@exemple.fr", first_name="Paule", last_name="Pilote")
    FicheFactory(axe__contract=contract, pilote=pilote)
    seated = UserFactory(email="elu@exemple.fr", first_name="Émile", last_name="Siège")
    MemberFactory(instance=InstanceFactory(contract=contract), person=PersonFactory(user=seated))
    # A role in the Sarthe is not shown to the Maine-et-Loire animator.
    MembershipFactory(user=reader, role=Role.READER, contract=other_contract)
    client.force_login(ars_animator)
    response = client.get(reverse("administration:people"))
    rows = {person.email: person for person in response.context["people"]}
    assert set(rows) == {ars_animator.email, coordinator.email, reader.email, pilote.email, seated.email}
    assert [m.contract for m in rows[reader.email].scope_roles] == [contract]
    assert rows[pilote.email].piloted_count == 1 and rows[seated.email].seat_count == 1
    html = response.content.decode()
    assert "Val de Sarthe" not in html
    assert "Pilote de 1 fiche-action" in html and "Membre de 1 instance" in html


@pytest.mark.parametrize(("role", "expected"), [("coordinator", "Claude"), ("pilote", "Paule"), ("reader", "Élise")])
def test_filter_by_role(client, ars_animator, coordinator, reader, contract, role, expected):
    FicheFactory(axe__contract=contract, pilote=UserFactory(first_name="Paule"))
    client.force_login(ars_animator)
    response = client.get(reverse("administration:people"), {"role": role})
    assert [p.first_name for p in response.context["people"]] == [expected]


def test_search_ignores_accents(client, ars_animator, reader):
    client.force_login(ars_animator)
    response = client.get(reverse("administration:people"), {"q": "elise elue"})
    assert [p.email for p in response.context["people"]] == [reader.email]


def test_deactivating_an_account_keeps_the_person_and_logs_it(client, ars_animator, coordinator, contract):
    fiche = FicheFactory(axe__contract=contract, pilote=coordinator)
    client.force_login(ars_animator)
    url = reverse("administration:person_deactivate", args=[coordinator.pk])
    assert "Rien n&#x27;est supprimé" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "Le compte de Claude Coordinateur est désactivé." in response.content.decode()
    coordinator.refresh_from_db()
    assert not coordinator.is_active
    fiche.refresh_from_db()
    assert fiche.pilote == coordinator and coordinator.memberships.count() == 1
    entry = LogEntry.objects.get()
    assert (entry.user, entry.object_repr) == (ars_animator, "Claude Coordinateur")
    assert entry.change_message == "Compte désactivé"
    client.logout()
    client.post(reverse("login"), {"username": coordinator.email, "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session
    client.force_login(ars_animator)
    client.post(reverse("administration:person_reactivate", args=[coordinator.pk]))
    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_a_deactivated_persons_open_session_ends(client, ars_animator, coordinator):
    client.force_login(coordinator)
    coordinator.is_active = False
    coordinator.save()
    assert client.get(reverse("home")).status_code == 302


@pytest.mark.parametrize("target", ["self", "animator", "superuser"])
def test_accounts_an_animator_does_not_switch_off(client, ars_animator, departement, contract, target):
    person = {
        "self": ars_animator,
        "animator": _colleague(departement),
        "superuser": _superuser_reader(contract),
    }[target]
    client.force_login(ars_animator)
    response = client.post(reverse("administration:person_deactivate", args=[person.pk]), follow=True)
    assert "administration nationale" in response.content.decode() or "propre compte" in response.content.decode()
    person.refresh_from_db()
    assert person.is_active


def _colleague(departement):
    user = UserFactory(email="collegue@ars.exemple.fr")
    MembershipFactory(user=user, role=Role.ARS_ANIMATOR, contract=None, departement=departement)
    return user


def _superuser_reader(contract):
    user = UserFactory(email="national@exemple.fr", is_superuser=True)
    MembershipFactory(user=user, role=Role.READER, contract=contract)
    return user


def test_a_superuser_may_deactivate_an_animator(client, superuser, ars_animator):
    client.force_login(superuser)
    client.post(reverse("administration:person_deactivate", args=[ars_animator.pk]))
    ars_animator.refresh_from_db()
    assert not ars_animator.is_active


def test_export_lists_the_people_and_their_roles(client, ars_animator, coordinator):
    client.force_login(ars_animator)
    response = client.get(reverse("administration:people"), {"format": "xlsx", "role": "coordinator"})
    sheet = load_workbook(filename=io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Nom", "Prénom", "Adresse e-mail")
    assert rows[1][:3] == ("Coordinateur", "Claude", coordinator.email)
    assert rows[1][5] == "Coordinateur ou coordinatrice CLS — CLS de Mauges Communauté"


def test_pending_invitations_of_the_scope_are_listed(client, ars_animator, coordinator, contract, other_contract):
    def invite(on, email):
        invitations.invite(on, email=email, first_name="Inès", last_name="Martin", role=Role.READER, by=coordinator,
                           link_for=lambda token: token)  # fmt: skip

    invite(contract, "ines@mauges.exemple.fr")
    invite(other_contract, "ines@sarthe.exemple.fr")  # another département: not the animator's
    client.force_login(ars_animator)
    page = client.get(reverse("administration:people")).content.decode()
    assert "Invitations en attente" in page
    assert "ines@mauges.exemple.fr" in page and "ines@sarthe.exemple.fr" not in page
