"""The calendar of a contract: its phases, their steps and its milestones on a timeline."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from contracts import perms as contract_perms
from contracts.views.common import contract_crumbs, get_contract
from governance.errors import GovernanceError
from governance.forms import MilestoneForm, PhaseForm
from governance.members import checked
from governance.timeline import contract_timeline
from governance.views.common import render_confirm, render_form


def _calendar_url(contract):
    return reverse("governance:contract_calendar", args=[contract.slug])


def contract_calendar(request, slug):
    contract = get_contract(request, slug)
    return render(
        request,
        "governance/contract_calendar.html",
        {
            "contract": contract,
            "timeline": contract_timeline(contract),
            "can_edit": contract_perms.can_edit_contract(request.user, contract),
            "crumbs": contract_crumbs(contract),
        },
    )


def _crumbs(contract):
    return [*contract_crumbs(contract), {"url": _calendar_url(contract), "title": "Calendrier"}]


def _save(request, form, contract, done):
    try:
        obj = form.save(commit=False)
        checked(obj)
        obj.save()
    except GovernanceError as error:
        return error.messages
    messages.success(request, done.format(obj=obj))
    return None


def phase_form(request, slug, pk=None):
    contract = get_contract(request, slug, contract_perms.can_edit_contract)
    phase = get_object_or_404(contract.calendar_phases, pk=pk) if pk else None
    form = PhaseForm(request.POST or None, instance=phase, contract=contract)
    errors = []
    if request.method == "POST" and form.is_valid():
        errors = _save(request, form, contract, "La phase « {obj} » a été enregistrée.")
        if not errors:
            return redirect(_calendar_url(contract))
    return render_form(
        request,
        form,
        title="Modifier la phase" if phase else "Ajouter une phase",
        intro="Une phase (« Actualisation du diagnostic ») ou une étape d'une phase (« Entretiens qualitatifs »), "
        "avec ses dates prévues puis réelles. Une phase dont la fin prévue est passée sans fin réelle est en retard.",
        errors=errors or (),
        crumbs=_crumbs(contract),
        cancel_url=_calendar_url(contract),
    )


def milestone_form(request, slug, pk=None):
    contract = get_contract(request, slug, contract_perms.can_edit_contract)
    milestone = get_object_or_404(contract.calendar_milestones, pk=pk) if pk else None
    form = MilestoneForm(request.POST or None, instance=milestone, contract=contract)
    errors = []
    if request.method == "POST" and form.is_valid():
        errors = _save(request, form, contract, "Le jalon « {obj} » a été enregistré.")
        if not errors:
            return redirect(_calendar_url(contract))
    return render_form(
        request,
        form,
        title="Modifier le jalon" if milestone else "Ajouter un jalon",
        intro="Une date clé : une réunion, une remise, une signature. Reliez-la à la réunion d'une instance si "
        "elle en est une.",
        errors=errors or (),
        crumbs=_crumbs(contract),
        cancel_url=_calendar_url(contract),
    )


def step_delete(request, slug, kind, pk):
    if kind not in ("phase", "jalon"):
        raise Http404("Élément de calendrier inconnu.")
    contract = get_contract(request, slug, contract_perms.can_edit_contract)
    related = contract.calendar_phases if kind == "phase" else contract.calendar_milestones
    obj = get_object_or_404(related, pk=pk)
    if request.method == "POST":
        obj.delete()
        messages.success(request, f"« {obj} » a été retiré du calendrier.")
        return redirect(_calendar_url(contract))
    return render_confirm(
        request,
        title=f"Retirer « {obj} » du calendrier ?",
        message="Les étapes d'une phase retirée sont retirées avec elle ; ses jalons restent, sans phase."
        if kind == "phase"
        else "Le jalon sera supprimé ; la réunion éventuellement liée reste.",
        submit_label="Retirer du calendrier",
        crumbs=_crumbs(contract),
        cancel_url=_calendar_url(contract),
    )
