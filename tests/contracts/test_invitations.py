"""Inviting people to a contract: who may invite whom, the e-mail and its link, pending, resend, revoke, expiry."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cls_portal.models import User
from contracts import invitations
from contracts.enums import ContractStatus, Role
from contracts.models import Invitation
from tests.factories import MembershipFactory, UserFactory

NEW_PASSWORD = "Une phrase de passe solide 2026"


def invite(client, contract, **data):
    data = {"email": "marie.durand@csi-mauges.exemple.fr", "first_name": "Marie", "last_name": "Durand",
            "role": Role.READER, **data}  # fmt: skip
    return client.post(reverse("contracts:memberships", args=[contract.slug]), data)


def link_in(message) -> str:
    return re.search(r"http://testserver(/compte/invitation/[^/\s]+/)", message.body).group(1)


def test_a_coordinator_invites_a_reader_who_creates_their_account(
    client, coordinator, contract, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, contract)
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.role, invitation.invited_by, invitation.is_pending) == (Role.READER, coordinator, True)
    page = client.get(reverse("contracts:memberships", args=[contract.slug])).content.decode()
    assert "Invitations en attente" in page and "Marie Durand" in page and "valable jusqu'au" in page
    (message,) = mail.outbox
    assert message.to == ["marie.durand@csi-mauges.exemple.fr"]
    assert "Claude Coordinateur vous invite" in message.body and "« CLS de Mauges Communauté »" in message.body
    link = link_in(message)
    assert invitation.token_hash not in message.body  # only the hash is stored, only the token is sent

    client.logout()
    page = client.get(link)
    assert page.status_code == 200 and "Créer votre compte" in page.content.decode()
    weak = client.post(link, {"new_password1": "marie", "new_password2": "marie"})
    assert weak.status_code == 400 and not User.objects.filter(email__iexact="marie.durand@csi-mauges.exemple.fr")
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response.url == reverse("contracts:detail", args=[contract.slug])
    user = User.objects.get(email="marie.durand@csi-mauges.exemple.fr")
    assert (user.first_name, user.last_name, user.check_password(NEW_PASSWORD)) == ("Marie", "Durand", True)
    assert contract.memberships.get(user=user).role == Role.READER
    assert client.get(reverse("contracts:detail", args=[contract.slug])).status_code == 200  # logged in
    invitation.refresh_from_db()
    assert invitation.accepted_by == user and not invitation.is_pending
    # The link served once.
    client.logout()
    again = client.get(link)
    assert again.status_code == 410 and "Cette invitation a déjà servi" in again.content.decode()


def test_someone_who_has_an_account_gets_the_role_at_once(client, ars_animator, contract):
    existing = UserFactory(email="nina@mauges.exemple.fr", first_name="Nina", last_name="Nouvelle")
    client.force_login(ars_animator)
    response = invite(client, contract, email="NINA@mauges.exemple.fr", first_name="", last_name="",
                      role=Role.COORDINATOR)  # fmt: skip
    assert response.status_code == 302
    assert contract.memberships.get(user=existing).role == Role.COORDINATOR
    assert not Invitation.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    ("persona", "role", "allowed"),
    [
        ("ars_animator", Role.COORDINATOR, True),
        ("ars_animator", Role.READER, True),
        ("coordinator", Role.READER, True),
        ("coordinator", Role.COORDINATOR, False),  # a coordinator does not make coordinators
        ("superuser", Role.COORDINATOR, True),
    ],
)
def test_who_may_invite_whom(client, personas, contract, persona, role, allowed):
    client.force_login(personas[persona])
    response = invite(client, contract, role=role)
    assert response.status_code == (302 if allowed else 400)
    assert Invitation.objects.filter(role=role).exists() is allowed


@pytest.mark.parametrize(("persona", "status"), [("reader", 403), ("outsider", 404)])
def test_readers_and_outsiders_cannot_invite(client, personas, contract, persona, status):
    client.force_login(personas[persona])
    assert invite(client, contract).status_code == status
    assert not Invitation.objects.exists()


def test_a_closed_contract_still_takes_readers(client, ars_animator, contract):
    contract.status = ContractStatus.ABANDONED
    contract.save()
    client.force_login(ars_animator)
    assert invite(client, contract).status_code == 302  # read access to an archive
    assert Invitation.objects.get().role == Role.READER


def test_resend_gives_a_new_link_and_the_old_one_stops_working(
    client, coordinator, contract, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, contract)
    invitation = Invitation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("contracts:invitation_resend", args=[contract.slug, invitation.pk]))
    assert response.status_code == 302
    first, second = mail.outbox
    assert link_in(first) != link_in(second)
    client.logout()
    assert client.get(link_in(first)).status_code == 410
    assert client.get(link_in(second)).status_code == 200
    # Inviting the same address again renews the same invitation rather than adding one.
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, contract, first_name="Marie-Anne")
    assert Invitation.objects.get().first_name == "Marie-Anne" and len(mail.outbox) == 3


def test_revoking_is_confirmed_and_closes_the_link(client, coordinator, contract, django_capture_on_commit_callbacks):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, contract)
    invitation = Invitation.objects.get()
    url = reverse("contracts:invitation_revoke", args=[contract.slug, invitation.pk])
    assert "Révoquer l&#x27;invitation de Marie Durand ?" in client.get(url).content.decode()
    assert Invitation.objects.get().revoked_at is None
    client.post(url)
    assert Invitation.objects.get().revoked_at is not None
    client.logout()
    response = client.get(link_in(mail.outbox[0]))
    assert response.status_code == 410 and "a été retirée" in response.content.decode()


def test_an_expired_link_says_so(client, coordinator, contract, django_capture_on_commit_callbacks):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, contract)
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    client.logout()
    response = client.get(link_in(mail.outbox[0]))
    assert response.status_code == 410 and "Cette invitation a expiré" in response.content.decode()
    response = client.post(link_in(mail.outbox[0]), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 410 and not User.objects.filter(email__startswith="marie").exists()


def test_an_unknown_link_is_refused_in_french(client, db):
    response = client.get(reverse("invitation", args=["pas-un-vrai-lien"]))
    assert response.status_code == 410 and "n&#x27;est pas valide" in response.content.decode()


def test_an_account_created_meanwhile_is_not_duplicated(contract, coordinator):
    outcome = invitations.invite(contract, email="paul@exemple.fr", first_name="Paul", last_name="Martin",
                                 role=Role.READER, by=coordinator, link_for=lambda token: token)  # fmt: skip
    UserFactory(email="Paul@exemple.fr")
    with pytest.raises(invitations.InvitationError, match="Un compte utilise déjà cette adresse"):
        invitations.accept(outcome.link, password=NEW_PASSWORD)
    assert User.objects.filter(email__iexact="paul@exemple.fr").count() == 1


def test_another_coordinator_cannot_touch_the_invitations_of_a_contract(client, contract, other_contract, coordinator):
    outcome = invitations.invite(contract, email="paul@exemple.fr", first_name="Paul", last_name="Martin",
                                 role=Role.READER, by=coordinator, link_for=lambda token: token)  # fmt: skip
    stranger = UserFactory()
    MembershipFactory(user=stranger, role=Role.COORDINATOR, contract=other_contract)
    client.force_login(stranger)
    for name in ("invitation_resend", "invitation_revoke"):
        assert (
            client.post(reverse(f"contracts:{name}", args=[contract.slug, outcome.invitation.pk])).status_code == 404
        )
    assert Invitation.objects.get().is_pending
