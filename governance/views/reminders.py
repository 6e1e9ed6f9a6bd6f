"""What the reminders of an instance will send, and the switch to turn them off."""

from django.contrib import messages
from django.shortcuts import redirect, render

from governance import perms, reminders
from governance.enums import REMINDED_KINDS
from governance.forms import ReminderSettingsForm
from governance.models import ReminderLog
from governance.views.common import get_instance, instance_crumbs

HISTORY_SHOWN = 50


def reminders_page(request, pk):
    instance = get_instance(request, pk, perms.can_run_instance)
    form = ReminderSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request,
            f"Les pilotes seront relancés {instance.reminder_days} jours avant chaque réunion."
            if instance.reminders_enabled
            else "Les relances des pilotes sont désactivées pour cette instance.",
        )
        return redirect("governance:reminders", instance.pk)
    history = (
        ReminderLog.objects.filter(meeting__instance=instance)
        .select_related("meeting", "fiche", "recipient")
        .order_by("-sent_at", "id")[:HISTORY_SHOWN]
    )
    return render(
        request,
        "governance/reminders.html",
        {
            "instance": instance,
            "form": form,
            "reminded_kind": instance.kind in REMINDED_KINDS,
            "next": reminders.next_reminders(instance),
            "history": list(history),
            "crumbs": instance_crumbs(instance),
        },
        status=400 if form.errors else 200,
    )
