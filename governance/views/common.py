"""What every governance view does first: fetch what the user may see (404 otherwise), then check what they may do
(403, with the reason when it is the state of the object)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from cls_portal.perms import Refusal
from governance import perms

INSTANCE_RELATED = ["contract", "contract__departement", "departement", "region", "axe"]


def closed_refusal(instance):
    if instance.contract_id and instance.contract.is_closed:
        return Refusal(
            f"Ce contrat est « {instance.contract.get_status_display().lower()} » : ses instances, leurs réunions et "
            "leurs comptes rendus restent consultables mais ne se modifient plus."
        )
    return PermissionDenied()


def get_instance(request, pk, check=None):
    """The instance `pk` if the user sees it (404 otherwise) and `check(user, instance)` holds (403 otherwise)."""
    instance = get_object_or_404(perms.visible_instances(request.user).select_related(*INSTANCE_RELATED), pk=pk)
    if check is not None and not check(request.user, instance):
        if check is perms.can_run_instance and perms.can_see_personal_data(request.user, instance):
            raise closed_refusal(instance)
        raise PermissionDenied
    return instance


def instance_crumbs(instance, *, with_instance=True):
    if instance.contract_id:
        crumbs = [
            {"url": reverse("contracts:list"), "title": "Contrats"},
            {"url": reverse("contracts:detail", args=[instance.contract.slug]), "title": instance.contract.name},
        ]
    else:
        crumbs = [{"url": reverse("governance:index"), "title": "Gouvernance"}]
    if with_instance:
        crumbs.append({"url": instance.get_absolute_url(), "title": instance.name})
    return crumbs


def render_form(request, form, *, title, crumbs, cancel_url, intro="", errors=(), submit_label="Enregistrer"):
    """The generic governance form page; 400 when the form or the domain refused the input."""
    errors = list(errors)
    return render(
        request,
        "governance/form.html",
        {
            "form": form,
            "title": title,
            "intro": intro,
            "errors": errors,
            "crumbs": crumbs,
            "cancel_url": cancel_url,
            "submit_label": submit_label,
        },
        status=400 if (errors or form.errors) else 200,
    )


def render_confirm(request, *, title, message, submit_label, crumbs, cancel_url, errors=(), status=None):
    errors = list(errors)
    return render(
        request,
        "governance/confirm.html",
        {
            "title": title,
            "message": message,
            "submit_label": submit_label,
            "crumbs": crumbs,
            "cancel_url": cancel_url,
            "errors": errors,
        },
        status=status or (400 if errors else 200),
    )
