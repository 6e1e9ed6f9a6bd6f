"""Instances and their members; the contacts directory of a contract."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from contracts.views.common import contract_crumbs, get_contract
from governance import members as member_domain
from governance import perms, roadmaps
from governance.enums import REMINDED_KINDS
from governance.errors import GovernanceError
from governance.exports import XLSX_CONTENT_TYPE, contacts_csv, contacts_xlsx
from governance.forms import InstanceForm, MemberForm, TerritorialInstanceForm
from governance.models import Decision
from governance.views.common import (
    INSTANCE_RELATED,
    get_instance,
    instance_crumbs,
    render_confirm,
    render_form,
)

UPCOMING_SHOWN = 5


def index(request):
    """The instances the user sees, those of contracts first, then the territorial ones."""
    today = timezone.localdate()
    instances = list(
        perms.visible_instances(request.user)
        .select_related(*INSTANCE_RELATED)
        .annotate(
            member_count=Count(
                "members",
                filter=(Q(members__start_date__isnull=True) | Q(members__start_date__lte=today))
                & (Q(members__end_date__isnull=True) | Q(members__end_date__gte=today)),
            )
        )
        .order_by("contract__name", "departement_id", "region_id", "name")
    )
    groups = {}
    for instance in instances:
        groups.setdefault(instance.territory, []).append(instance)
    upcoming = (
        perms.visible_meetings(request.user)
        .upcoming(today)
        .select_related("instance", "instance__contract", "instance__departement", "instance__region")
        .order_by("date", "start_time")[:UPCOMING_SHOWN]
    )
    return render(
        request,
        "governance/index.html",
        {
            "groups": [{"territory": territory, "instances": items} for territory, items in groups.items()],
            "upcoming": list(upcoming),
            "can_create_territorial": perms.can_create_territorial_instance(request.user),
        },
    )


def instance_create(request, slug):
    contract = get_contract(request, slug, perms.can_create_instance)
    form = InstanceForm(request.POST or None, contract=contract)
    if request.method == "POST" and form.is_valid():
        instance = form.save()
        messages.success(request, f"L'instance « {instance} » a été créée. Ajoutez-lui ses membres.")
        return redirect(instance)
    return render_form(
        request,
        form,
        title="Nouvelle instance du contrat",
        intro="Le comité de pilotage réunit les signataires et décide ; le comité technique ou de suivi prépare ses "
        "réunions ; les groupes de travail, souvent un par axe, réunissent les acteurs de terrain.",
        crumbs=contract_crumbs(contract),
        cancel_url=f"{contract.get_absolute_url()}#gouvernance",
    )


def territorial_instance_create(request):
    if not perms.can_create_territorial_instance(request.user):
        raise PermissionDenied
    form = TerritorialInstanceForm(request.POST or None, departements=perms.creatable_departements(request.user))
    if request.method == "POST" and form.is_valid():
        instance = form.save()
        messages.success(request, f"L'instance « {instance} » a été créée. Ajoutez-lui ses membres.")
        return redirect(instance)
    return render_form(
        request,
        form,
        title="Nouvelle instance territoriale",
        intro="Un conseil territorial de santé (CTS) ou une commission départementale de coordination des "
        "politiques publiques de santé (CDCPPS), animés par l'ARS.",
        crumbs=[{"url": reverse("governance:index"), "title": "Gouvernance"}],
        cancel_url=reverse("governance:index"),
    )


def instance_detail(request, pk):
    instance = get_instance(request, pk)
    user = request.user
    personal = perms.can_see_personal_data(user, instance)
    today = timezone.localdate()
    members = []
    if personal:
        members = list(
            instance.members.select_related("person", "organisation", "substitute_for__person").order_by(
                "position", "person__last_name", "person__first_name", "id"
            )
        )
    return render(
        request,
        "governance/instance_detail.html",
        {
            "instance": instance,
            "crumbs": instance_crumbs(instance, with_instance=False),
            "can_run": perms.can_run_instance(user, instance),
            "can_see_personal_data": personal,
            "current_members": [m for m in members if m.is_active_on(today)],
            "former_members": [m for m in members if not m.is_active_on(today)],
            "meetings": list(instance.meetings.order_by("-date", "-start_time")),
            "roadmap": roadmaps.roadmap_of(instance) if instance.is_territorial else None,
            "reminded": instance.kind in REMINDED_KINDS,
            "decisions": list(
                Decision.objects.filter(meeting__instance=instance)
                .select_related("meeting__instance", "fiche", "axe", "avenant", "contract")
                .order_by("-meeting__date", "position", "id")
            ),
        },
    )


def instance_edit(request, pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    if instance.contract_id:
        form = InstanceForm(request.POST or None, instance=instance, contract=instance.contract)
    else:
        form = TerritorialInstanceForm(
            request.POST or None,
            instance=instance,
            departements=perms.creatable_departements(request.user),
            has_roadmap=roadmaps.roadmap_of(instance) is not None,
        )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"L'instance « {instance} » a été enregistrée.")
        return redirect(instance)
    return render_form(
        request,
        form,
        title=f"Modifier « {instance} »",
        crumbs=instance_crumbs(instance),
        cancel_url=instance.get_absolute_url(),
    )


# Members -------------------------------------------------------------------------------------------------------------


def _known_people(user, instance):
    """People the user already sees in the other instances of the same contract or territory."""
    siblings = perms.visible_instances(user).filter(
        contract_id=instance.contract_id, departement_id=instance.departement_id, region_id=instance.region_id
    )
    return member_domain.known_people([i for i in siblings if perms.can_see_personal_data(user, i)])


def member_add(request, pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    form = MemberForm(request.POST or None, instance=instance, known_people=_known_people(request.user, instance))
    errors = []
    if request.method == "POST" and form.is_valid():
        known = form.cleaned_data.get("existing_person")
        reused = None if known else member_domain.person_with_email(form.cleaned_data.get("email"))
        try:
            member = member_domain.add_member(
                instance, person=known or reused, person_data=form.person_data(), **form.seat_data()
            )
        except GovernanceError as error:
            errors = error.messages
        else:
            if reused:
                messages.info(
                    request,
                    f"{member.person} figurait déjà dans l'annuaire avec cette adresse e-mail : sa fiche a été "
                    "reprise telle quelle.",
                )
            messages.success(request, f"{member.person} siège maintenant dans « {instance} ».")
            return redirect(f"{instance.get_absolute_url()}#membres")
    return render_form(
        request,
        form,
        title=f"Ajouter un membre à « {instance} »",
        intro="Un membre n'a pas besoin de compte sur le portail : il reçoit les convocations par e-mail et y répond "
        "depuis le lien qu'elles contiennent.",
        errors=errors,
        crumbs=instance_crumbs(instance),
        cancel_url=f"{instance.get_absolute_url()}#membres",
    )


def _get_member(instance, member_pk):
    return get_object_or_404(instance.members.select_related("person", "organisation"), pk=member_pk)


def member_edit(request, pk, member_pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    member = _get_member(instance, member_pk)
    form = MemberForm(request.POST or None, instance=instance, member=member, initial=MemberForm.initial_for(member))
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            member_domain.update_seat(member, person_data=form.person_data(), **form.seat_data())
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, f"Les informations de {member.person} ont été mises à jour.")
            return redirect(f"{instance.get_absolute_url()}#membres")
    return render_form(
        request,
        form,
        title=f"Modifier {member.person}",
        intro="L'identité et les coordonnées de la personne sont les mêmes dans toutes les instances où elle siège.",
        errors=errors,
        crumbs=instance_crumbs(instance),
        cancel_url=f"{instance.get_absolute_url()}#membres",
    )


def member_remove(request, pk, member_pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    member = _get_member(instance, member_pk)
    errors = []
    if request.method == "POST":
        try:
            member_domain.remove_member(member)
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, f"{member.person} ne siège plus dans « {instance} ».")
            return redirect(f"{instance.get_absolute_url()}#membres")
    return render_confirm(
        request,
        title=f"Retirer {member.person} de « {instance} » ?",
        message="La personne reste dans l'annuaire si elle siège dans une autre instance. Pour quelqu'un qui a déjà "
        "participé à des réunions, indiquez plutôt la fin de son mandat.",
        submit_label="Retirer de l'instance",
        crumbs=instance_crumbs(instance),
        cancel_url=f"{instance.get_absolute_url()}#membres",
        errors=errors,
    )


# Contacts directory --------------------------------------------------------------------------------------------------


def _contacts_contract(request, slug):
    return get_contract(request, slug, perms.can_see_contacts)


def contacts(request, slug):
    contract = _contacts_contract(request, slug)
    return render(
        request,
        "governance/contacts.html",
        {
            "contract": contract,
            "people": member_domain.contacts(contract),
            "crumbs": contract_crumbs(contract),
        },
    )


def contacts_export(request, slug, extension):
    contract = _contacts_contract(request, slug)
    people = member_domain.contacts(contract)
    filename = f"contacts-{contract.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"
    if extension == "xlsx":
        response = HttpResponse(contacts_xlsx(people), content_type=XLSX_CONTENT_TYPE)
    else:
        response = HttpResponse(contacts_csv(people), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
