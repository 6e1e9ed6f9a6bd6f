"""The agenda pages and the private calendar feeds, parsed back with icalendar (RFC 5545, Europe/Paris)."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from governance import feeds
from governance.enums import MeetingStatus
from tests.governance.factories import AgendaItemFactory, InstanceFactory, MeetingFactory

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def meetings(copil, other_contract):
    summer = MeetingFactory(instance=copil, title="COPIL d'été", date=datetime.date(2099, 7, 6),
                            start_time=datetime.time(13, 45), end_time=datetime.time(16, 30),
                            video_url="https://visio.exemple.fr/copil")  # fmt: skip
    AgendaItemFactory(meeting=summer, title="Approbation du PV", duration_minutes=10)
    winter = MeetingFactory(instance=copil, title="COPIL d'hiver", date=datetime.date(2099, 1, 15),
                            start_time=datetime.time(9), end_time=datetime.time(11))  # fmt: skip
    foreign = MeetingFactory(instance=InstanceFactory(contract=other_contract), title="COPIL d'ailleurs")
    return {"summer": summer, "winter": winter, "foreign": foreign}


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar, {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_personal_feed_is_valid_icalendar_in_paris_time_summer_and_winter(client, coordinator, meetings):
    token = feeds.active_token(coordinator)
    response = client.get(reverse("governance:feed", args=[token.key]))  # no session: the key is enough
    calendar, events = parse(response)
    assert set(events) == {"COPIL d'été", "COPIL d'hiver"}
    summer, winter = events["COPIL d'été"], events["COPIL d'hiver"]
    assert summer.decoded("DTSTART") == datetime.datetime(2099, 7, 6, 13, 45, tzinfo=PARIS)
    assert summer.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)
    assert winter.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
    assert winter.decoded("DTEND").astimezone(datetime.UTC).hour == 10
    assert summer["DTSTART"].params["TZID"] == "Europe/Paris"
    timezones = list(calendar.walk("VTIMEZONE"))
    assert [tz["TZID"] for tz in timezones] == ["Europe/Paris"]
    assert {c.name for c in timezones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert summer["UID"] == meetings["summer"].calendar_uid
    assert "https://visio.exemple.fr/copil" in str(summer["DESCRIPTION"])
    assert "1. Approbation du PV (10 min)" in str(summer["DESCRIPTION"])
    for event in events.values():
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in event


def test_readers_feeds_leave_the_video_link_out(client, reader, meetings):
    _, events = parse(client.get(feeds.feed_url(feeds.active_token(reader)).split("8000")[1]))
    assert "visio.exemple.fr" not in str(events["COPIL d'été"]["DESCRIPTION"])


def test_a_contract_feed_holds_that_contract_only_and_a_foreign_one_answers_404(client, ars_animator, meetings):
    token = feeds.active_token(ars_animator)
    _, events = parse(client.get(reverse("governance:contract_feed", args=[token.key, "mauges"])))
    assert set(events) == {"COPIL d'été", "COPIL d'hiver"}
    assert client.get(reverse("governance:contract_feed", args=[token.key, "val-de-sarthe"])).status_code == 404


def test_revoking_the_key_closes_the_old_addresses(client, coordinator, meetings):
    old = feeds.active_token(coordinator)
    client.force_login(coordinator)
    page = client.get(reverse("governance:feed_settings")).content.decode()
    assert old.key in page and "/agenda/flux/" in page
    client.post(reverse("governance:feed_revoke"))
    client.logout()
    assert client.get(reverse("governance:feed", args=[old.key])).status_code == 404
    new = feeds.active_token(coordinator)
    assert new.key != old.key
    assert client.get(reverse("governance:feed", args=[new.key])).status_code == 200
    assert client.get(reverse("governance:feed", args=["nimporte-quoi"])).status_code == 404


def test_a_cancelled_meeting_stays_in_the_feed_as_cancelled(client, coordinator, meetings):
    meetings["winter"].status = MeetingStatus.CANCELLED
    meetings["winter"].save()
    _, events = parse(client.get(reverse("governance:feed", args=[feeds.active_token(coordinator).key])))
    assert events["COPIL d'hiver"]["STATUS"] == "CANCELLED"
    assert events["COPIL d'été"]["STATUS"] == "TENTATIVE"


def test_the_agenda_lists_upcoming_meetings_the_user_sees(client, coordinator, meetings):
    client.force_login(coordinator)
    html = client.get(reverse("governance:agenda")).content.decode().replace("&#x27;", "'")
    assert "COPIL d'hiver" in html and "COPIL d'été" in html and "COPIL d'ailleurs" not in html
    assert html.index("COPIL d'hiver") < html.index("COPIL d'été")


def test_the_month_view(client, coordinator, meetings):
    client.force_login(coordinator)
    response = client.get(reverse("governance:month", args=[2099, 7]))
    html = response.content.decode().replace("&#x27;", "'")
    assert "Juillet 2099" in html and "13:45 COPIL d'été" in html and "COPIL d'hiver" not in html
    assert reverse("governance:month", args=[2099, 6]) in html and reverse("governance:month", args=[2099, 8]) in html
    assert client.get(reverse("governance:month", args=[2099, 13])).status_code == 404
    december = client.get(reverse("governance:month", args=[2098, 12])).content.decode()
    assert reverse("governance:month", args=[2099, 1]) in december
