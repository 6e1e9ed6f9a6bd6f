"""A fiche-action: its page, its forms (edit, follow-up), copy, move and delete."""

import json

from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch, Sum
from django.shortcuts import redirect, render
from django.urls import reverse

from actions import access, fiche_sections
from actions import perms as fiche_perms
from actions.budget import budget_table
from actions.documents import delete_with_files
from actions.duplication import duplicate_fiche
from actions.follow_up import record_follow_up
from actions.forms import DuplicateFicheForm, FicheForm, FollowUpForm, MoveFicheForm
from actions.history import fiche_history
from actions.models import Axe, FicheAction, FicheIndicatorValue
from actions.numbering import move_fiche, next_fiche_number, next_fiche_numbers
from actions.views.plan import plan_crumbs, plan_link
from cls_portal.forms import stale_message
from cls_portal.locking import StaleObjectError
from contracts import perms
from referentials.models import PrsElement


def fiche_crumbs(request, fiche, *, with_fiche=False):
    crumbs = []
    if perms.can_view_contract(request.user, fiche.contract):
        crumbs = plan_crumbs(fiche.contract) + [plan_link(fiche.contract)]
    if with_fiche:
        crumbs.append({"url": fiche_url(fiche), "title": f"Fiche {fiche.number}"})
    return crumbs


def fiche_url(fiche):
    return reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])


def fiche_detail(request, slug, number):
    fiche = access.get_fiche(
        request.user,
        slug,
        number,
        FicheAction.objects.prefetch_related(
            "target_publics",
            "communes",
            "partners",
            "prs_priorities",
            Prefetch("prs_elements", queryset=PrsElement.objects.select_related("prs").order_by("prs", "position")),
            "sub_actions",
            "budget_lines",
            Prefetch("indicators__values", queryset=FicheIndicatorValue.objects.order_by("year")),
            "notes__author",
            "documents__uploaded_by",
        ),
    )
    indicators = list(fiche.indicators.all())
    value_years = sorted({value.year for indicator in indicators for value in indicator.values.all()})
    indicator_rows = [
        {"indicator": indicator, "values": [{v.year: v for v in indicator.values.all()}.get(y) for y in value_years]}
        for indicator in indicators
    ]
    user = request.user
    can_edit = fiche_perms.can_edit_fiche(user, fiche)
    can_follow_up = fiche_perms.can_follow_up_fiche(user, fiche)
    notes = list(fiche.notes.all())
    for note in notes:
        note.fiche = fiche  # already fetched: the permission check below reads it
    return render(
        request,
        "actions/fiche_detail.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "crumbs": fiche_crumbs(request, fiche),
            "sub_actions": sorted(fiche.sub_actions.all(), key=lambda s: (s.position, s.number_key)),
            "budget": budget_table(list(fiche.budget_lines.all())),
            "value_years": value_years,
            "indicator_rows": indicator_rows,
            "history": fiche_history(fiche),
            "can_edit": can_edit,
            "can_follow_up": can_follow_up,
            "changeable_notes": {note.pk for note in notes if fiche_perms.can_change_note(user, note)},
            "extra_sections": fiche_sections.sections(fiche, user),
        },
    )


def _fiche_form_page(request, contract, form, *, fiche=None, conflict=None, status=200):
    crumbs = plan_crumbs(contract) + [plan_link(contract)]
    if fiche is not None:
        crumbs.append({"url": fiche_url(fiche), "title": f"Fiche {fiche.number}"})
    return render(
        request,
        "actions/fiche_form.html",
        {"contract": contract, "crumbs": crumbs, "form": form, "fiche": fiche, "conflict": conflict},
        status=status,
    )


def conflict_message(error: StaleObjectError) -> str:
    """The refusal of a fiche form, or of the follow-up when one of the indicator values it shows changed."""
    if isinstance(error.instance, FicheIndicatorValue):
        value = error.instance
        return stale_message(
            error,
            changed=f"La valeur {value.year} de l'indicateur « {value.indicator} » a été modifiée",
            the=f"la valeur {value.year} de l'indicateur « {value.indicator} »",
        )
    return stale_message(error, changed="La fiche a été modifiée", the="la fiche")


def fiche_create(request, slug):
    contract = access.get_contract(request.user, slug)
    access.require(perms.can_edit_contract(request.user, contract))
    if request.method == "POST":
        form = FicheForm(request.POST, contract=contract)
        if form.is_valid():
            fiche = form.save()
            messages.success(request, f"La fiche {fiche.number} « {fiche.title} » a été créée.")
            return redirect(fiche_url(fiche))
        return _fiche_form_page(request, contract, form, status=400)
    initial = {}
    next_numbers = next_fiche_numbers(contract)
    axe = Axe.objects.filter(contract=contract, number=request.GET.get("axe", "")).first()
    if axe is None and len(next_numbers) == 1:
        axe = Axe.objects.get(pk=next(iter(next_numbers)))  # a plan of one axe: no choice to make
    if axe is not None:
        initial = {"axe": axe, "number": next_numbers[axe.pk]}
    form = FicheForm(contract=contract, initial=initial)
    # static/js/fiche_number.js proposes the next number of the axe chosen.
    form.fields["axe"].widget.attrs["data-next-numbers"] = json.dumps(next_numbers)
    return _fiche_form_page(request, contract, form)


