from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.shortcuts import render
from django.urls import reverse

from actions.overview import plan_overview
from cls_portal import perms
from cls_portal.enums import Role
from cls_portal.models import User
from contracts import lifecycle
from contracts.avenants import avenant_additions
from contracts.filters import ContractFilterSet
from contracts.history import contract_changes
from contracts.models import Contract
from contracts.views.common import get_contract
from referentials.models import Departement

PAGE_SIZE = 50
POPULATION_VINTAGE = "population municipale 2023 (INSEE)"


def contract_list(request):
    visible = perms.visible_contracts(request.user)
    departements = Departement.objects.filter(pk__in=visible.values("departement_id")).order_by("code")
    filterset = ContractFilterSet(
        request.GET or None,
        queryset=visible.select_related("departement", "porteur").with_population().order_by("departement", "name"),
        departements=departements,
    )
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
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


def contract_detail(request, slug):
    contract = get_contract(request, slug, queryset=perms.visible_contracts(request.user).select_related("previous"))
    user = request.user
    perimeter = contract.perimeter_communes().order_by().aggregate(population=Sum("population"), communes=Count("pk"))
    memberships = list(contract.memberships.select_related("user").order_by("user__last_name", "user__first_name"))
    avenants = list(contract.avenants.select_related("created_by"))
    additions = avenant_additions(contract, avenants)
    can_steer = perms.can_steer_contract(user, contract)
    context = {
        "contract": contract,
        "crumbs": [{"url": reverse("contracts:list"), "title": "Contrats"}],
        "epcis": contract.epcis.annotate(commune_count=Count("communes")).order_by("name"),
        "communes": contract.communes.select_related("epci").order_by("name"),
        "population": perimeter["population"] or 0,
        "commune_count": perimeter["communes"],
        "population_vintage": POPULATION_VINTAGE,
        "coordinators": [m.user for m in memberships if m.role == Role.COORDINATOR],
        "readers": [m.user for m in memberships if m.role == Role.READER],
        "animators": User.objects.filter(
            memberships__role=Role.ARS_ANIMATOR, memberships__departement=contract.departement_id, is_active=True
        ).distinct(),
        "parties": contract.parties.select_related("organisation", "avenant"),
        "avenants": [{"avenant": a, **additions[a.pk]} for a in avenants],
        "transitions": contract.transitions.select_related("by").order_by("at", "id"),
        "changes": contract_changes(contract),
        "plan": plan_overview(contract),
        "next_generation": Contract.objects.filter(previous=contract).only("name", "slug", "generation").first(),
        "can_edit": perms.can_edit_contract(user, contract),
        "can_steer": can_steer,
        "can_manage_parties": perms.can_manage_parties(user, contract),
        "can_add_avenant": perms.can_add_avenant(user, contract),
        "actions": [
            {"status": target, "label": lifecycle.ACTION_LABELS[target]}
            for target in lifecycle.allowed_targets(contract)
        ]
        if can_steer
        else [],
    }
    return render(request, "contracts/contract_detail.html", context)
