"""Who may change a fiche-action: the contract's editors, and for its follow-up the fiche's pilote, who may update
its status, progress, notes and indicator values and nothing else."""

import rules
from django.contrib.auth import get_user_model
from django.db.models import Q

from contracts.enums import Role
from contracts.perms import can_edit_contract


@rules.predicate
def can_edit_fiche(user, fiche):
    return can_edit_contract(user, fiche.contract)


@rules.predicate
def can_follow_up_fiche(user, fiche):
    """Status, progress, notes and indicator values: editors of the contract, and the fiche's pilote."""
    if not user.is_authenticated or fiche.contract.is_closed:
        return False
    return can_edit_fiche(user, fiche) or (fiche.pilote_id is not None and fiche.pilote_id == user.pk)


def can_change_note(user, note):
    """A follow-up note is changed or deleted by the contract's editors, or by its author while they may follow up
    the fiche: a pilote never touches the notes of others."""
    if can_edit_fiche(user, note.fiche):
        return True
    return can_follow_up_fiche(user, note.fiche) and note.author_id is not None and note.author_id == user.pk


def eligible_pilotes(contract, current=None):
    """Accounts that may pilot a fiche: members of the contract and the ARS animators of its département."""
    users = get_user_model().objects.filter(
        Q(memberships__contract=contract)
        | Q(memberships__role=Role.ARS_ANIMATOR, memberships__departement_id=contract.departement_id)
        | Q(pk=getattr(current, "pk", None))
    )
    return users.distinct().order_by("last_name", "first_name", "email")


rules.add_perm("actions.edit_fiche", can_edit_fiche)
rules.add_perm("actions.follow_up_fiche", can_follow_up_fiche)
