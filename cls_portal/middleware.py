"""Middleware of the portal's own: an idle timeout for sessions, no copies of pages kept by browsers or proxies, and a
French answer to concurrent writes."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.db import IntegrityError
from django.dispatch import receiver
from django.shortcuts import render
from django.utils.cache import patch_cache_control

LAST_ACTIVITY_KEY = "_last_activity"
# The last activity is written at most once a minute, not on every request: a session save is a database write.
ACTIVITY_RESOLUTION = 60


@receiver(user_logged_in, dispatch_uid="cls_portal.stamp_login_activity")
def stamp_login_activity(sender, request, user, **kwargs):
    """The login counts as activity, and is saved with the new session: the next requests need not write it."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_KEY] = int(time.time())


class SessionIdleTimeoutMiddleware:
    """Logs out a person idle for more than SESSION_IDLE_TIMEOUT seconds (0: never), on top of the fixed lifetime of
    the session cookie (SESSION_COOKIE_AGE). Goes after the authentication and messages middleware; the login
    required middleware then sends the person to the login page, back to the page they asked for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.SESSION_IDLE_TIMEOUT
        if timeout and request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_ACTIVITY_KEY)
            if last is not None and now - last > timeout:
                logout(request)
                messages.info(request, "Votre session a expiré après une période d'inactivité : reconnectez-vous.")
            elif last is None or now - last >= ACTIVITY_RESOLUTION:
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class PrivateCacheMiddleware:
    """`Cache-Control: private, no-store` on every response of the application (pages, exports, documents): they
    show the name of the person logged in, or data of their contracts, and must stay off shared caches and out of the
    browser's cache once they leave. Static files are served before this, by WhiteNoise, and keep their long cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # patch_cache_control() drops a `public` set by a view when `private` is given.
        patch_cache_control(response, private=True, no_store=True)
        return response


class ConcurrentWriteMiddleware:
    """A unique constraint hit by two requests at the same moment (both passed the form's check, one insert lost)
    answers 409 with a French page rather than a 500: the other request's data are saved, this one's are not, and
    the browser's back button returns to the filled-in form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, IntegrityError):
            return render(request, "errors/409.html", status=409)
        return None
