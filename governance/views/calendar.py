"""The agenda of upcoming meetings, the month view, and the private calendar feeds."""

import calendar
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from contracts import perms as contract_perms
from governance import feeds, ics, perms
from governance.enums import MeetingStatus

AGENDA_SHOWN = 100
WEEKDAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
RELATED = ["instance", "instance__contract", "instance__departement", "instance__region"]


def _crumbs():
    return [{"url": reverse("governance:index"), "title": "Gouvernance"}]


def agenda(request):
    """Upcoming meetings of every instance the user sees, nearest first."""
    today = timezone.localdate()
    meetings = list(
        perms.visible_meetings(request.user)
        .upcoming(today)
        .select_related(*RELATED)
        .order_by("date", "start_time")[:AGENDA_SHOWN]
    )
    return render(
        request,
        "governance/agenda.html",
        {
            "meetings": meetings,
            "crumbs": _crumbs(),
            "today": today,
            "this_month": reverse("governance:month", args=[today.year, today.month]),
        },
    )


def _shift(year, month, offset):
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def month(request, year, month):
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404("Mois inconnu.")
    first = datetime.date(year, month, 1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    meetings = list(
        perms.visible_meetings(request.user)
        .filter(date__gte=weeks[0][0], date__lte=weeks[-1][-1])
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related(*RELATED)
        .order_by("date", "start_time")
    )
    by_day = {}
    for meeting in meetings:
        by_day.setdefault(meeting.date, []).append(meeting)
    today = timezone.localdate()
    previous, following = _shift(year, month, -1), _shift(year, month, 1)
    return render(
        request,
        "governance/month.html",
        {
            "title": date_format(first, "F Y").capitalize(),
            "weekdays": WEEKDAYS,
            "weeks": [
                [
                    {
                        "day": day,
                        "in_month": day.month == month,
                        "today": day == today,
                        "meetings": by_day.get(day, []),
                    }
                    for day in week
                ]
                for week in weeks
            ],  # fmt: skip
            "month_meetings": [m for m in meetings if m.date.month == month],
            "previous_url": reverse("governance:month", args=previous),
            "next_url": reverse("governance:month", args=following),
            "crumbs": [*_crumbs(), {"url": reverse("governance:agenda"), "title": "Agenda"}],
        },
    )


def feed_settings(request):
    token = feeds.active_token(request.user)
    contracts = contract_perms.visible_contracts(request.user).order_by("name")
    return render(
        request,
        "governance/feed_settings.html",
        {
            "feed_url": feeds.feed_url(token),
            "contract_feeds": [{"contract": c, "url": feeds.feed_url(token, c)} for c in contracts],
            "crumbs": [*_crumbs(), {"url": reverse("governance:agenda"), "title": "Agenda"}],
        },
    )


@require_POST
def feed_revoke(request):
    feeds.revoke(request.user)
    messages.success(
        request, "Vos anciennes adresses d'agenda ne fonctionnent plus. Abonnez vos agendas aux nouvelles adresses."
    )
    return redirect("governance:feed_settings")


def _calendar_response(content, filename):
    response = HttpResponse(content, content_type=ics.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_not_required
@never_cache
def feed(request, key):
    user = feeds.user_for_key(key)
    if user is None:
        raise Http404("Adresse d'agenda inconnue ou révoquée.")
    return _calendar_response(feeds.calendar_for(user), "reunions.ics")


@login_not_required
@never_cache
def contract_feed(request, key, slug):
    user = feeds.user_for_key(key)
    contract = contract_perms.visible_contracts(user).filter(slug=slug).first() if user else None
    if contract is None:
        raise Http404("Adresse d'agenda inconnue ou révoquée.")
    return _calendar_response(feeds.calendar_for(user, contract), f"reunions-{contract.slug}.ics")