def fiche_edit(request, slug, number):
    fiche = access.get_fiche(request.user, slug, number)
    access.require(fiche_perms.can_edit_fiche(request.user, fiche))
    contract = fiche.contract
    if request.method == "POST":
        form = FicheForm(request.POST, instance=fiche, contract=contract)
        if form.is_valid():
            try:
                form.save_checked()
            except StaleObjectError as error:
                # The form wrote the input into `fiche`: the page names the fiche as saved (or as it was shown).
                current = error.current or FicheAction(pk=fiche.pk, contract=contract, number=form.initial["number"])
                return _fiche_form_page(
                    request, contract, form, fiche=current, conflict=conflict_message(error), status=409
                )
            messages.success(request, f"La fiche {fiche.number} a été enregistrée.")
            return redirect(fiche_url(fiche))
        return _fiche_form_page(request, contract, form, fiche=FicheAction.objects.get(pk=fiche.pk), status=400)
    return _fiche_form_page(request, contract, FicheForm(instance=fiche, contract=contract), fiche=fiche)


def fiche_follow_up(request, slug, number):
    fiche = access.get_fiche(request.user, slug, number)
    access.require(fiche_perms.can_follow_up_fiche(request.user, fiche))
    indicators = fiche.indicators.prefetch_related("values")
    status, conflict = 200, None
    if request.method == "POST":
        form = FollowUpForm(request.POST, instance=fiche, indicators=indicators)
        if form.is_valid():
            try:
                with transaction.atomic():
                    form.save_checked()
                    record_follow_up(fiche, author=request.user, **form.follow_up())
            except StaleObjectError as error:
                status, conflict = 409, conflict_message(error)
            else:
                messages.success(request, f"Le suivi de la fiche {fiche.number} a été enregistré.")
                return redirect(fiche_url(fiche))
        else:
            status = 400
    else:
        form = FollowUpForm(instance=fiche, indicators=indicators)
    return render(
        request,
        "actions/follow_up.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "form": form,
            "conflict": conflict,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
        },
        status=status,
    )


DUPLICATE_INTRO = (
    "La copie reprend le contenu, les sous-actions, les indicateurs (sans leurs valeurs) et le budget prévu ; "
    "elle commence « à venir », à 0 %, sans notes de suivi ni documents."
)


def fiche_duplicate(request, slug, number):
    fiche = access.get_fiche(request.user, slug, number)
    access.require(fiche_perms.can_edit_fiche(request.user, fiche))
    if request.method == "POST":
        form = DuplicateFicheForm(request.POST, fiche=fiche)
        if form.is_valid():
            copy = duplicate_fiche(fiche, axe=form.cleaned_data["axe"], number=form.cleaned_data["number"])
            messages.success(request, f"La fiche {fiche.number} a été copiée en fiche {copy.number}, à compléter.")
            return redirect(fiche_url(copy))
        status = 400
    else:
        form = DuplicateFicheForm(fiche=fiche, initial={"axe": fiche.axe, "number": next_fiche_number(fiche.axe)})
        status = 200
    return render(
        request,
        "actions/fiche_small_form.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "form": form,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
            "title": f"Copier la fiche {fiche.number}",
            "intro": DUPLICATE_INTRO,
            "submit_label": "Copier la fiche",
        },
        status=status,
    )


def fiche_move(request, slug, number):
    fiche = access.get_fiche(request.user, slug, number)
    access.require(fiche_perms.can_edit_fiche(request.user, fiche))
    if request.method == "POST":
        form = MoveFicheForm(request.POST, fiche=fiche)
        if form.is_valid():
            old_number = fiche.number
            fiche = move_fiche(fiche, form.cleaned_data["axe"])
            messages.success(
                request,
                f"La fiche {old_number} est devenue la fiche {fiche.number} de l'axe {fiche.axe.number}. Les autres "
                "fiches gardent leur numéro ; « Renuméroter les fiches », sur la page de l'axe, comble les trous.",
            )
            return redirect(fiche_url(fiche))
        status = 400
    else:
        form, status = MoveFicheForm(fiche=fiche), 200
    return render(
        request,
        "actions/fiche_small_form.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "form": form,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
            "title": f"Déplacer la fiche {fiche.number} vers un autre axe",
            "submit_label": "Déplacer la fiche",
        },
        status=status,
    )


def fiche_delete(request, slug, number):
    fiche = access.get_fiche(request.user, slug, number)
    access.require(fiche_perms.can_edit_fiche(request.user, fiche))
    if request.method == "POST":
        contract = fiche.contract
        label = f"{fiche.number} « {fiche.title} »"
        delete_with_files(fiche)
        messages.success(request, f"La fiche {label} a été supprimée.")
        return redirect("actions:plan", slug=contract.slug)
    counts = {
        "sub_actions": fiche.sub_actions.count(),
        "notes": fiche.notes.count(),
        "documents": fiche.documents.count(),
        "budget": fiche.budget_lines.aggregate(total=Sum("planned_amount"))["total"],
    }
    return render(
        request,
        "actions/fiche_delete.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "counts": counts,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
        },
    )
