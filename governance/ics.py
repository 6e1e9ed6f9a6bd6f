"""Meetings as iCalendar (RFC 5545) events, built with the `icalendar` library: invitations sent with convocations
(METHOD:REQUEST, then the same UID with a higher SEQUENCE for each update, METHOD:CANCEL for a cancellation) and
the calendar feeds people subscribe to. Times are in Europe/Paris with its VTIMEZONE."""

import datetime
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from governance.enums import MeetingStatus
from governance.models.meetings import short_time

PRODID = "-//Portail CLS//Gouvernance//FR"
CONTENT_TYPE = "text/calendar; charset=utf-8"
_STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.POSTPONED: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def _calendar(method=None, name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Paris")
    return calendar


def _finish(calendar, meetings):
    """Add the VTIMEZONE of Europe/Paris for the years the events cover, and serialise."""
    days = [meeting.date for meeting in meetings] or [timezone.localdate()]
    first = datetime.date(min(days).year - 1, 1, 1)
    last = datetime.date(max(days).year + 2, 1, 1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def agenda_text(items):
    lines = []
    for number, item in enumerate(items, start=1):
        details = [part for part in (item.presenter, f"{item.duration_minutes} min" if item.duration_minutes else "")]
        details = [part for part in details if part]
        lines.append(f"{number}. {item.title}" + (f" ({', '.join(details)})" if details else ""))
    return "\n".join(lines)


def event(meeting, *, url, items=None, with_video=True, status=None):
    """The VEVENT of a meeting. `items`: its agenda (already fetched) for the description."""
    ev = Event()
    ev.add("uid", meeting.calendar_uid)
    ev.add("sequence", meeting.sequence)
    ev.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    ev.add("dtstart", meeting.starts_at)
    ev.add("dtend", meeting.ends_at)
    ev.add("summary", meeting.title or meeting.instance.name)
    location = meeting.place or ("Visioconférence" if meeting.video_url else "")
    if location:
        ev.add("location", location)
    description = [f"{meeting.instance.name}, de {short_time(meeting.start_time)} à {short_time(meeting.end_time)}."]
    if with_video and meeting.video_url:
        description.append(f"Visioconférence : {meeting.video_url}")
    if items:
        description.append("Ordre du jour :\n" + agenda_text(items))
    description.append(f"Sur le portail : {url}")
    ev.add("description", "\n\n".join(description))
    ev.add("url", url)
    ev.add("status", status or _STATUS.get(meeting.status, "CONFIRMED"))
    return ev


def _organizer():
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = vText(name or settings.SERVICE_NAME)
    return organizer


def invitation(meeting, *, url, items, attendee_email, attendee_name, cancel=False) -> bytes:
    """The .ics attached to a convocation, an update (same UID, higher SEQUENCE) or a cancellation."""
    calendar = _calendar(method="CANCEL" if cancel else "REQUEST")
    ev = event(meeting, url=url, items=items, status="CANCELLED" if cancel else "CONFIRMED")
    ev.add("organizer", _organizer())
    attendee = vCalAddress(f"mailto:{attendee_email}")
    attendee.params["cn"] = vText(attendee_name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("FALSE")
    ev.add("attendee", attendee)
    calendar.add_component(ev)
    return _finish(calendar, [meeting])


def feed(meetings, *, name, url_of, items_of=None, video_for=None) -> bytes:
    """A subscribed calendar: `url_of(meeting)` its page, `items_of(meeting)` its agenda, `video_for(meeting)` whether
    the subscriber may see its video link."""
    calendar = _calendar(method="PUBLISH", name=name)
    meetings = list(meetings)
    for meeting in meetings:
        calendar.add_component(
            event(
                meeting,
                url=url_of(meeting),
                items=items_of(meeting) if items_of else None,
                with_video=bool(video_for and video_for(meeting)),
            )
        )
    return _finish(calendar, meetings)
