"""A meeting's page and what its organisers do on it: the agenda, the moves of its life, attendance, minutes,
decisions and follow-up tasks. Each view: access check, form validation, one domain call, domain errors shown."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from actions.models import Axe
from cls_portal.perms import Refusal
from contracts.models import Avenant
from governance import convocation, lifecycle, perms, snapshots
from governance import meetings as domain
from governance.enums import AttendanceSource, MeetingStatus
from governance.errors import GovernanceError
from governance.forms import (
    AgendaItemForm,
    AttendanceForm,
    CancelForm,
    CommentForm,
    DecisionForm,
    GuestForm,
    MeetingForm,
    MinutesForm,
    PostponeForm,
    TaskForm,
)
from governance.models import Meeting, MeetingSnapshot
from governance.views.common import (
    INSTANCE_RELATED,
    closed_refusal,
    get_instance,
    instance_crumbs,
    render_confirm,
    render_form,
)

S = MeetingStatus

# URL segment -> target status. French words in addresses, English values in the database.
TRANSITION_SLUGS = {
    "convocation": S.CONVENED,
    "report": S.POSTPONED,
    "annulation": S.CANCELLED,
    "tenue": S.HELD,
    "compte-rendu-redige": S.MINUTES_WRITTEN,
}
SLUG_OF_STATUS = {status: slug for slug, status in TRANSITION_SLUGS.items()}


def get_meeting(request, pk, check=None):
    """The meeting `pk` if the user sees its instance (404 otherwise) and `check(user, instance)` holds (403)."""
    related = ["instance", *[f"instance__{name}" for name in INSTANCE_RELATED]]
    meeting = get_object_or_404(perms.visible_meetings(request.user).select_related(*related), pk=pk)
    if check is not None and not check(request.user, meeting.instance):
        if check is perms.can_run_instance and perms.can_see_personal_data(request.user, meeting.instance):
            raise closed_refusal(meeting.instance)
        raise PermissionDenied
    return meeting


def meeting_crumbs(meeting):
    return [*instance_crumbs(meeting.instance), {"url": meeting.get_absolute_url(), "title": meeting.label}]


def _anchor(meeting, anchor):
    return f"{meeting.get_absolute_url()}#{anchor}"


# The meeting and its life --------------------------------------------------------------------------------------------


def meeting_create(request, pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    form = MeetingForm(request.POST or None, instance_of=instance)
    if request.method == "POST" and form.is_valid():
        meeting = lifecycle.register_meeting(form.instance, by=request.user)
        messages.success(request, f"La réunion du {meeting.date:%d/%m/%Y} est planifiée. Préparez son ordre du jour.")
        return redirect(meeting)
    return render_form(
        request,
        form,
        title=f"Planifier une réunion de « {instance} »",
        intro="La réunion est d'abord planifiée : les membres ne reçoivent rien avant sa convocation.",
        crumbs=instance_crumbs(instance),
        cancel_url=instance.get_absolute_url(),
    )


def meeting_detail(request, pk):
    meeting = get_meeting(request, pk)
    user, instance = request.user, meeting.instance
    personal = perms.can_see_personal_data(user, instance)
    can_run = perms.can_run_instance(user, instance)
    items = list(
        meeting.agenda_items.select_related("avenant", "approves_minutes_of").prefetch_related("fiches__contract")
    )
    members, attendances = [], []
    if personal:
        members = list(domain.expected_members(meeting).order_by("position", "person__last_name", "id"))
        attendances = list(meeting.attendances.select_related("member__person", "represented_by__person"))
    by_member = {a.member_id: a for a in attendances}
    context = {
        "meeting": meeting,
        "instance": instance,
        "crumbs": instance_crumbs(instance),
        "can_run": can_run,
        "can_see_personal_data": personal,
        "can_view_minutes": perms.can_view_minutes(user, meeting),
        "items": items,
        "total_duration": domain.total_duration(items),
        "attendance_rows": [{"member": m, "attendance": by_member.get(m.pk)} for m in members],
        "quorum": domain.quorum(meeting, members, attendances) if meeting.is_held and attendances else None,
        "guests": list(meeting.guests.all()) if personal else [],
        "decisions": list(meeting.decisions.select_related("fiche", "axe", "avenant", "agenda_item", "contract")),
        "tasks": list(meeting.tasks.select_related("owner", "fiche", "fiche__contract")),
        "transitions": list(meeting.transitions.select_related("by")),
        "actions": [
            {"slug": SLUG_OF_STATUS[target], "label": lifecycle.ACTION_LABELS[target], "status": target}
            for target in lifecycle.allowed_targets(meeting)
            if target in SLUG_OF_STATUS
        ]
        if can_run
        else [],
        "agenda_open": can_run and (meeting.is_upcoming or meeting.status == S.HELD),
        "snapshot": MeetingSnapshot.objects.filter(meeting=meeting).only("taken_at", "meeting_id").first(),
        "changes": snapshots.changes_since_previous(meeting),
    }
    return render(request, "governance/meeting_detail.html", context)


def meeting_edit(request, pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    if not meeting.is_upcoming:
        raise Refusal(f"Une réunion « {meeting.get_status_display().lower()} » ne change plus de date ni de lieu.")
    original = Meeting.objects.get(pk=meeting.pk)
    form = MeetingForm(request.POST or None, instance=meeting)
    errors = []
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            notify = lifecycle.reschedule(original, by=request.user, changes=changes)
        except GovernanceError as error:
            errors = error.messages
        else:
            if notify:
                sent = convocation.send_update(original)
                messages.success(request, f"La réunion a été modifiée ; {sent} membre(s) ont reçu la mise à jour.")
            else:
                messages.success(request, "La réunion a été enregistrée.")
            return redirect(original)
    return render_form(
        request,
        form,
        title=f"Modifier la réunion du {original.date:%d/%m/%Y}",
        intro="Si les membres ont déjà été convoqués, un changement de date, d'horaires ou de lieu leur est envoyé "
        "comme une mise à jour de l'invitation : leur agenda remplace l'ancienne.",
        errors=errors,
        crumbs=meeting_crumbs(original),
        cancel_url=original.get_absolute_url(),
    )


def _convocation_page(request, meeting, errors=()):
    recipients = convocation.recipients(meeting)
    return render(
        request,
        "governance/convocation_confirm.html",
        {
            "meeting": meeting,
            "crumbs": meeting_crumbs(meeting),
            "recipients": [r for r in recipients if r.person.email],
            "without_email": [r for r in recipients if not r.person.email],
            "problems": list(errors) or lifecycle.convocation_problems(meeting),
            "again": meeting.convened_at is not None,
        },
        status=400 if errors else 200,
    )


def meeting_transition(request, pk, action):
    target = TRANSITION_SLUGS.get(action)
    if target is None:
        raise Http404("Action inconnue.")
    meeting = get_meeting(request, pk, perms.can_run_instance)
    if target not in lifecycle.allowed_targets(meeting):
        raise Refusal(lifecycle.refusal_message(meeting, target))
    if target == S.CONVENED:
        if request.method != "POST":
            return _convocation_page(request, meeting)
        try:
            sent = convocation.send_convocation(meeting, by=request.user)
        except GovernanceError as error:
            return _convocation_page(request, meeting, errors=error.messages)
        messages.success(request, f"Convocation envoyée à {sent} membre(s), avec l'invitation pour leur agenda.")
        return redirect(meeting)
    form_class = {S.POSTPONED: PostponeForm, S.CANCELLED: CancelForm}.get(target, CommentForm)
    form = form_class(request.POST if request.method == "POST" else None)
    errors = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if target == S.POSTPONED:
                sent = convocation.postpone(
                    meeting,
                    by=request.user,
                    to_date=data["to_date"],
                    start_time=data.get("start_time"),
                    end_time=data.get("end_time"),
                    comment=data.get("comment", ""),
                )
                done = f"La réunion est reportée au {meeting.date:%d/%m/%Y}" + (
                    f" ; {sent} membre(s) ont reçu la nouvelle date." if sent else "."
                )
            elif target == S.CANCELLED:
                sent = convocation.cancel(meeting, by=request.user, comment=data["comment"])
                done = "La réunion est annulée" + (f" ; {sent} membre(s) ont été prévenus." if sent else ".")
            elif target == S.HELD:
                lifecycle.mark_held(meeting, by=request.user, comment=data.get("comment", ""))
                done = "La réunion est tenue : enregistrez les présences, le compte rendu et les décisions."
            else:
                lifecycle.mark_minutes_written(meeting, by=request.user, comment=data.get("comment", ""))
                done = "Le compte rendu est rédigé : il pourra être approuvé lors d'une prochaine réunion."
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, done)
            return redirect(meeting)
    return render_form(
        request,
        form,
        title=f"{lifecycle.ACTION_LABELS[target]} — {meeting.label}",
        errors=errors,
        crumbs=meeting_crumbs(meeting),
        cancel_url=meeting.get_absolute_url(),
        submit_label=lifecycle.ACTION_LABELS[target],
    )


# Agenda --------------------------------------------------------------------------------------------------------------


def _agenda_form(request, meeting, item=None):
    instance = meeting.instance
    contract_ids = domain.linkable_contract_ids(instance)
    plan = domain.plan_contract(instance)
    return AgendaItemForm(
        request.POST or None,
        instance=item,
        meeting=meeting,
        fiches=domain.linkable_fiches(instance).order_by("-contract_id", "number"),
        avenants=Avenant.objects.filter(contract_id__in=contract_ids),
        approvable=domain.approvable_meetings(meeting).select_related("instance"),
        plan_contract_id=plan.pk if plan else None,
    )


def _require_agenda_open(meeting):
    if not (meeting.is_upcoming or meeting.status == S.HELD):
        raise Refusal(f"L'ordre du jour d'une réunion « {meeting.get_status_display().lower()} » ne change plus.")


def agenda_item_form(request, pk, item_pk=None):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    _require_agenda_open(meeting)
    item = get_object_or_404(meeting.agenda_items, pk=item_pk) if item_pk else None
    form = _agenda_form(request, meeting, item)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            saved = domain.save_agenda_item(form.save(commit=False), fiches=list(form.cleaned_data["fiches"]))
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, f"Le point « {saved.title} » est à l'ordre du jour.")
            if "another" in request.POST:
                return redirect("governance:agenda_item_create", meeting.pk)
            return redirect(_anchor(meeting, "ordre-du-jour"))
    return render(
        request,
        "governance/agenda_item_form.html",
        {
            "form": form,
            "meeting": meeting,
            "title": "Modifier le point" if item else "Ajouter un point à l'ordre du jour",
            "errors": errors,
            "crumbs": meeting_crumbs(meeting),
            "cancel_url": _anchor(meeting, "ordre-du-jour"),
        },
        status=400 if (errors or form.errors) else 200,
    )


def agenda_item_delete(request, pk, item_pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    _require_agenda_open(meeting)
    item = get_object_or_404(meeting.agenda_items, pk=item_pk)
    errors = []
    if request.method == "POST":
        try:
            domain.remove_agenda_item(item)
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, f"Le point « {item.title} » a été retiré de l'ordre du jour.")
            return redirect(_anchor(meeting, "ordre-du-jour"))
    return render_confirm(
        request,
        title=f"Retirer « {item.title} » de l'ordre du jour ?",
        message="Le point et son compte rendu éventuel seront supprimés.",
        submit_label="Retirer le point",
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "ordre-du-jour"),
        errors=errors,
    )


@require_POST
def agenda_item_move(request, pk, item_pk, direction):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    _require_agenda_open(meeting)
    item = get_object_or_404(meeting.agenda_items, pk=item_pk)
    domain.move_agenda_item(item, offset=-1 if direction == "monter" else 1)
    return redirect(_anchor(meeting, "ordre-du-jour"))


def approve_minutes(request, pk, item_pk):
    """The point of a held meeting that approves the minutes of an earlier one."""
    meeting = get_meeting(request, pk, perms.can_run_instance)
    item = get_object_or_404(meeting.agenda_items.select_related("approves_minutes_of"), pk=item_pk)
    if item.approves_minutes_of is None:
        raise Http404("Ce point n'approuve aucun compte rendu.")
    errors = []
    if request.method == "POST":
        try:
            approved = lifecycle.approve_minutes(item, by=request.user)
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, f"Le compte rendu de la réunion du {approved.date:%d/%m/%Y} est approuvé.")
            return redirect(_anchor(meeting, "ordre-du-jour"))
    target = item.approves_minutes_of
    return render_confirm(
        request,
        title=f"Approuver le compte rendu de la réunion du {target.date:%d/%m/%Y} ?",
        message="Une fois approuvé, le compte rendu ne se modifie plus et devient visible de tous ceux qui suivent "
        "l'instance.",
        submit_label="Approuver le compte rendu",
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "ordre-du-jour"),
        errors=errors or lifecycle.approval_problems(item),
        status=400 if errors else 200,
    )


# Attendance and guests -----------------------------------------------------------------------------------------------


def attendance(request, pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    members = list(domain.expected_members(meeting).order_by("position", "person__last_name", "id"))
    existing = list(meeting.attendances.all())
    form = AttendanceForm(request.POST if request.method == "POST" else None, members=members, attendances=existing)
    errors = []
    if request.method == "POST" and form.is_valid():
        by_pk = {m.pk: m for m in members}
        try:
            for member, status, represented_pk, proxy in form.answers():
                domain.record_attendance(
                    meeting,
                    member,
                    status=status,
                    represented_by=by_pk.get(represented_pk),
                    proxy_name=proxy,
                    source=AttendanceSource.SECRETARIAT,
                )
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, "Les présences ont été enregistrées.")
            return redirect(_anchor(meeting, "presences"))
    return render(
        request,
        "governance/attendance_form.html",
        {
            "form": form,
            "meeting": meeting,
            "errors": errors,
            "crumbs": meeting_crumbs(meeting),
            "cancel_url": _anchor(meeting, "presences"),
        },
        status=400 if (errors or form.errors) else 200,
    )


def guest_add(request, pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    form = GuestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        guest = domain.add_guest(meeting, **form.cleaned_data)
        messages.success(request, f"{guest} figure parmi les personnes invitées.")
        return redirect(_anchor(meeting, "presences"))
    return render_form(
        request,
        form,
        title="Ajouter une personne invitée",
        intro="Une personne qui ne siège pas dans l'instance et vient présenter un sujet, apporter son expertise ou "
        "représenter un partenaire.",
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "presences"),
    )


@require_POST
def guest_delete(request, pk, guest_pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    get_object_or_404(meeting.guests, pk=guest_pk).delete()
    messages.success(request, "La personne invitée a été retirée de la liste.")
    return redirect(_anchor(meeting, "presences"))


# Minutes, decisions, tasks -------------------------------------------------------------------------------------------


def minutes_edit(request, pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    if not meeting.minutes_editable:
        raise Refusal(
            "Le compte rendu est approuvé : il ne se modifie plus."
            if meeting.status == S.MINUTES_APPROVED
            else "Le compte rendu se rédige une fois la réunion tenue."
        )
    form = MinutesForm(request.POST or None, meeting=meeting, items=meeting.agenda_items.all())
    if request.method == "POST" and form.is_valid():
        domain.save_minutes(meeting, text=form.cleaned_data["minutes"], items_minutes=form.items_minutes())
        messages.success(request, "Le compte rendu a été enregistré.")
        return redirect(_anchor(meeting, "compte-rendu"))
    return render_form(
        request,
        form,
        title=f"Compte rendu — {meeting.label}",
        intro="Le compte rendu se rédige point par point. Tant qu'il n'est pas approuvé, seuls les membres de "
        "l'instance et ceux qui l'animent le lisent.",
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "compte-rendu"),
    )


def _plan_choices(meeting):
    contract_ids = domain.linkable_contract_ids(meeting.instance)[:1]
    return {
        "fiches": domain.linkable_fiches(meeting.instance).filter(contract_id__in=contract_ids).order_by("number"),
        "axes": Axe.objects.filter(contract_id__in=contract_ids).order_by("position", "number"),
        "avenants": Avenant.objects.filter(contract_id__in=contract_ids),
    }


def decision_form(request, pk, decision_pk=None):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    decision = get_object_or_404(meeting.decisions, pk=decision_pk) if decision_pk else None
    if not meeting.is_held:
        raise Refusal("Les décisions s'enregistrent une fois la réunion tenue.")
    form = DecisionForm(request.POST or None, instance=decision, meeting=meeting, **_plan_choices(meeting))
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            domain.save_decision(form.save(commit=False), by=request.user)
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, "La décision a été enregistrée.")
            return redirect(_anchor(meeting, "decisions"))
    return render_form(
        request,
        form,
        title="Modifier la décision" if decision else "Enregistrer une décision",
        intro="Une décision liée à une fiche-action, un axe ou un avenant s'affiche aussi sur la page du contrat.",
        errors=errors,
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "decisions"),
    )


def task_form(request, pk, task_pk=None):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    task = get_object_or_404(meeting.tasks, pk=task_pk) if task_pk else None
    if not meeting.is_held:
        raise Refusal("Les suites à donner s'enregistrent une fois la réunion tenue.")
    form = TaskForm(request.POST or None, instance=task, meeting=meeting, fiches=_plan_choices(meeting)["fiches"])
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            domain.save_task(form.save(commit=False))
        except GovernanceError as error:
            errors = error.messages
        else:
            messages.success(request, "La suite à donner a été enregistrée.")
            return redirect(_anchor(meeting, "suites"))
    return render_form(
        request,
        form,
        title="Modifier la suite à donner" if task else "Ajouter une suite à donner",
        errors=errors,
        crumbs=meeting_crumbs(meeting),
        cancel_url=_anchor(meeting, "suites"),
    )


@require_POST
def task_toggle(request, pk, task_pk):
    meeting = get_meeting(request, pk, perms.can_run_instance)
    task = get_object_or_404(meeting.tasks, pk=task_pk)
    domain.set_task_done(task, done=not task.done)
    messages.success(request, "La suite est marquée faite." if task.done else "La suite est de nouveau à faire.")
    return redirect(_anchor(meeting, "suites"))
