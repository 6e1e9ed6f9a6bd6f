"""Inviting people to a contract: an e-mail with a link to create their account, pending until used.

An ARS animator invites coordinators and readers of the contracts of their départements; a coordinator invites readers
(elected officials, partners, pilotes of fiches) of their contract (`contracts.perms.invitable_roles`). A person who
already has an account is given the role at once: nothing to accept. The link is valid `INVITATION_VALIDITY`; sending
again renews it (a new link: the old one stops working); revoking closes it.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.defaultfilters import date as date_filter
from django.utils import timezone

from contracts.models import INVITATION_VALIDITY, Invitation, Membership


class InvitationError(Exception):
    """Why an invitation cannot be used, in French for the person who opened the link."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Outcome:
    """What `invite` did: a role given to an existing account, or an invitation sent (with its link)."""

    membership: Membership | None = None
    invitation: Invitation | None = None
    link: str = ""


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.sent_at = timezone.now()
    invitation.expires_at = invitation.sent_at + INVITATION_VALIDITY
    return token


def _send(invitation: Invitation, link: str, inviter):
    until = date_filter(timezone.localtime(invitation.expires_at), "j F Y")
    body = (
        f"Bonjour {invitation.full_name},\n\n"
        f"{inviter.get_full_name() or inviter.email} vous invite sur le Portail CLS, pour le contrat local de santé "
        f"« {invitation.contract.name} », avec le rôle : {invitation.get_role_display().lower()}.\n\n"
        f"Pour créer votre compte et choisir votre mot de passe, ouvrez ce lien (valable jusqu'au {until}) :\n"
        f"{link}\n\n"
        "Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte n'est créé sans vous.\n\n"
        "— Portail CLS"
    )
    EmailMessage(
        subject=f"Invitation au contrat local de santé « {invitation.contract.name} »",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
    ).send()


@transaction.atomic
def invite(contract, *, email, first_name, last_name, role, by, link_for) -> Outcome:
    """Give `role` on `contract` to the account of `email`, or invite the person; `link_for(token)` builds the link.

    Sending again to someone already invited renews their invitation (new link and expiry).
    """
    email = email.strip()
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None:
        membership, _ = Membership.objects.get_or_create(user=user, role=role, contract=contract)
        return Outcome(membership=membership)
    invitation = (
        Invitation.objects.select_for_update()
        .filter(email__iexact=email, contract=contract, accepted_at__isnull=True, revoked_at__isnull=True)
        .first()
    )
    if invitation is None:
        invitation = Invitation(email=email, contract=contract)
    invitation.first_name, invitation.last_name, invitation.role, invitation.invited_by = (
        first_name,
        last_name,
        role,
        by,
    )
    token = _new_token(invitation)
    invitation.save()
    link = link_for(token)
    transaction.on_commit(lambda: _send(invitation, link, by))
    return Outcome(invitation=invitation, link=link)


@transaction.atomic
def resend(invitation: Invitation, *, by, link_for) -> Invitation:
    """A new link for a pending or expired invitation: the previous link stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at or invitation.revoked_at:
        raise InvitationError("Cette invitation a déjà été acceptée ou révoquée : elle ne peut plus être renvoyée.")
    token = _new_token(invitation)
    invitation.save(update_fields=["token_hash", "sent_at", "expires_at"])
    link = link_for(token)
    transaction.on_commit(lambda: _send(invitation, link, by))
    return invitation


def revoke(invitation: Invitation) -> None:
    updated = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not updated:
        raise InvitationError("Cette invitation a déjà été acceptée ou révoquée.")


def open_invitation(token: str) -> Invitation:
    """The invitation of a link, if it can still be used; InvitationError says why not."""
    invitation = Invitation.objects.select_related("contract").filter(token_hash=token_hash(token)).first()
    if invitation is None:
        raise InvitationError(
            "Ce lien d'invitation n'est pas valide : il a peut-être été remplacé par un envoi plus récent. "
            "Utilisez le dernier message reçu, ou demandez une nouvelle invitation."
        )
    if invitation.accepted_at:
        raise InvitationError("Cette invitation a déjà servi : connectez-vous avec votre adresse e-mail.")
    if invitation.revoked_at:
        raise InvitationError("Cette invitation a été retirée par la personne qui l'avait envoyée.")
    if invitation.expires_at <= timezone.now():
        raise InvitationError(
            "Cette invitation a expiré. Demandez à la personne qui vous l'avait envoyée de la renouveler."
        )
    return invitation


@transaction.atomic
def accept(token: str, *, password: str):
    """Create the account of the invitation with `password`, give it its role, close the invitation; returns the user.

    Two clicks on the same link create one account: the row is locked, and the second finds it accepted.
    """
    invitation = open_invitation(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at or invitation.revoked_at:
        raise InvitationError("Cette invitation a déjà servi : connectez-vous avec votre adresse e-mail.")
    users = get_user_model().objects
    if users.filter(email__iexact=invitation.email).exists():
        raise InvitationError(
            "Un compte utilise déjà cette adresse : connectez-vous, puis demandez l'accès au contrat à la personne "
            "qui vous a envoyé l'invitation."
        )
    user = users.create_user(
        email=invitation.email, password=password, first_name=invitation.first_name, last_name=invitation.last_name
    )
    Membership.objects.create(user=user, role=invitation.role, contract=invitation.contract)
    invitation.accepted_at, invitation.accepted_by = timezone.now(), user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user
