"""Pages that combine several apps: the home page, "Mon compte", the contract page and its renewal, the dashboards
of a contract and of a commune of its perimeter."""

from django.contrib import messages
from django.db.models import Count, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from actions import renewal
from actions.avenants import avenant_additions
from actions.overview import plan_overview
from cls_portal.forms import AccountForm
from cls_portal.models import User
from cls_portal.perms import Refusal
from cls_portal.tables import FORMATS, table_response
from contracts import lifecycle, perms
from contracts.enums import Role
from contracts.history import contract_changes
from contracts.views.browse import POPULATION_VINTAGE
from contracts.views.common import contract_crumbs, get_contract
from contracts.views.edit import transition_page
from diagnostics.overview import diagnostic_overview
from documents.overview import contract_documents
from governance.overview import contract_governance
from www import dashboard
from www.home import home_overview
from www.overview import territorial_overview
from www.prs import objective_fiches


def home(request):
    return render(request, "home.html", home_overview(request.user))


def account(request):
    form = AccountForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Vos informations ont été enregistrées.")
        return redirect("account")
    memberships = request.user.memberships.select_related("departement", "contract").order_by("role")
    return render(
        request,
        "account/account.html",
        {"form": form, "memberships": memberships, "role_labels": perms.role_labels(request.user)},
        status=400 if form.errors else 200,
    )


def contract_detail(request, slug):
    visible = perms.visible_contracts(request.user)
    contract = get_contract(request, slug, queryset=visible.select_related("roadmap__instance"))
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
        "governance": contract_governance(contract, user),
        "diagnostic": diagnostic_overview(contract),
        "documents": contract_documents(contract, user, avenants=avenants),
        # The other generations are named only to those who may open them.
        "previous_generation": visible.filter(pk=contract.previous_id).first() if contract.previous_id else None,
        "next_generation": visible.filter(previous=contract).only("name", "slug", "generation").first(),
        "can_edit": perms.can_edit_contract(user, contract),
        "can_steer": can_steer,
        "can_see_people": perms.can_see_people(user, contract),
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


def contract_dashboard(request, slug):
    """The contract's dashboard, for whoever may see the contract: a page to print or show a council."""
    contract = get_contract(request, slug)
    context = dashboard.contract_dashboard(contract)
    return render(request, "www/dashboard.html", {**context, "crumbs": contract_crumbs(contract)})


def commune_dashboard(request, slug, insee):
    """One commune of the perimeter, for its mayor; 404 for a commune outside the perimeter."""
    contract = get_contract(request, slug)
    commune = get_object_or_404(contract.perimeter_communes(), code=insee)
    crumbs = [
        *contract_crumbs(contract),
        {"url": reverse("contracts:dashboard", args=[contract.slug]), "title": "Tableau de bord"},
    ]
    context = dashboard.commune_dashboard(contract, commune)
    return render(request, "www/commune_dashboard.html", {**context, "crumbs": crumbs})


def contract_renew(request, slug):
    """Renewal, with the plan's unfinished fiches carried over on request."""
    return transition_page(request, slug, "renouvellement", verb=renewal.renew)


def ars_overview(request):
    """Every CLS of the animator's départements (all of them for a superuser) and the figures the ARS follows."""
    user = request.user
    if not (user.is_superuser or perms.is_ars_animator(user)):
        raise Refusal("La vue d'ensemble est réservée aux animateurs et animatrices territoriaux de l'ARS.")
    overview = territorial_overview(user, request.GET)
    table, fmt = request.GET.get("table"), request.GET.get("format")
    if table in overview["exports"] and fmt in FORMATS:
        headers, rows = overview["exports"][table]()
        return table_response(filename=f"vue-ensemble-{table}", headers=headers, rows=rows, fmt=fmt)
    query = request.GET.copy()
    for key in ("page", "table", "format"):
        query.pop(key, None)
    return render(request, "www/ars_overview.html", {**overview, "query_string": query.urlencode()}, status=200)


def prs_objective(request, code, element_code):
    """The fiches-action citing one objective of the PRS, in the contracts the user may see."""
    return render(
        request, "www/prs_objective.html", objective_fiches(request.user, code, element_code, request.GET.get("page"))
    )
