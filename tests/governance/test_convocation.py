"""Convocations, updates and cancellations by e-mail with their .ics, and answers from the signed link."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from governance import convocation
from governance.enums import AttendanceStatus, MailKind, MeetingStatus, MemberRole
from governance.models import Attendance, MailLog, MeetingSnapshot
from tests.governance.factories import AgendaItemFactory, MeetingFactory, MemberFactory, PersonFactory

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def meeting(copil, president, seated):
    MemberFactory(instance=copil, person=PersonFactory(first_name="Sans", last_name="Adresse", email=""))
    MemberFactory(instance=copil, person=PersonFactory(last_name="Partie"), end_date=datetime.date(2020, 1, 1))
    meeting = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 4), place="Beaupréau-en-Mauges")
    AgendaItemFactory(meeting=meeting, title="Accueil", presenter="Didier Huchon", duration_minutes=10)
    AgendaItemFactory(meeting=meeting, title="Bilan du plan d'action", duration_minutes=45)
    return meeting


def event_of(message):
    name, content, mimetype = message.attachments[0]
    assert name == "invitation.ics"
    calendar = Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0], mimetype


def test_a_convocation_goes_to_each_current_member_with_an_invitation(client, coordinator, meeting):
    client.force_login(coordinator)
    url = reverse("governance:meeting_transition", args=[meeting.pk, "convocation"])
    page = client.get(url).content.decode()
    assert "2 destinataires" in page and "Sans Adresse" in page and "Partie" not in page
    response = client.post(url)
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["d.huchon@mauges.exemple.fr", "monnier@ars.exemple.fr"]
    message = next(m for m in mail.outbox if m.to == ["d.huchon@mauges.exemple.fr"])
    assert message.subject == "Convocation : COPIL du CLS de Mauges Communauté, 4 juin 2099 de 14h à 16h30"
    assert "Bonjour M. Didier Huchon," in message.body
    assert (
        "1. Accueil (Didier Huchon, 10 min)" in message.body and "2. Bilan du plan d'action (45 min)" in message.body
    )
    assert "http://testserver" not in message.body and "/gouvernance/reponse/" in message.body
    calendar, event, mimetype = event_of(message)
    assert mimetype == "text/calendar; method=REQUEST; charset=utf-8"
    assert calendar["METHOD"] == "REQUEST"
    assert event["UID"] == meeting.calendar_uid and event["SEQUENCE"] == 0
    assert event.decoded("DTSTART") == datetime.datetime(2099, 6, 4, 14, tzinfo=PARIS)
    assert str(event["ATTENDEE"]) == "mailto:d.huchon@mauges.exemple.fr"
    assert list(calendar.walk("VTIMEZONE"))[0]["TZID"] == "Europe/Paris"
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CONVENED
    assert MailLog.objects.filter(meeting=meeting, kind=MailKind.CONVOCATION).count() == 2
    assert MeetingSnapshot.objects.filter(meeting=meeting).exists()


def test_a_change_of_place_sends_the_same_event_with_a_higher_sequence(client, coordinator, meeting):
    convocation.send_convocation(meeting, by=coordinator)
    mail.outbox.clear()
    client.force_login(coordinator)
    response = client.post(
        reverse("governance:meeting_edit", args=[meeting.pk]),
        {"date": "2099-06-04", "start_time": "14:00", "end_time": "16:30", "place": "Chemillé-en-Anjou"},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    message = mail.outbox[0]
    assert message.subject.startswith("Modification : ")
    assert "a été modifiée" in message.body
    _, event, _ = event_of(message)
    assert event["UID"] == meeting.calendar_uid and event["SEQUENCE"] == 1
    assert str(event["LOCATION"]) == "Chemillé-en-Anjou"
    # Nothing changed: nothing is sent.
    mail.outbox.clear()
    client.post(
        reverse("governance:meeting_edit", args=[meeting.pk]),
        {"date": "2099-06-04", "start_time": "14:00", "end_time": "16:30", "place": "Chemillé-en-Anjou"},
    )
    assert mail.outbox == []


def test_a_postponement_and_a_cancellation_update_the_calendars(client, coordinator, meeting):
    convocation.send_convocation(meeting, by=coordinator)
    mail.outbox.clear()
    client.force_login(coordinator)
    response = client.post(
        reverse("governance:meeting_transition", args=[meeting.pk, "report"]),
        {"to_date": "2099-06-11", "comment": "Conflit avec le conseil communautaire."},
    )
    assert response.status_code == 302
    _, event, _ = event_of(mail.outbox[0])
    assert event["SEQUENCE"] == 1 and event.decoded("DTSTART").date() == datetime.date(2099, 6, 11)
    assert "Initialement prévue le 4 juin 2099." in mail.outbox[0].body
    mail.outbox.clear()
    response = client.post(reverse("governance:meeting_transition", args=[meeting.pk, "annulation"]), {"comment": ""})
    assert response.status_code == 400
    assert "Indiquez la raison de l&#x27;annulation" in response.content.decode()
    client.post(
        reverse("governance:meeting_transition", args=[meeting.pk, "annulation"]), {"comment": "Report sine die."}
    )
    message = mail.outbox[0]
    assert message.subject == "Annulation : COPIL du CLS de Mauges Communauté"
    calendar, event, mimetype = event_of(message)
    assert calendar["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED"
    assert event["UID"] == meeting.calendar_uid and event["SEQUENCE"] == 2
    assert "method=CANCEL" in mimetype and "Motif : Report sine die." in message.body


def test_a_meeting_never_convened_is_cancelled_without_e_mail(coordinator, meeting):
    assert convocation.cancel(meeting, by=coordinator, comment="Doublon") == 0
    assert mail.outbox == []


def answer_url(meeting, member):
    return reverse("governance:answer", args=[convocation.answer_token(meeting, member)])


def test_a_member_answers_from_the_link_without_an_account(client, coordinator, meeting, president):
    convocation.send_convocation(meeting, by=coordinator)
    link = (
        next(m for m in mail.outbox if m.to == ["d.huchon@mauges.exemple.fr"]).body.split("compte :\n")[1].split()[0]
    )
    path = link.removeprefix("http://127.0.0.1:8000")
    page = client.get(path)
    assert page.status_code == 200 and "M. Didier Huchon, vous avez reçu une convocation" in page.content.decode()
    response = client.post(path, {"status": AttendanceStatus.REPRESENTED})
    assert response.status_code == 400
    assert "Indiquez qui vous représentera." in response.content.decode()
    response = client.post(path, {"status": AttendanceStatus.REPRESENTED, "proxy_name": "Aline Bray, vice-présidente"})
    assert response.status_code == 200 and "Réponse enregistrée" in response.content.decode()
    attendance = Attendance.objects.get(meeting=meeting, member=president)
    assert (attendance.status, attendance.source) == ("represented", "answer")
    assert attendance.proxy_name == "Aline Bray, vice-présidente"
    client.post(path, {"status": AttendanceStatus.PRESENT})
    attendance.refresh_from_db()
    assert (attendance.status, attendance.proxy_name) == ("present", "")


def test_a_tampered_link_is_refused_in_french(client, meeting, president):
    url = answer_url(meeting, president)
    response = client.get(url[:-3] + "abc/")
    assert response.status_code == 400
    assert "Ce lien de réponse n&#x27;est pas valide" in response.content.decode()
    foreign = MemberFactory(role=MemberRole.MEMBER)
    forged = reverse("governance:answer", args=[convocation.answer_token(meeting, foreign)])
    assert client.get(forged).status_code == 400


def test_answers_close_with_the_meeting(client, coordinator, meeting, president):
    meeting.status = MeetingStatus.CANCELLED
    meeting.save()
    response = client.post(answer_url(meeting, president), {"status": AttendanceStatus.PRESENT})
    assert response.status_code == 400
    assert "il n&#x27;est plus possible d&#x27;y répondre" in response.content.decode()
    meeting.status, meeting.date = MeetingStatus.CONVENED, datetime.date(2020, 1, 1)
    meeting.save()
    response = client.post(answer_url(meeting, president), {"status": AttendanceStatus.PRESENT})
    assert response.status_code == 400 and "La réunion du 1er janvier 2020 est passée" in response.content.decode()
    assert not Attendance.objects.exists()
