"""Convocations, updates and cancellations e-mailed to the members of an instance, each with its .ics invitation,
and the signed links from which members answer without an account.

Orchestration above the lifecycle: each function makes the move (governance/lifecycle.py) in its transaction, then
writes to the members and logs every e-mail (`MailLog`). The links in e-mails start with `settings.SITE_URL`, since
an e-mail outlives the request that sent it.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from governance import lifecycle, snapshots
from governance.enums import UPCOMING_STATUSES, MailKind
from governance.errors import GovernanceError
from governance.ics import invitation
from governance.meetings import expected_members
from governance.models import MailLog, Meeting, Member
from governance.models.meetings import long_day, short_time

ANSWER_SALT = "governance.answer"
SUBJECTS = {
    MailKind.CONVOCATION: "Convocation : {label}, {time}",
    MailKind.UPDATE: "Modification : {label}, {time}",
    MailKind.CANCELLATION: "Annulation : {label}",
}


def absolute(path):
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def answer_token(meeting, member):
    return signing.dumps({"m": meeting.pk, "a": member.pk}, salt=ANSWER_SALT)


def read_answer_token(token):
    """The (meeting, member) a signed answer link names; `GovernanceError` for a link that was tampered with."""
    invalid = GovernanceError(
        "Ce lien de réponse n'est pas valide : vérifiez qu'il a été copié en entier depuis l'e-mail de convocation."
    )
    try:
        data = signing.loads(token, salt=ANSWER_SALT)
    except signing.BadSignature as error:
        raise invalid from error
    member = (
        Member.objects.filter(pk=data.get("a"), instance__meetings=data.get("m"))
        .select_related("person", "instance")
        .first()
    )
    if member is None:
        raise invalid
    meeting = Meeting.objects.select_related("instance").get(pk=data["m"])
    return meeting, member


def answer_problems(meeting, today=None):
    today = today or timezone.localdate()
    if meeting.status not in UPCOMING_STATUSES:
        return [f"La réunion est « {meeting.get_status_display().lower()} » : il n'est plus possible d'y répondre."]
    if meeting.date < today:
        return [f"La réunion du {long_day(meeting.date)} est passée : il n'est plus possible d'y répondre."]
    return []


def recipients(meeting):
    """Members whose term covers the meeting's date, in the order of the instance."""
    return list(expected_members(meeting).order_by("position", "person__last_name", "id"))


def _send(meeting, kind, *, comment=""):
    """Write to every expected member with an e-mail address; returns how many e-mails left."""
    items = list(meeting.agenda_items.all())
    url = absolute(meeting.get_absolute_url())
    time = f"{long_day(meeting.date)} de {short_time(meeting.start_time)} à {short_time(meeting.end_time)}"
    subject = SUBJECTS[kind].format(label=meeting.title or meeting.instance.name, time=time)
    logs = []
    for member in recipients(meeting):
        person = member.person
        if not person.email:
            continue
        body = render_to_string(
            "governance/email/meeting.txt",
            {
                "kind": kind,
                "meeting": meeting,
                "person": person,
                "items": items,
                "time": time,
                "comment": comment,
                "meeting_url": url,
                "answer_url": absolute(reverse("governance:answer", args=[answer_token(meeting, member)])),
            },
        )
        message = EmailMessage(subject=subject, body=body, to=[person.email])
        ics = invitation(
            meeting,
            url=url,
            items=items,
            attendee_email=person.email,
            attendee_name=person.full_name,
            cancel=kind == MailKind.CANCELLATION,
        )
        method = "CANCEL" if kind == MailKind.CANCELLATION else "REQUEST"
        message.attach("invitation.ics", ics, f"text/calendar; method={method}; charset=utf-8")
        message.send()
        logs.append(MailLog(meeting=meeting, member=member, email=person.email, kind=kind, sequence=meeting.sequence))
    MailLog.objects.bulk_create(logs)
    return len(logs)


def send_convocation(meeting, *, by, comment=""):
    """Convene the members: the move (and the snapshot of the plan), then one e-mail each with the invitation."""
    lifecycle.convene(meeting, by=by, freeze=snapshots.freeze, comment=comment)
    return _send(meeting, MailKind.CONVOCATION)


def send_update(meeting):
    """After a change of date, times or place of a convened meeting: the same event, a higher SEQUENCE."""
    return _send(meeting, MailKind.UPDATE)


def postpone(meeting, *, by, to_date, start_time=None, end_time=None, comment=""):
    lifecycle.postpone(meeting, by=by, to_date=to_date, start_time=start_time, end_time=end_time, comment=comment)
    if meeting.convened_at is None:
        return 0
    return _send(meeting, MailKind.UPDATE, comment=comment)


def cancel(meeting, *, by, comment):
    lifecycle.cancel(meeting, by=by, comment=comment)
    if meeting.convened_at is None:
        return 0
    return _send(meeting, MailKind.CANCELLATION, comment=comment)
