from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from cls_portal.forms import saved_by
from cls_portal.locking import StaleObjectError
from contracts import lifecycle, perms
from contracts.enums import ContractStatus
from contracts.forms import AbandonForm, ContractForm, ElaborationForm, RenewForm, SignForm, TransitionForm
from contracts.views.common import contract_crumbs, get_contract

# URL segment -> target status. French words in addresses, English values in the database.
TRANSITION_SLUGS = {
    "elaboration": ContractStatus.ELABORATION,
    "signature": ContractStatus.SIGNED,
    "evaluation": ContractStatus.EVALUATION,
    "echeance": ContractStatus.EXPIRED,
    "abandon": ContractStatus.ABANDONED,
    "renouvellement": ContractStatus.RENEWED,
}
SLUG_OF_STATUS = {status: slug for slug, status in TRANSITION_SLUGS.items()}
FORMS = {
    ContractStatus.ELABORATION: ElaborationForm,
    ContractStatus.SIGNED: SignForm,
    ContractStatus.ABANDONED: AbandonForm,
    ContractStatus.RENEWED: RenewForm,
}
INTROS = {
    ContractStatus.ELABORATION: "Le territoire s'engage dans le diagnostic et l'écriture du plan d'action.",
    ContractStatus.SIGNED: "Le contrat est signé : il entre en vigueur. Il faut au moins un axe et une fiche-action, "
    "deux signataires dont un signataire principal, le nom et la fonction de chaque personne qui signe.",
    ContractStatus.EVALUATION: "Les signataires évaluent le contrat, en général pendant sa dernière année.",
    ContractStatus.EXPIRED: "Le contrat est arrivé à son terme sans génération suivante.",
    ContractStatus.ABANDONED: "Le projet de contrat est abandonné avant sa signature.",
    ContractStatus.RENEWED: "Un nouveau contrat (génération suivante) est créé en élaboration, avec le même "
    "périmètre, les mêmes signataires et les mêmes habilitations ; ce contrat-ci passe à l'état « renouvelé ».",
}


def contract_create(request):
    if not perms.can_create_contract(request.user):
        raise PermissionDenied
    form = ContractForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            contract = form.save(commit=False)
            lifecycle.register_contract(contract, by=request.user, comment="Création du contrat dans le portail.")
            form.save_perimeter()
        messages.success(request, f"Le contrat « {contract.name} » a été créé.")
        return redirect("contracts:detail", contract.slug)
    return render(
        request,
        "contracts/contract_form.html",
        {
            "form": form,
            "title": "Nouveau contrat local de santé",
            "crumbs": [{"url": reverse("contracts:list"), "title": "Contrats"}],
        },
        status=400 if form.errors else 200,
    )


def conflict_message(error: StaleObjectError) -> str:
    return (
        "Quelqu'un d'autre a enregistré ce contrat pendant que vous le modifiiez. Dernier enregistrement "
        f"{saved_by(error)}. Vos saisies sont conservées ci-dessous : ouvrez le contrat dans un autre onglet pour "
        "voir ses changements, reportez-les si besoin, puis rouvrez ce formulaire avant d'enregistrer."
    )


def contract_edit(request, slug):
    contract = get_contract(request, slug, perms.can_edit_contract)
    # Validation writes the input into the instance: links to the contract use its saved name and slug.
    crumbs = contract_crumbs(contract)
    form = ContractForm(request.POST or None, instance=contract, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                form.save_checked()
            except StaleObjectError as error:
                form.add_error(None, conflict_message(error))
                status = 409
            else:
                messages.success(request, "Le contrat a été enregistré.")
                return redirect("contracts:detail", contract.slug)
        else:
            status = 400
    return render(
        request,
        "contracts/contract_form.html",
        {
            "form": form,
            "contract": contract,
            "title": "Modifier le contrat",
            "crumbs": crumbs,
            "cancel_url": crumbs[-1]["url"],
        },
        status=status,
    )


def contract_transition(request, slug, action):
    if TRANSITION_SLUGS.get(action) == ContractStatus.RENEWED:
        # The renewal page also carries the plan over: it lives above the apps it combines (`www`).
        return redirect("contracts:renew", slug)
    return transition_page(request, slug, action)


def transition_page(request, slug, action, *, verb=None):
    """The form of one lifecycle move; `verb` replaces the lifecycle's own (the renewal page passes one that also
    carries the plan over)."""
    target = TRANSITION_SLUGS.get(action)
    if target is None:
        raise Http404
    contract = get_contract(request, slug, perms.can_steer_contract)
    if target not in lifecycle.allowed_targets(contract):
        messages.error(request, lifecycle.refusal_message(contract, target))
        return redirect("contracts:detail", contract.slug)
    form_class = FORMS.get(target, TransitionForm)
    form = form_class(request.POST or None, contract=contract, target=target)
    errors = []
    if request.method == "POST" and form.is_valid():
        verb = verb or lifecycle.VERBS[target]
        try:
            result = verb(contract, by=request.user, **form.verb_kwargs())
        except lifecycle.LifecycleError as error:
            errors = error.messages
        else:
            if target == ContractStatus.RENEWED:
                messages.success(request, f"Le contrat « {result.name} » a été créé en élaboration.")
                return redirect("contracts:detail", result.slug)
            messages.success(request, f"Le contrat est maintenant « {target.label.lower()} ».")
            return redirect("contracts:detail", contract.slug)
    return render(
        request,
        "contracts/transition_form.html",
        {
            "contract": contract,
            "form": form,
            "target": target,
            "title": lifecycle.ACTION_LABELS[target],
            "intro": INTROS[target],
            "errors": errors,
            "crumbs": contract_crumbs(contract),
        },
        status=400 if (errors or form.errors) else 200,
    )
