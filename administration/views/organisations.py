"""Organisations of the administrator's départements: list, create, edit, where used, merge, archive."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from administration import perms
from administration.filters import OrganisationFilterSet
from administration.forms import ConfirmMergeForm, OrganisationForm
from administration.views.common import administration_required, crumbs, query_without
from cls_portal.forms import stale_message
from cls_portal.locking import StaleObjectError
from cls_portal.tables import FORMATS, table_response
from cls_portal.text import fold
from contracts import organisations

PAGE_SIZE = 50
SUGGESTIONS = 10


def _organisation(request, pk):
    return get_object_or_404(
        perms.visible_organisations(request.user).select_related("epci", "commune", "departement"), pk=pk
    )


def _list_crumbs():
    return crumbs({"url": reverse("administration:organisations"), "title": "Organisations"})


def _contracts_named(user, contract_ids):
    """The contracts among `contract_ids` the user may open, and how many others (other départements)."""
    shown = list(perms.scope_contracts(user).filter(pk__in=contract_ids).only("name", "slug").order_by("name"))
    return shown, len(contract_ids) - len(shown)


@administration_required
def organisation_list(request):
    user = request.user
    queryset = organisations.with_usage_count(
        perms.visible_organisations(user).select_related("epci", "commune", "departement")
    ).order_by("name", "pk")
    filterset = OrganisationFilterSet(request.GET or None, queryset=queryset)
    rows = filterset.qs
    fmt = request.GET.get("format")
    if fmt in FORMATS:
        headers = ["Nom", "Type", "SIREN", "EPCI", "Commune", "Département de rattachement", "Utilisations", "État"]
        return table_response(
            filename="organisations",
            headers=headers,
            rows=(
                [
                    o.name,
                    o.get_kind_display(),
                    o.siren,
                    o.epci.name if o.epci else "",
                    str(o.commune or ""),
                    str(o.departement or ""),
                    o.usage_count,
                    "archivée" if o.is_archived else "en usage",
                ]
                for o in rows
            ),  # fmt: skip
            fmt=fmt,
        )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "administration/organisation_list.html",
        {
            "filter": filterset,
            "page": page,
            "organisations": page.object_list,
            "query_string": query_without(request, "page", "format"),
            "section": "organisations",
            "current_crumb": "Organisations",
            "crumbs": crumbs(),
        },
    )


@administration_required
def organisation_create(request):
    user = request.user
    form = OrganisationForm(request.POST or None, departements=perms.departement_ids(user))
    if request.method == "POST" and form.is_valid():
        organisation = form.save_checked()
        messages.success(request, f"L'organisation « {organisation.name} » a été créée.")
        return redirect("administration:organisation", pk=organisation.pk)
    return render(
        request,
        "administration/organisation_form.html",
        {
            "form": form,
            "title": "Nouvelle organisation",
            "section": "organisations",
            "current_crumb": "Nouvelle",
            "crumbs": _list_crumbs(),
        },  # fmt: skip
        status=400 if form.errors else 200,
    )


@administration_required
def organisation_edit(request, pk):
    organisation = _organisation(request, pk)
    form = OrganisationForm(
        request.POST or None, instance=organisation, departements=perms.departement_ids(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            form.save_checked()
        except StaleObjectError as error:
            message = stale_message(error, changed="L'organisation a été modifiée", the="l'organisation")
            messages.error(request, message)
            status = 409
        else:
            messages.success(request, f"L'organisation « {organisation.name} » a été enregistrée.")
            return redirect("administration:organisation", pk=organisation.pk)
    else:
        status = 400 if form.errors else 200
    return render(
        request,
        "administration/organisation_form.html",
        {
            "form": form,
            "organisation": organisation,
            "title": f"Modifier « {organisation.name} »",
            "section": "organisations",
            "current_crumb": "Modifier",
            "crumbs": [
                *_list_crumbs(),
                {"url": reverse("administration:organisation", args=[pk]), "title": organisation.name},
            ],
        },  # fmt: skip
        status=status,
    )


@administration_required
def organisation_detail(request, pk):
    user = request.user
    organisation = _organisation(request, pk)
    usages = organisations.usages(organisation)
    contract_ids = set().union(*(usage.contract_ids for usage in usages)) if usages else set()
    contracts, other_contracts = _contracts_named(user, contract_ids)
    history = organisation.history.select_related("history_user").order_by("-history_date", "-history_id")[:20]
    return render(
        request,
        "administration/organisation_detail.html",
        {
            "organisation": organisation,
            "usages": usages,
            "usage_total": sum(usage.count for usage in usages),
            "contracts": contracts,
            "other_contracts": other_contracts,
            "history": history,
            "section": "organisations",
            "current_crumb": organisation.name,
            "crumbs": _list_crumbs(),
        },
    )


def _suggestions(user, organisation):
    """Likely duplicates: the same SIREN, or a name sharing a distinctive word (five letters or more)."""
    words = {word for word in fold(organisation.name).split() if len(word) >= 5}
    similar = Q(siren=organisation.siren) if organisation.siren else Q(pk__in=[])
    for word in words:
        similar |= Q(search_name__contains=word)
    candidates = list(
        perms.visible_organisations(user).active().filter(similar).exclude(pk=organisation.pk).order_by("name")[:50]
    )

    def shared(candidate):
        same_siren = bool(organisation.siren) and candidate.siren == organisation.siren
        return (same_siren, candidate.kind == organisation.kind, len(words & set(candidate.search_name.split())))

    return sorted(candidates, key=shared, reverse=True)[:SUGGESTIONS]


@administration_required
def organisation_merge_search(request, pk):
    user = request.user
    organisation = _organisation(request, pk)
    query = request.GET.get("q", "").strip()
    if query:
        candidates = perms.visible_organisations(user).search(query).exclude(pk=pk).order_by("name")[:SUGGESTIONS]
    else:
        candidates = _suggestions(user, organisation)
    return render(
        request,
        "administration/organisation_merge_search.html",
        {
            "organisation": organisation,
            "candidates": candidates,
            "query": query,
            "section": "organisations",
            "current_crumb": "Fusionner",
            "crumbs": [
                *_list_crumbs(),
                {"url": reverse("administration:organisation", args=[pk]), "title": organisation.name},
            ],
        },  # fmt: skip
    )


@administration_required
def organisation_merge(request, pk, duplicate_pk):
    """Preview of what merging `duplicate_pk` into `pk` moves, then the confirmation (checked against the preview)."""
    user = request.user
    keep, duplicate = _organisation(request, pk), _organisation(request, duplicate_pk)
    if keep.pk == duplicate.pk:
        messages.error(request, "Choisissez deux organisations différentes.")
        return redirect("administration:organisation_merge", pk=pk)
    plan = organisations.merge_plan(keep, duplicate)
    form = ConfirmMergeForm(request.POST or None, plan=plan)
    status = 200
    if request.method == "POST":
        if form.is_valid() and plan.ok:
            try:
                organisations.merge(keep, duplicate, by=user)
            except organisations.OrganisationError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    f"« {duplicate.name} » a été fusionnée dans « {keep.name} » : {plan.moved_count} lien(s) repris.",
                )
                return redirect("administration:organisation", pk=keep.pk)
        status = 409
    contracts, other_contracts = _contracts_named(user, plan.contract_ids)
    conflicts = [{"conflict": c, "contracts": _contracts_named(user, c.contract_ids)} for c in plan.conflicts]
    return render(
        request,
        "administration/organisation_merge.html",
        {
            "plan": plan,
            "keep": keep,
            "duplicate": duplicate,
            "form": form,
            "contracts": contracts,
            "other_contracts": other_contracts,
            "conflicts": conflicts,
            "section": "organisations",
            "current_crumb": "Aperçu de la fusion",
            "crumbs": [
                *_list_crumbs(),
                {"url": reverse("administration:organisation", args=[pk]), "title": keep.name},
            ],
        },  # fmt: skip
        status=status,
    )


def _confirm(request, organisation, *, title, message, submit_label, verb, done, status=200):
    if request.method == "POST":
        try:
            verb(organisation, by=request.user)
        except organisations.OrganisationError as error:
            messages.error(request, str(error))
            return redirect("administration:organisation", pk=organisation.pk)
        messages.success(request, done)
        if verb is organisations.delete_unused:
            return redirect("administration:organisations")
        return redirect("administration:organisation", pk=organisation.pk)
    return render(
        request,
        "administration/confirm.html",
        {
            "title": title,
            "message": message,
            "submit_label": submit_label,
            "cancel_url": reverse("administration:organisation", args=[organisation.pk]),
            "section": "organisations",
            "current_crumb": "Confirmation",
            "crumbs": [
                *_list_crumbs(),
                {"url": reverse("administration:organisation", args=[organisation.pk]), "title": organisation.name},
            ],
        },  # fmt: skip
        status=status,
    )


@administration_required
def organisation_archive(request, pk):
    organisation = _organisation(request, pk)
    return _confirm(
        request,
        organisation,
        title=f"Archiver « {organisation.name} »",
        message="L'organisation ne sera plus proposée dans les listes de choix. Les contrats, fiches-action et "
        "instances qui la citent la gardent telle quelle. Vous pourrez la désarchiver.",
        submit_label="Archiver",
        verb=organisations.archive,
        done=f"L'organisation « {organisation.name} » est archivée.",
    )


@administration_required
def organisation_restore(request, pk):
    organisation = _organisation(request, pk)
    return _confirm(
        request,
        organisation,
        title=f"Désarchiver « {organisation.name} »",
        message="L'organisation sera de nouveau proposée dans les listes de choix.",
        submit_label="Désarchiver",
        verb=organisations.restore,
        done=f"L'organisation « {organisation.name} » est de nouveau en usage.",
    )


@administration_required
def organisation_delete(request, pk):
    organisation = _organisation(request, pk)
    return _confirm(
        request,
        organisation,
        title=f"Supprimer « {organisation.name} »",
        message="Cette organisation n'est utilisée nulle part : elle sera supprimée. Son historique garde son nom.",
        submit_label="Supprimer",
        verb=organisations.delete_unused,
        done=f"L'organisation « {organisation.name} » a été supprimée.",
    )
