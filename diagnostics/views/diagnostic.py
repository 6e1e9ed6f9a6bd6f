"""The diagnostic of a contract: its page, its parts (indicators, qualitative work, priorities), moves and exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cls_portal.perms import Refusal
from contracts.views.common import contract_crumbs, get_contract
from diagnostics import lifecycle, perms
from diagnostics.comparison import compare_contract
from diagnostics.enums import DiagnosticStatus
from diagnostics.exports import XLSX_CONTENT_TYPE, diagnostic_xlsx, export_filename
from diagnostics.forms import (
    DiagnosticForm,
    DiagnosticIndicatorsForm,
    IndicatorCommentForm,
    PriorityForm,
    QualitativeWorkForm,
    TransitionForm,
)
from diagnostics.models import Diagnostic, DiagnosticIndicator, Priority, QualitativeWork
from diagnostics.traceability import traceability

TRANSITION_SLUGS = {
    "partage": DiagnosticStatus.SHARED,
    "brouillon": DiagnosticStatus.DRAFT,
    "validation": DiagnosticStatus.VALIDATED,
}
SLUG_OF = {status: slug for slug, status in TRANSITION_SLUGS.items()}


def _crumbs(contract, diagnostic=None):
    crumbs = [
        *contract_crumbs(contract),
        {"url": reverse("diagnostics:list", args=[contract.slug]), "title": "Diagnostics"},
    ]
    if diagnostic is not None:
        crumbs.append({"url": diagnostic.get_absolute_url(), "title": diagnostic.title})
    return crumbs


def _get(request, slug, pk, *, edit=False):
    contract = get_contract(request, slug, check=perms.can_view_diagnostics)
    diagnostic = get_object_or_404(Diagnostic.objects.select_related("author"), pk=pk, contract=contract)
    diagnostic.contract = contract
    if edit and not perms.can_edit_diagnostic(request.user, diagnostic):
        if not diagnostic.is_editable:
            raise Refusal(f"Le diagnostic « {diagnostic.title} » est validé : il ne peut plus être modifié.")
        raise PermissionDenied
    return contract, diagnostic


def diagnostic_list(request, slug):
    contract = get_contract(request, slug, check=perms.can_view_diagnostics)
    diagnostics = contract.diagnostics.select_related("author").order_by("-made_on", "-pk")
    return render(
        request,
        "diagnostics/diagnostic_list.html",
        {
            "contract": contract,
            "diagnostics": diagnostics,
            "can_create": perms.can_create_diagnostic(request.user, contract),
            "crumbs": contract_crumbs(contract),
        },
    )


def _form_page(request, contract, form, *, title, diagnostic=None, intro="", status=200):
    cancel = diagnostic.get_absolute_url() if diagnostic else reverse("diagnostics:list", args=[contract.slug])
    return render(
        request,
        "diagnostics/form.html",
        {
            "contract": contract,
            "diagnostic": diagnostic,
            "form": form,
            "title": title,
            "intro": intro,
            "cancel_url": cancel,
            "crumbs": _crumbs(contract, diagnostic),
        },
        status=status,
    )


def diagnostic_create(request, slug):
    contract = get_contract(request, slug, check=perms.can_create_diagnostic)
    form = DiagnosticForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        diagnostic = form.save(commit=False)
        diagnostic.contract = contract
        diagnostic.author = request.user
        lifecycle.start_diagnostic(diagnostic, by=request.user)
        messages.success(request, f"Diagnostic « {diagnostic.title} » créé, en brouillon.")
        return redirect(diagnostic.get_absolute_url())
    return _form_page(request, contract, form, title="Nouveau diagnostic", status=400 if form.errors else 200)


def diagnostic_detail(request, slug, pk):
    contract, diagnostic = _get(request, slug, pk)
    items = list(diagnostic.indicators.select_related("indicator"))
    comparison = compare_contract(contract, indicators=[item.indicator for item in items])
    by_indicator = {row.indicator.pk: row for row in comparison.rows}
    trace = traceability(diagnostic)
    can_edit = perms.can_edit_diagnostic(request.user, diagnostic)
    moves = [
        {"slug": SLUG_OF[target], "label": lifecycle.ACTION_LABELS[target]}
        for target in lifecycle.allowed_targets(diagnostic)
        if perms.can_move_diagnostic(request.user, diagnostic, target)
    ]
    return render(
        request,
        "diagnostics/diagnostic_detail.html",
        {
            "contract": contract,
            "diagnostic": diagnostic,
            "items": [{"item": item, "row": by_indicator.get(item.indicator_id)} for item in items],
            "comparison": comparison,
            "works": diagnostic.works.all(),
            "trace": trace,
            "transitions": diagnostic.transitions.select_related("by"),
            "can_edit": can_edit,
            "moves": moves,
            "crumbs": _crumbs(contract),
            "print": request.resolver_match.url_name == "print",
        },
    )


def diagnostic_edit(request, slug, pk):
    contract, diagnostic = _get(request, slug, pk, edit=True)
    form = DiagnosticForm(request.POST or None, instance=diagnostic)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Diagnostic enregistré.")
        return redirect(diagnostic.get_absolute_url())
    return _form_page(
        request,
        contract,
        form,
        title="Modifier le diagnostic",
        diagnostic=diagnostic,
        status=400 if form.errors else 200,
    )


def indicators_edit(request, slug, pk):
    contract, diagnostic = _get(request, slug, pk, edit=True)
    current = {item.indicator_id: item for item in diagnostic.indicators.all()}
    form = DiagnosticIndicatorsForm(request.POST or None, initial={"indicators": list(current)})
    if request.method == "POST" and form.is_valid():
        chosen = list(form.cleaned_data["indicators"])
        with transaction.atomic():
            diagnostic.indicators.exclude(indicator__in=chosen).delete()
            for position, indicator in enumerate(chosen, 1):
                item = current.get(indicator.pk) or DiagnosticIndicator(diagnostic=diagnostic, indicator=indicator)
                item.position = position
                item.save()
        messages.success(
            request,
            f"{len(chosen)} indicateur{'s' if len(chosen) > 1 else ''} retenu{'s' if len(chosen) > 1 else ''}.",
        )
        return redirect(diagnostic.get_absolute_url() + "#quantitatif")
    return _form_page(
        request,
        contract,
        form,
        title="Choisir les indicateurs du diagnostic",
        diagnostic=diagnostic,
        intro="Les valeurs du périmètre et des territoires de comparaison viennent des imports d'indicateurs.",
        status=400 if form.errors else 200,
    )


def indicator_comment(request, slug, pk, item_pk):
    contract, diagnostic = _get(request, slug, pk, edit=True)
    item = get_object_or_404(
        DiagnosticIndicator.objects.select_related("indicator"), pk=item_pk, diagnostic=diagnostic
    )
    form = IndicatorCommentForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Commentaire de « {item.indicator.label} » enregistré.")
        return redirect(diagnostic.get_absolute_url() + "#quantitatif")
    return _form_page(
        request,
        contract,
        form,
        title=f"Commenter « {item.indicator.label} »",
        diagnostic=diagnostic,
        status=400 if form.errors else 200,
    )


def _child_form(request, slug, pk, *, model, form_class, child_pk=None, title, anchor, extra=None):
    contract, diagnostic = _get(request, slug, pk, edit=True)
    instance = (
        get_object_or_404(model, pk=child_pk, diagnostic=diagnostic) if child_pk else model(diagnostic=diagnostic)
    )
    kwargs = extra(diagnostic) if extra else {}
    form = form_class(request.POST or None, instance=instance, **kwargs)
    if request.method == "POST" and form.is_valid():
        form.instance.diagnostic = diagnostic
        form.save()
        messages.success(request, f"« {form.instance} » enregistré.")
        return redirect(diagnostic.get_absolute_url() + anchor)
    return _form_page(request, contract, form, title=title, diagnostic=diagnostic, status=400 if form.errors else 200)


def work_form(request, slug, pk, work_pk=None):
    return _child_form(
        request,
        slug,
        pk,
        model=QualitativeWork,
        form_class=QualitativeWorkForm,
        child_pk=work_pk,
        title="Modifier la démarche qualitative" if work_pk else "Ajouter une démarche qualitative",
        anchor="#qualitatif",
    )


def priority_form(request, slug, pk, priority_pk=None):
    return _child_form(
        request,
        slug,
        pk,
        model=Priority,
        form_class=PriorityForm,
        child_pk=priority_pk,
        title="Modifier l'enjeu" if priority_pk else "Ajouter un enjeu",
        anchor="#enjeux",
        extra=lambda diagnostic: {"diagnostic": diagnostic},
    )


@require_POST
def child_delete(request, slug, pk, kind, child_pk):
    _, diagnostic = _get(request, slug, pk, edit=True)
    model, anchor = {"demarches": (QualitativeWork, "#qualitatif"), "enjeux": (Priority, "#enjeux")}.get(
        kind, (None, "")
    )
    if model is None:
        raise Http404("Élément inconnu.")
    child = get_object_or_404(model, pk=child_pk, diagnostic=diagnostic)
    label = str(child)
    child.delete()
    messages.success(request, f"« {label} » supprimé.")
    return redirect(diagnostic.get_absolute_url() + anchor)


def transition(request, slug, pk, move):
    contract, diagnostic = _get(request, slug, pk)
    target = TRANSITION_SLUGS.get(move)
    if target is None:
        raise Http404("Étape inconnue.")
    if not perms.can_move_diagnostic(request.user, diagnostic, target):
        if (
            perms.can_edit_diagnostic(request.user, diagnostic)
            or target not in lifecycle.ALLOWED_TRANSITIONS[diagnostic.status]
        ):
            raise Refusal(lifecycle.refusal_message(diagnostic, target))
        raise PermissionDenied
    form = TransitionForm(request.POST or None, target=target)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            lifecycle.VERBS[target](
                diagnostic, by=request.user, on=form.cleaned_data["on"], comment=form.cleaned_data["comment"]
            )
        except lifecycle.DiagnosticError as error:
            errors = error.messages
        else:
            messages.success(request, f"Diagnostic {DiagnosticStatus(target).label.lower()}.")
            return redirect(diagnostic.get_absolute_url())
    return render(
        request,
        "diagnostics/transition.html",
        {
            "contract": contract,
            "diagnostic": diagnostic,
            "form": form,
            "title": lifecycle.ACTION_LABELS[target],
            "errors": errors,
            "crumbs": _crumbs(contract, diagnostic),
        },
        status=400 if errors or form.errors else 200,
    )


def diagnostic_export(request, slug, pk):
    contract, diagnostic = _get(request, slug, pk)
    items = list(diagnostic.indicators.select_related("indicator"))
    comparison = compare_contract(contract, indicators=[item.indicator for item in items])
    content = diagnostic_xlsx(diagnostic, comparison, traceability(diagnostic))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{export_filename(contract, f"diagnostic-{diagnostic.pk}", "xlsx")}"'
    )
    return response
