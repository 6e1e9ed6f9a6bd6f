from django.shortcuts import get_object_or_404, render

from cls_portal import perms


def contract_list(request):
    contracts = perms.visible_contracts(request.user).select_related("departement")
    return render(request, "contracts/contract_list.html", {"contracts": contracts})


def contract_detail(request, slug):
    contract = get_object_or_404(perms.visible_contracts(request.user), slug=slug)
    return render(request, "contracts/contract_detail.html", {"contract": contract})
