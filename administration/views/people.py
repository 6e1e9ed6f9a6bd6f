"""People of the administrator's scope and their habilitations; deactivating an account (never deleting it)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from administration import people, perms
from administration.filters import PersonFilterSet
from administration.views.common import administration_required, crumbs, query_without
from cls_portal import accounts
from cls_portal.tables import FORMATS, table_response
from contracts.models import Invitation

PAGE_SIZE = 50


@administration_required
def person_list(request):
    user = request.user
    queryset = people.with_roles(user, perms.visible_people(user)).order_by("last_name", "first_name", "email")
    filterset = PersonFilterSet(request.GET or None, queryset=queryset, administrator=user)
    fmt = request.GET.get("format")
    if fmt in FORMATS:
        headers, rows = people.export_table(filterset.qs)
        return table_response(filename="personnes-et-habilitations", headers=headers, rows=rows, fmt=fmt)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    for person in page.object_list:
        person.refusal = perms.deactivation_refusal(user, person, is_animator=person.is_animator)
    return render(
        request,
        "administration/person_list.html",
        {
            "filter": filterset,
            "page": page,
            "people": page.object_list,
            # Pending invitations of the scope's contracts, sent, renewed and revoked from each contract's page.
            "invitations": Invitation.objects.filter(
                contract__in=perms.scope_contracts(user), accepted_at__isnull=True, revoked_at__isnull=True
            )
            .select_related("contract", "invited_by")
            .order_by("-sent_at")[:50],
            "query_string": query_without(request, "page", "format"),
            "section": "people",
            "current_crumb": "Personnes et habilitations",
            "crumbs": crumbs(),
        },
    )


def _account_change(request, pk, *, verb, title, message, submit_label, done):
    user = request.user
    person = get_object_or_404(perms.visible_people(user), pk=pk)
    refusal = perms.deactivation_refusal(user, person)
    back = reverse("administration:people")
    if refusal:
        messages.error(request, refusal)
        return redirect(back)
    if request.method == "POST":
        try:
            verb(person, by=user)
        except accounts.AccountError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done.format(person=person))
        return redirect(back)
    return render(
        request,
        "administration/confirm.html",
        {
            "title": title.format(person=person),
            "message": message,
            "submit_label": submit_label,
            "cancel_url": back,
            "section": "people",
            "current_crumb": "Confirmation",
            "crumbs": crumbs({"url": back, "title": "Personnes et habilitations"}),
        },
    )


@administration_required
def person_deactivate(request, pk):
    return _account_change(
        request,
        pk,
        verb=accounts.deactivate,
        title="Désactiver le compte de {person}",
        message="La personne ne pourra plus se connecter, et ses sessions ouvertes prennent fin. Rien n'est "
        "supprimé : ses habilitations, les fiches qu'elle pilote et l'historique gardent son nom. Vous pourrez "
        "réactiver le compte.",
        submit_label="Désactiver le compte",
        done="Le compte de {person} est désactivé.",
    )


@administration_required
def person_reactivate(request, pk):
    return _account_change(
        request,
        pk,
        verb=accounts.reactivate,
        title="Réactiver le compte de {person}",
        message="La personne pourra de nouveau se connecter, avec les habilitations qu'elle avait.",
        submit_label="Réactiver le compte",
        done="Le compte de {person} est réactivé.",
    )
