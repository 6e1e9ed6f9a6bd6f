"""The plan page, its bulk changes, and the axes."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from actions import access, plan_notices
from actions.bulk import set_pilote, set_status
from actions.completeness import incomplete_fields
from actions.filters import FicheFilter
from actions.forms import AxeForm, BulkActionForm
from actions.models import Axe, FicheAction
from actions.numbering import renumber_axe
from actions.progress import budget_totals, plan_stats
from actions.validators import number_key
from cls_portal.text import count
from contracts import perms
from contracts.avenants import as_signed

AS_SIGNED = "signe"  # ?version=signe: the plan as first signed, without what avenants added


def plan_crumbs(contract):
    return [
        {"url": reverse("contracts:list"), "title": "Contrats"},
        {"url": reverse("contracts:detail", args=[contract.slug]), "title": contract.name},
    ]


def fiche_url_maker(contract):
    """number -> address of the fiche page, from one reverse() for the whole plan: the plan page links each of its
    fiches, and reverse() costs more than the rest of a row. Fiche numbers are digits and dots, nothing to quote."""
    head, tail = reverse("actions:fiche", args=[contract.slug, "1"]).rsplit("/1/", 1)
    return lambda number: f"{head}/{number}/{tail}"


def plan(request, slug):
    contract = access.get_contract(request.user, slug)
    can_edit = perms.can_edit_contract(request.user, contract)
    avenants = list(contract.avenants.all())
    # With avenants, the plan can be read as amended (the default) or as first signed.
    as_signed_view = bool(avenants) and request.GET.get("version") == AS_SIGNED
    all_fiches = FicheAction.objects.filter(contract=contract)
    axes_qs = Axe.objects.filter(contract=contract)
    if as_signed_view:
        # A fiche of an axe brought by an avenant came with it, even when the fiche itself names no avenant.
        all_fiches = as_signed(all_fiches).filter(axe__avenant__isnull=True, axe__parent__avenant__isnull=True)
        axes_qs = as_signed(axes_qs).exclude(parent__avenant__isnull=False)
    fiches_qs = all_fiches.select_related("porteur", "pilote").with_budget_totals()
    filterset = FicheFilter(request.GET or None, queryset=fiches_qs, contract=contract)
    fiches = sorted(filterset.qs, key=lambda f: f.number_key)
    axes = sorted(axes_qs.select_related("avenant"), key=lambda a: (a.position, a.number_key))
    stats = plan_stats(contract, axes=axes, fiches=all_fiches)
    by_axe = {}
    url_of = fiche_url_maker(contract)
    for fiche in fiches:
        fiche.page_url = url_of(fiche.number)
        by_axe.setdefault(fiche.axe_id, []).append(fiche)
    ordered_axes = []
    for axe in [a for a in axes if a.parent_id is None]:
        ordered_axes.append(axe)
        ordered_axes += sorted((a for a in axes if a.parent_id == axe.pk), key=lambda a: a.number_key)
    sections = [{"axe": axe, "stats": stats.by_axe[axe.pk], "fiches": by_axe.get(axe.pk, [])} for axe in ordered_axes]
    return render(
        request,
        "actions/plan.html",
        {
            "contract": contract,
            "crumbs": plan_crumbs(contract),
            "sections": sections,
            "plan_stats": stats.plan,
            "budget": budget_totals(contract, fiches=all_fiches if as_signed_view else None),
            "filter": filterset,
            "shown_count": len(fiches),
            "missing_fields": incomplete_fields(all_fiches) if can_edit else None,
            "can_edit": can_edit,
            "bulk_form": BulkActionForm(contract=contract) if can_edit else None,
            "avenants": avenants,
            "as_signed_view": as_signed_view,
            "as_signed_param": AS_SIGNED,
            "plan_notices": plan_notices.notices(contract),
        },
    )


@require_POST
def bulk(request, slug):
    contract = access.get_contract(request.user, slug)
    access.require(perms.can_edit_contract(request.user, contract))
    form = BulkActionForm(request.POST, contract=contract)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("actions:plan", slug=contract.slug)
    action = form.cleaned_data["action"]
    ids = [fiche.pk for fiche in form.cleaned_data["fiches"]]
    if action == BulkActionForm.STATUS:
        fiches = set_status(ids, form.cleaned_data["status"], by=request.user)
    else:
        fiches = set_pilote(ids, form.cleaned_data["pilote"], by=request.user)
    numbers = ", ".join(sorted((f.number for f in fiches), key=number_key))
    if action == BulkActionForm.STATUS:
        label = dict(form.fields["status"].choices)[form.cleaned_data["status"]]
        messages.success(request, f"Statut « {label} » appliqué à {count(len(fiches), 'fiche')} : {numbers}.")
    else:
        pilote = form.cleaned_data["pilote"]
        who = f"{pilote} est désormais pilote" if pilote else "Le pilote a été retiré"
        messages.success(request, f"{who} de {count(len(fiches), 'fiche')} : {numbers}.")
    return redirect("actions:plan", slug=contract.slug)


def _axe_form_page(request, contract, form, axe=None, status=200):
    return render(
        request,
        "actions/axe_form.html",
        {"contract": contract, "crumbs": plan_crumbs(contract) + [plan_link(contract)], "form": form, "axe": axe},
        status=status,
    )


def plan_link(contract):
    return {"url": reverse("actions:plan", args=[contract.slug]), "title": "Plan d'action"}


def axe_create(request, slug):
    contract = access.get_contract(request.user, slug)
    access.require(perms.can_edit_contract(request.user, contract))
    if request.method == "POST":
        form = AxeForm(request.POST, contract=contract)
        if form.is_valid():
            axe = form.save()
            messages.success(request, f"L'axe {axe.number} « {axe.title} » a été créé.")
            return redirect("actions:plan", slug=contract.slug)
        return _axe_form_page(request, contract, form, status=400)
    last = Axe.objects.filter(contract=contract, parent__isnull=True).values_list("number", flat=True)
    next_number = str(max((int(n) for n in last if n.isdigit()), default=0) + 1)
    form = AxeForm(contract=contract, initial={"number": next_number, "position": int(next_number)})
    return _axe_form_page(request, contract, form)


def axe_edit(request, slug, number):
    contract = access.get_contract(request.user, slug)
    axe = get_object_or_404(Axe, contract=contract, number=number)
    access.require(perms.can_edit_contract(request.user, contract))
    if request.method == "POST":
        form = AxeForm(request.POST, instance=axe, contract=contract)
        if form.is_valid():
            form.save()
            messages.success(request, f"L'axe {axe.number} a été enregistré.")
            return redirect("actions:plan", slug=contract.slug)
        return _axe_form_page(request, contract, form, axe=axe, status=400)
    return _axe_form_page(request, contract, AxeForm(instance=axe, contract=contract), axe=axe)


@require_POST
def axe_renumber(request, slug, number):
    contract = access.get_contract(request.user, slug)
    axe = get_object_or_404(Axe, contract=contract, number=number)
    access.require(perms.can_edit_contract(request.user, contract))
    changes = renumber_axe(axe)
    if changes:
        messages.success(
            request, f"Les fiches de l'axe {axe.number} ont été renumérotées ({len(changes)} changement(s))."
        )
    else:
        messages.info(request, f"Les fiches de l'axe {axe.number} étaient déjà numérotées dans l'ordre.")
    return redirect("actions:plan", slug=contract.slug)
