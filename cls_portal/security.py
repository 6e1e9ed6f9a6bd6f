"""Brute-force protection: the client's address, login lockouts (django-axes) and password-reset e-mail throttling.

Settings (from the environment, see README): LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_LIMIT_PER_IP, LOGIN_COOLOFF_MINUTES,
PASSWORD_RESET_LIMIT_PER_ADDRESS, PASSWORD_RESET_LIMIT_PER_IP, PASSWORD_RESET_WINDOW_MINUTES.
"""

import hashlib
import ipaddress
import logging

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.db.models import Sum
from django.http import HttpResponseRedirect
from django.shortcuts import render

log = logging.getLogger(__name__)


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The address of the person, or None: behind a TLS-terminating proxy (BEHIND_PROXY), the one that proxy saw,
    which it appends last to X-Forwarded-For; earlier entries are whatever the client sent and cannot be trusted."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = _valid_ip(forwarded.rsplit(",", 1)[-1])
        if last:
            return last
    return _valid_ip(request.META.get("REMOTE_ADDR") or "")


def login_username(request, credentials):
    """Logins ignore the case of the address, so must the count of failures: otherwise each spelling is a new
    account for Axes."""
    if credentials:
        username = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        username = getattr(request, "POST", {}).get(settings.AXES_USERNAME_FORM_FIELD)
    return username.strip().lower() if isinstance(username, str) else username


class LoginAttemptHandler(AxesDatabaseHandler):
    """One limit of failures per account (LOGIN_FAILURE_LIMIT) and a higher one per client address
    (LOGIN_FAILURE_LIMIT_PER_IP), so that the colleagues behind one office address are not all locked out by a few
    typos.

    Axes compares the largest count of its lockout parameters (here the account, then the address) with a single
    limit, AXES_FAILURE_LIMIT, which is the account's: the address's count only matters once it reaches its own limit.
    """

    def get_failures(self, request, credentials=None):
        by_account, by_ip = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        account_limit = settings.AXES_FAILURE_LIMIT
        if by_ip >= settings.LOGIN_FAILURE_LIMIT_PER_IP:
            return max(by_account, account_limit)
        return by_account


LOCKOUT_MESSAGE = (
    "Trop d'essais de connexion ont échoué pour ce compte ou depuis votre réseau. Par sécurité, la connexion est "
    "bloquée pendant {minutes} minutes après le dernier essai. Si vous avez oublié votre mot de passe, choisissez-en "
    "un nouveau avec le lien « Mot de passe oublié ? » : il servira à la fin du blocage."
)


def lockout_message():
    return LOCKOUT_MESSAGE.format(minutes=settings.LOGIN_COOLOFF_MINUTES)


def lockout_response(request, original_response=None, credentials=None):
    """The DSFR login page with the reason, for the portal's login and the admin's (429 Too Many Requests)."""
    from cls_portal.forms import EmailAuthenticationForm

    form = EmailAuthenticationForm(request, initial={"username": login_username(request, credentials) or ""})
    return render(
        request,
        "registration/login.html",
        {"form": form, "locked_out": True, "lockout_message": lockout_message()},
        status=429,
    )


def _over_limit(kind, value, limit, window):
    """Count one more request for `value` in a fixed window starting at its first request; True past `limit`."""
    if not limit:
        return False
    key = f"password-reset:{kind}:{hashlib.sha256(value.encode()).hexdigest()}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        count = 1
    return count > limit


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """Sends at most PASSWORD_RESET_LIMIT_PER_ADDRESS e-mails to one address and PASSWORD_RESET_LIMIT_PER_IP from one
    client address per PASSWORD_RESET_WINDOW_MINUTES. Past that the page says the same as when an e-mail is sent, so
    that it tells nothing of which addresses have an account."""

    def form_valid(self, form):
        window = settings.PASSWORD_RESET_WINDOW_MINUTES * 60
        address = form.cleaned_data["email"].strip().lower()
        ip = client_ip(self.request) or "unknown"
        # Both counters move on every request, so that neither can be used to probe the other.
        over_ip = _over_limit("ip", ip, settings.PASSWORD_RESET_LIMIT_PER_IP, window)
        over_address = _over_limit("address", address, settings.PASSWORD_RESET_LIMIT_PER_ADDRESS, window)
        if over_ip or over_address:
            log.warning(
                "Password reset e-mail not sent: too many requests %s.",
                "from this client address" if over_ip else "for this e-mail address",
                extra={"client_ip": ip},
            )
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
