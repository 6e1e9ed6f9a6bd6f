from django.core.paginator import Paginator
from django.shortcuts import render

from contracts import perms
from contracts.filters import ContractFilterSet
from contracts.models import perimeter_populations
from referentials.models import Departement

PAGE_SIZE = 50
POPULATION_VINTAGE = "population municipale 2023 (INSEE)"


def contract_list(request):
    visible = perms.visible_contracts(request.user)
    departements = Departement.objects.filter(pk__in=visible.values("departement_id")).order_by("code")
    filterset = ContractFilterSet(
        request.GET or None,
        queryset=visible.select_related("departement", "porteur").order_by("departement", "name"),
        departements=departements,
    )
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    populations = perimeter_populations([contract.pk for contract in page.object_list])
    for contract in page.object_list:
        contract.population = populations[contract.pk]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "contracts/contract_list.html",
        {
            "filter": filterset,
            "page": page,
            "contracts": page.object_list,
            "query_string": query.urlencode(),
            "can_create": perms.can_create_contract(request.user),
            "population_vintage": POPULATION_VINTAGE,
        },
    )
