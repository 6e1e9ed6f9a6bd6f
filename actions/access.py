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

FICHE_RELATED = [
    "contract",
    "contract__departement",
    "axe",
    "axe__parent",
    "porteur",
    "pilote",
    "ars_theme",
    "avenant",
]


def get_contract(user, slug):
    return get_object_or_404(perms.visible_contracts(user), slug=slug)


def get_fiche(user, slug, number, queryset=None):
    """The fiche numbered `number` in the contract `slug`, if the user may see it (`queryset` adds prefetches)."""
    queryset = (queryset if queryset is not None else FicheAction.objects).select_related(*FICHE_RELATED)
    fiche = queryset.filter(contract__in=perms.visible_contracts(user), contract__slug=slug, number=number).first()
    if fiche is None and user.is_authenticated:
        fiche = queryset.filter(contract__slug=slug, number=number, pilote=user).first()
    if fiche is None:
        raise Http404("Fiche-action introuvable.")
    return fiche


def require(allowed: bool, message="Vous n'avez pas les droits pour cette action."):
    if not allowed:
        raise PermissionDenied(message)


def visible_fiches(user):
    """Fiches the user may open: those of the contracts they see, and those they pilot (one query as a subquery)."""
    if not user.is_authenticated:
        return FicheAction.objects.none()
    return FicheAction.objects.filter(Q(contract__in=perms.visible_contracts(user)) | Q(pilote=user))
