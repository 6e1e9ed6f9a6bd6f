"""What every administration view does first: 404 for anyone who does not administer (anonymous people are sent
to the login page before, by the login-required middleware)."""

import functools

from django.http import Http404
from django.urls import reverse

from administration import perms


def administration_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not perms.may_administer(request.user):
            raise Http404("Page réservée aux animateurs et animatrices territoriaux de l'ARS.")
        return view(request, *args, **kwargs)

    return wrapper


def crumbs(*extra):
    return [{"url": reverse("administration:index"), "title": "Administration"}, *extra]


def query_without(request, *keys):
    query = request.GET.copy()
    for key in keys:
        query.pop(key, None)
    return query.urlencode()
