"""Private calendar addresses: one secret key per person, revocable, behind their feed of every meeting they may see
and the feed of each contract they may see. A feed shows what the meeting page shows its owner: the video link only
to those who see the instance's personal data, never the members or the attendance."""

import datetime

from django.db import transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from governance import ics, perms
from governance.convocation import absolute
from governance.models import AgendaItem, CalendarFeedToken

# How far back a feed goes: the past year is enough to find a meeting again; older ones are on the portal.
FEED_HISTORY_DAYS = 366


def active_token(user):
    token = CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).first()
    return token or CalendarFeedToken.objects.create(user=user)


def revoke(user):
    """Make the current addresses stop working and give new ones."""
    with transaction.atomic():
        CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
        return CalendarFeedToken.objects.create(user=user)


def user_for_key(key):
    token = (
        CalendarFeedToken.objects.filter(key=key, revoked_at__isnull=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    return token.user if token else None


def feed_url(token, contract=None):
    if contract is None:
        return absolute(reverse("governance:feed", args=[token.key]))
    return absolute(reverse("governance:contract_feed", args=[token.key, contract.slug]))


def feed_meetings(user, contract=None, today=None):
    today = today or timezone.localdate()
    meetings = perms.visible_meetings(user).filter(date__gte=today - datetime.timedelta(days=FEED_HISTORY_DAYS))
    if contract is not None:
        meetings = meetings.filter(instance__contract=contract)
    return (
        meetings.select_related("instance", "instance__contract", "instance__departement", "instance__region")
        .prefetch_related(Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("position", "id")))
        .order_by("date", "start_time")
    )


def calendar_for(user, contract=None) -> bytes:
    meetings = list(feed_meetings(user, contract))
    personal = {}
    for meeting in meetings:
        if meeting.instance_id not in personal:
            personal[meeting.instance_id] = perms.can_see_personal_data(user, meeting.instance)
    name = f"Réunions — {contract.name}" if contract else f"Réunions des instances — {user}"
    return ics.feed(
        meetings,
        name=name,
        url_of=lambda meeting: absolute(meeting.get_absolute_url()),
        items_of=lambda meeting: list(meeting.agenda_items.all()),
        video_for=lambda meeting: personal[meeting.instance_id],
    )
