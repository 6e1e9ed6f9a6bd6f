from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models.deletion import ProtectedError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from cls_portal.forms import stale_message
from cls_portal.locking import StaleObjectError
from cls_portal.perms import Refusal
from contracts import avenants as avenant_domain
from contracts import invitations, perms
from contracts.enums import CONTRACT_SCOPED_ROLES
from contracts.forms import AvenantForm, MembershipForm, PartyForm
from contracts.lifecycle import LifecycleError
from contracts.views.common import contract_crumbs, get_contract


def _render_form(request, contract, form, title, *, errors=(), intro="", status=None):
    return render(
        request,
        "contracts/simple_form.html",
        {
            "contract": contract,
            "form": form,
            "title": title,
            "intro": intro,
            "errors": list(errors),
            "crumbs": contract_crumbs(contract),
        },
        status=status or (400 if (errors or form.errors) else 200),
    )


def _get_steered_contract(request, slug, allowed, refusal):
    """The contract, if the user steers it (403 otherwise) and `allowed(user, contract)` holds in its current state
    (otherwise 403 with the French sentence `refusal(contract)`)."""
    contract = get_contract(request, slug, perms.can_steer_contract)
    if not allowed(request.user, contract):
        raise Refusal(refusal(contract))
    return contract


# Parties ------------------------------------------------------------------------------------------------------------


def _parties_closed(contract):
    return (
        f"Ce contrat est « {contract.get_status_display().lower()} » : ses signataires et partenaires restent tels "
        "qu'ils étaient à sa clôture et ne peuvent plus être ajoutés, modifiés ni retirés."
    )


def _get_contract_for_parties(request, slug):
    return _get_steered_contract(request, slug, perms.can_manage_parties, _parties_closed)


def party_create(request, slug):
    contract = _get_contract_for_parties(request, slug)
    form = PartyForm(request.POST or None, contract=contract)
    if request.method == "POST" and form.is_valid():
        party = form.save_checked()  # the new organisation and its place in the contract, together
        messages.success(request, f"« {party.organisation} » a été ajoutée au contrat.")
        return redirect(f"{contract.get_absolute_url()}#parties")
    return _render_form(request, contract, form, "Ajouter un signataire ou un partenaire")


def party_edit(request, slug, pk):
    contract = _get_contract_for_parties(request, slug)
    party = get_object_or_404(contract.parties.select_related("organisation"), pk=pk)
    name = str(party.organisation)  # as saved: validation writes the input into `party`
    form = PartyForm(request.POST or None, instance=party, contract=contract)
    status = None
    if request.method == "POST" and form.is_valid():
        try:
            form.save_checked()
        except StaleObjectError as error:
            message = stale_message(error, changed=f"La partie « {name} » a été modifiée", the=f"la partie « {name} »")
            form.add_error(None, message)
            status = 409
        else:
            messages.success(request, f"« {party.organisation} » a été mise à jour.")
            return redirect(f"{contract.get_absolute_url()}#parties")
    return _render_form(request, contract, form, f"Modifier « {name} »", status=status)


def party_delete(request, slug, pk):
    contract = _get_contract_for_parties(request, slug)
    party = get_object_or_404(contract.parties.select_related("organisation"), pk=pk)
    if request.method == "POST":
        name = str(party.organisation)
        party.delete()
        messages.success(request, f"« {name} » a été retirée du contrat.")
        return redirect(f"{contract.get_absolute_url()}#parties")
    return render(
        request,
        "contracts/confirm_delete.html",
        {
            "contract": contract,
            "title": f"Retirer « {party.organisation} » du contrat ?",
            "message": f"{party.organisation} ({party.get_role_display().lower()}) ne figurera plus parmi les "
            "parties du contrat. L'organisation reste disponible pour d'autres contrats.",
            "submit_label": "Retirer du contrat",
            "crumbs": contract_crumbs(contract),
        },
    )


# Avenants -----------------------------------------------------------------------------------------------------------


def _avenant_not_in_force(contract):
    return f"{avenant_domain.NOT_IN_FORCE} Ce contrat est « {contract.get_status_display().lower()} »."


def avenant_create(request, slug):
    contract = _get_steered_contract(request, slug, perms.can_add_avenant, _avenant_not_in_force)
    form = AvenantForm(request.POST or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            avenant = avenant_domain.add_avenant(contract, by=request.user, **form.cleaned_data)
        except LifecycleError as error:
            errors = error.messages
        else:
            messages.success(request, f"L'avenant n° {avenant.number} a été enregistré.")
            return redirect(f"{contract.get_absolute_url()}#avenants")
    return _render_form(
        request,
        contract,
        form,
        "Enregistrer un avenant",
        errors=errors,
        intro="Le numéro est attribué automatiquement. Les signataires, axes et fiches-action ajoutés par l'avenant "
        "se rattachent ensuite à lui depuis leur propre formulaire.",
    )


# Memberships --------------------------------------------------------------------------------------------------------


def memberships(request, slug):
    """Who has access to the contract, the pending invitations, and the form that gives a role or invites."""
    contract = get_contract(request, slug, perms.can_see_people)
    roles = perms.invitable_roles(request.user, contract)
    form = MembershipForm(request.POST or None, contract=contract, roles=roles) if roles else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            outcome = invitations.invite(
                contract,
                email=data["email"],
                first_name=data["first_name"].strip(),
                last_name=data["last_name"].strip(),
                role=data["role"],
                by=request.user,
                link_for=lambda token: request.build_absolute_uri(reverse("invitation", args=[token])),
            )
            if outcome.membership:
                membership = outcome.membership
                role = membership.get_role_display().lower()
                messages.success(request, f"{membership.user} a maintenant le rôle « {role} » sur ce contrat.")
            else:
                invitation = outcome.invitation
                messages.success(
                    request,
                    f"Invitation envoyée à {invitation.email} : elle reste en attente jusqu'à ce que "
                    f"{invitation.full_name} crée son compte.",
                )
            return redirect("contracts:memberships", contract.slug)
    return render(
        request,
        "contracts/memberships.html",
        {
            "contract": contract,
            "form": form,
            "can_remove": perms.can_steer_contract(request.user, contract),
            "memberships": contract.memberships.filter(role__in=CONTRACT_SCOPED_ROLES)
            .select_related("user")
            .order_by("role", "user__last_name"),
            "invitations": contract.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)
            .select_related("invited_by")
            .order_by("-sent_at"),
            "crumbs": contract_crumbs(contract),
        },
        status=400 if form is not None and form.errors else 200,
    )


def membership_delete(request, slug, pk):
    contract = get_contract(request, slug, perms.can_steer_contract)
    membership = get_object_or_404(contract.memberships.select_related("user"), pk=pk)
    if request.method == "POST":
        try:
            membership.delete()
        except ProtectedError:  # pragma: no cover - nothing protects a membership today
            messages.error(request, "Cette habilitation ne peut pas être retirée.")
        else:
            messages.success(request, f"{membership.user} n'a plus accès à ce contrat.")
        return redirect("contracts:memberships", contract.slug)
    return render(
        request,
        "contracts/confirm_delete.html",
        {
            "contract": contract,
            "title": f"Retirer l'accès de {membership.user} ?",
            "message": f"{membership.user} ({membership.get_role_display().lower()}) ne verra plus ce contrat, "
            "sauf par une autre habilitation.",
            "submit_label": "Retirer l'accès",
            "crumbs": contract_crumbs(contract),
        },
    )
