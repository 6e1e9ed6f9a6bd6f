"""How views fetch a plan or a fiche for the current user: invisible answers 404, forbidden answers 403.

The pilote of a fiche may not be a member of its contract (a partner's employee): they reach that fiche's page and
its follow-up form, and nothing else of the contract (docs/plan.md, "Permissions").
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from actions.models import FicheAction
from contracts import perms
from contracts.models import Contract

# The contract is read on its own, first (by its slug), then the fiche by (contract, number): one query joining the
# contract to these six tables took PostgreSQL 5 to 10 ms to plan, several times what reading the rows took.
FICHE_RELATED = ["axe", "axe__parent", "porteur", "pilote", "ars_theme", "avenant"]


def get_contract(user, slug):
    return get_object_or_404(perms.visible_contracts(user), slug=slug)


def get_fiche(user, slug, number, queryset=None):
    """The fiche numbered `number` in the contract `slug`, if the user may see it: they may see its contract, or they
    are its pilote (`queryset` adds prefetches)."""
    contract = Contract.objects.select_related("departement").filter(slug=slug).first()
    fiche = None
    if contract is not None:
        queryset = (queryset if queryset is not None else FicheAction.objects).select_related(*FICHE_RELATED)
        fiche = queryset.filter(contract=contract, number=number).first()
    if fiche is None or not (
        perms.can_view_contract(user, contract) or (user.is_authenticated and fiche.pilote_id == user.pk)
    ):
        raise Http404("Fiche-action introuvable.")
    fiche.contract = contract
    return fiche


def require(allowed: bool, message="Vous n'avez pas les droits pour cette action."):
    if not allowed:
        raise PermissionDenied(message)


def visible_fiches(user):
    """Fiches the user may open: those of the contracts they see, and those they pilot (one query as a subquery)."""
    if not user.is_authenticated:
        return FicheAction.objects.none()
    return FicheAction.objects.filter(Q(contract__in=perms.visible_contracts(user)) | Q(pilote=user))
