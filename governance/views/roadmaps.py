"""The roadmap of a territorial instance: its défis and actions, which are the axes and fiches of its container."""

from django.contrib import messages
from django.shortcuts import redirect, render

from actions.models import Axe, FicheAction
from actions.progress import plan_stats
from actions.validators import number_key
from contracts import perms as contract_perms
from governance import perms, roadmaps
from governance.errors import GovernanceError
from governance.forms import RoadmapForm
from governance.views.common import get_instance, instance_crumbs, render_form


def roadmap(request, pk):
    instance = get_instance(request, pk)
    item = roadmaps.roadmap_of(instance)
    if item is None:
        if not perms.can_run_instance(request.user, instance):
            return redirect(instance)
        return roadmap_create(request, instance)
    contract = item.contract
    axes = sorted(Axe.objects.filter(contract=contract), key=lambda a: (a.position, number_key(a.number)))
    fiches = sorted(
        FicheAction.objects.filter(contract=contract).select_related("pilote").with_is_late(),
        key=lambda f: number_key(f.number),
    )
    stats = plan_stats(contract, axes=axes)
    challenges = [
        {"axe": axe, "stats": stats.by_axe[axe.pk], "fiches": [f for f in fiches if f.axe_id == axe.pk]}
        for axe in axes
    ]
    return render(
        request,
        "governance/roadmap.html",
        {
            "instance": instance,
            "roadmap": item,
            "challenges": challenges,
            "plan": stats.plan,
            "can_open_plan": contract_perms.can_view_contract(request.user, contract),
            "can_edit_plan": contract_perms.can_edit_contract(request.user, contract),
            "crumbs": instance_crumbs(instance),
        },
    )


def roadmap_create(request, instance):
    form = RoadmapForm(request.POST or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            roadmaps.create_roadmap(instance, by=request.user, title=form.cleaned_data["title"])
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, "La feuille de route est créée : ajoutez-lui ses défis et leurs actions.")
            return redirect("governance:roadmap", instance.pk)
    return render_form(
        request,
        form,
        title=f"Feuille de route de « {instance} »",
        intro="Ses défis et leurs actions se saisissent comme un plan d'action (axes et fiches-action) : statut, "
        "avancement, pilotes, indicateurs et suivi.",
        errors=errors,
        crumbs=instance_crumbs(instance),
        cancel_url=instance.get_absolute_url(),
        submit_label="Créer la feuille de route",
    )
