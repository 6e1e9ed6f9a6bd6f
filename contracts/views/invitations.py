"""Invitations: sending again or revoking one (habilitations page), and the page its link opens."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from cls_portal.forms import DsfrSetPasswordForm
from contracts import invitations, perms
from contracts.views.common import contract_crumbs, get_contract


def _invitation_of(request, slug, pk):
    """The invitation, for someone who may give its role on its contract (404 for others, as for the contract)."""
    contract = get_contract(request, slug, perms.can_see_people)
    invitation = get_object_or_404(contract.invitations, pk=pk)
    if invitation.role not in perms.invitable_roles(request.user, contract):
        raise PermissionDenied
    return contract, invitation


def invitation_resend(request, slug, pk):
    contract, invitation = _invitation_of(request, slug, pk)
    if request.method != "POST":
        return redirect("contracts:memberships", contract.slug)
    try:
        invitations.resend(
            invitation,
            by=request.user,
            link_for=lambda token: request.build_absolute_uri(reverse("invitation", args=[token])),
        )
    except invitations.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Invitation renvoyée à {invitation.email}, avec un nouveau lien.")
    return redirect("contracts:memberships", contract.slug)


def invitation_revoke(request, slug, pk):
    contract, invitation = _invitation_of(request, slug, pk)
    if request.method == "POST":
        try:
            invitations.revoke(invitation)
        except invitations.InvitationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, f"L'invitation de {invitation.email} est révoquée : son lien ne fonctionne plus."
            )
        return redirect("contracts:memberships", contract.slug)
    return render(
        request,
        "contracts/confirm_delete.html",
        {
            "contract": contract,
            "title": f"Révoquer l'invitation de {invitation.full_name} ?",
            "message": f"Le lien envoyé à {invitation.email} ne permettra plus de créer un compte.",
            "submit_label": "Révoquer l'invitation",
            "crumbs": contract_crumbs(contract),
        },
    )


def password_form(data, invitation):
    """Django's password choice and its validators, which compare the password with the invited person's e-mail and
    names (the account does not exist yet: an unsaved one stands for it)."""
    person = get_user_model()(email=invitation.email, first_name=invitation.first_name, last_name=invitation.last_name)
    return DsfrSetPasswordForm(person, data)


@never_cache
@login_not_required
def invitation(request, token):
    """The link of the e-mail: choose a password, and the account is created with its role on the contract."""
    try:
        pending = invitations.open_invitation(token)
    except invitations.InvitationError as error:
        return render(request, "contracts/invitation.html", {"refusal": str(error)}, status=410)
    form = password_form(request.POST or None, pending)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.accept(token, password=form.cleaned_data["new_password1"])
        except invitations.InvitationError as error:
            return render(request, "contracts/invitation.html", {"refusal": str(error)}, status=410)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"Bienvenue {user.first_name} : votre compte est créé.")
        return redirect("contracts:detail", pending.contract.slug)
    return render(
        request,
        "contracts/invitation.html",
        {"invitation": pending, "form": form},
        status=400 if form.errors else 200,
    )
