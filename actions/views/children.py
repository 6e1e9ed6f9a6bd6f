"""Small pages adding, changing or deleting what hangs off a fiche (sub-actions, budget lines, indicators...)."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from actions import access, forms
from actions import perms as fiche_perms
from actions.documents import delete_with_files
from actions.models import BudgetLine, FicheDocument, FicheIndicator, FicheIndicatorValue, FollowUpNote, SubAction
from actions.numbering import next_sub_action_number
from actions.views.fiches import fiche_crumbs, fiche_url
from cls_portal.forms import stale_message
from cls_portal.locking import StaleObjectError


@dataclass(frozen=True)
class ChildKind:
    model: type
    form_class: type
    anchor: str
    add_title: str
    edit_title: str
    the: str  # the noun with its article, for sentences: « la sous-action », « l'indicateur »
    added: str  # « Sous-action ajoutée. »
    changed: str  # « La sous-action a été modifiée » (a concurrent change refused the save)
    follow_up: bool = False  # True: the pilote may do it (notes, indicator values); False: editors only

    def queryset(self, fiche):
        if self.model is FicheIndicatorValue:
            return FicheIndicatorValue.objects.filter(indicator__fiche=fiche)
        return self.model.objects.filter(fiche=fiche)

    def allowed(self, user, fiche):
        return (
            fiche_perms.can_follow_up_fiche(user, fiche) if self.follow_up else fiche_perms.can_edit_fiche(user, fiche)
        )


KINDS = {
    "sous-actions": ChildKind(
        SubAction,
        forms.SubActionForm,
        "sous-actions",
        "Ajouter une sous-action",
        "Modifier la sous-action",
        "la sous-action",
        "Sous-action ajoutée.",
        "La sous-action a été modifiée",
    ),
    "budget": ChildKind(
        BudgetLine,
        forms.BudgetLineForm,
        "budget",
        "Ajouter une ligne de budget",
        "Modifier la ligne de budget",
        "la ligne de budget",
        "Ligne de budget ajoutée.",
        "La ligne de budget a été modifiée",
    ),
    "indicateurs": ChildKind(
        FicheIndicator,
        forms.IndicatorForm,
        "indicateurs",
        "Ajouter un indicateur",
        "Modifier l'indicateur",
        "l'indicateur",
        "Indicateur ajouté.",
        "L'indicateur a été modifié",
    ),
    "valeurs": ChildKind(
        FicheIndicatorValue,
        forms.IndicatorValueForm,
        "indicateurs",
        "Saisir une valeur d'indicateur",
        "Modifier la valeur d'indicateur",
        "la valeur",
        "Valeur enregistrée.",
        "La valeur a été modifiée",
        follow_up=True,
    ),
    "notes": ChildKind(
        FollowUpNote,
        forms.FollowUpNoteForm,
        "suivi",
        "Ajouter une note de suivi",
        "Modifier la note de suivi",
        "la note de suivi",
        "Note de suivi ajoutée.",
        "La note de suivi a été modifiée",
        follow_up=True,
    ),
    "documents": ChildKind(
        FicheDocument,
        forms.FicheDocumentForm,
        "documents",
        "Ajouter un document",
        "Modifier le document",
        "le document",
        "Document ajouté.",
        "Le document a été modifié",
    ),
}


def _kind(name):
    try:
        return KINDS[name]
    except KeyError:
        raise Http404("Page introuvable.") from None


def _initial(kind, fiche, request):
    if kind.model is SubAction:
        return {"number": next_sub_action_number(fiche), "position": fiche.sub_actions.count() + 1}
    if kind.model is FicheIndicator:
        return {"position": fiche.indicators.count() + 1}
    if kind.model is FollowUpNote:
        return {"date": timezone.localdate()}
    return {}


def _require_note_owner(user, obj):
    if isinstance(obj, FollowUpNote):
        access.require(
            fiche_perms.can_change_note(user, obj),
            "Seules la personne qui a rédigé la note et les personnes qui modifient le contrat peuvent la modifier "
            "ou la supprimer.",
        )


def _save(form, kind, request):
    """Save the form in one transaction; StaleObjectError when someone saved the object since it was displayed."""
    if form.instance.pk is None:
        if kind.model is FicheDocument:
            form.instance.uploaded_by = request.user
        if kind.model is FollowUpNote:
            form.instance.author = request.user
    return form.save_checked()


def child_form(request, slug, number, kind_name, pk=None):
    kind = _kind(kind_name)
    fiche = access.get_fiche(request.user, slug, number)
    access.require(kind.allowed(request.user, fiche))
    instance = get_object_or_404(kind.queryset(fiche), pk=pk) if pk else None
    _require_note_owner(request.user, instance)
    if request.method == "POST":
        form = kind.form_class(request.POST, request.FILES, instance=instance, fiche=fiche)
        status = 400
        if form.is_valid():
            try:
                _save(form, kind, request)
            except StaleObjectError as error:
                form.add_error(None, stale_message(error, changed=kind.changed, the=kind.the))
                status = 409
            else:
                messages.success(request, "Modification enregistrée." if instance else kind.added)
                return redirect(f"{fiche_url(fiche)}#{kind.anchor}")
    else:
        initial = {} if instance else _initial(kind, fiche, request)
        form, status = kind.form_class(instance=instance, fiche=fiche, initial=initial), 200
    return render(
        request,
        "actions/fiche_small_form.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "form": form,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
            "title": kind.edit_title if instance else kind.add_title,
            "cancel_url": f"{fiche_url(fiche)}#{kind.anchor}",
        },
        status=status,
    )


def child_delete(request, slug, number, kind_name, pk):
    kind = _kind(kind_name)
    fiche = access.get_fiche(request.user, slug, number)
    access.require(kind.allowed(request.user, fiche))
    obj = get_object_or_404(kind.queryset(fiche), pk=pk)
    _require_note_owner(request.user, obj)
    if request.method == "POST":
        label = str(obj)
        delete_with_files(obj)
        messages.success(request, f"{kind.the.capitalize()} « {label} » ne figure plus dans la fiche.")
        return redirect(f"{fiche_url(fiche)}#{kind.anchor}")
    return render(
        request,
        "actions/child_delete.html",
        {
            "fiche": fiche,
            "contract": fiche.contract,
            "object": obj,
            "the": kind.the,
            "crumbs": fiche_crumbs(request, fiche, with_fiche=True),
            "cancel_url": f"{fiche_url(fiche)}#{kind.anchor}",
        },
    )
