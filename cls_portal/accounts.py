"""Deactivating and reactivating an account: never deleted, so that every record keeps the person's name.

The change is written to Django's admin log (`LogEntry`), where changes of accounts made in the Django admin already
go: the activity log of the administration reads both from there.
"""

from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction

from cls_portal.models import User


class AccountError(Exception):
    """A refused change, with a French message."""


def _log(user, *, by, message):
    LogEntry.objects.log_actions(user_id=by.pk, queryset=[user], action_flag=CHANGE, change_message=message)


def deactivate(user, *, by):
    """The person can no longer log in; memberships, pilotages and history stay, so does the name."""
    if user.pk == by.pk:
        raise AccountError("Vous ne pouvez pas désactiver votre propre compte.")
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if not user.is_active:
            raise AccountError(f"Le compte de {user} est déjà désactivé.")
        user.is_active = False
        user.save(update_fields=["is_active"])
        _log(user, by=by, message="Compte désactivé")
    return user


def reactivate(user, *, by):
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.is_active:
            raise AccountError(f"Le compte de {user} est déjà actif.")
        user.is_active = True
        user.save(update_fields=["is_active"])
        _log(user, by=by, message="Compte réactivé")
    return user
