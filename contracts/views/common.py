"""What every contract view does first: fetch the contract the user may see, then check what they may do."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse

from contracts import perms


def get_contract(request, slug, check=None, queryset=None):
    """404 when the user may not see the contract, 403 when they see it but `check(user, contract)` is false."""
    queryset = queryset if queryset is not None else perms.visible_contracts(request.user)
    contract = get_object_or_404(queryset.select_related("departement", "porteur"), slug=slug)
    if check is not None and not check(request.user, contract):
        raise PermissionDenied
    return contract


def contract_crumbs(contract):
    return [
        {"url": reverse("contracts:list"), "title": "Contrats"},
        {"url": reverse("contracts:detail", args=[contract.slug]), "title": contract.name},
    ]
