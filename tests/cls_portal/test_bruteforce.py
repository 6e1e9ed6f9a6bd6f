"""Guessing passwords: logins lock out by account and by client address (django-axes); password-reset e-mails are
throttled."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from tests.cls_portal.settings_env import settings_with
from tests.factories import DEFAULT_PASSWORD, UserFactory

LOCKED = "Connexion temporairement bloquée"


@pytest.fixture(autouse=True)
def empty_cache():
    """The password-reset counters live in the cache, which outlives a test's database transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def login(client, email, password, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def is_logged_in(client):
    return client.get(reverse("home")).status_code == 200


def test_a_wrong_password_says_so_plainly(client, coordinator):
    response = login(client, coordinator.email, "faux")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Connexion impossible" in html
    assert "Adresse e-mail ou mot de passe incorrect." in html
    assert "majuscules" not in html  # the e-mail ignores case; the password does not, as everywhere
    assert "Le formulaire n'a pas été enregistré" not in html


def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, coordinator, settings):
    for _ in range(30):
        login(client, coordinator.email, "devine-moi")
    response = login(client, coordinator.email, DEFAULT_PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED in html
    assert f"bloquée pendant {settings.LOGIN_COOLOFF_MINUTES} minutes" in html
    assert 'class="fr-header' in html  # the DSFR login page, not a bare text
    assert not is_logged_in(client)


def test_the_account_locks_at_the_limit_and_not_before(client, coordinator, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert login(client, coordinator.email, "faux").status_code == 200
    assert login(client, coordinator.email, DEFAULT_PASSWORD).status_code == 302

    client.logout()
    assert login(client, coordinator.email, "faux").status_code == 429  # the limit-th failure


def test_the_spelling_of_the_address_does_not_reset_the_count(client, coordinator, settings):
    spellings = [coordinator.email.upper(), coordinator.email.title(), f"  {coordinator.email}  "]
    for index in range(settings.LOGIN_FAILURE_LIMIT):
        login(client, spellings[index % len(spellings)], "faux")
    assert login(client, coordinator.email, DEFAULT_PASSWORD).status_code == 429


def test_the_account_is_locked_from_every_address(client, coordinator, settings):
    for index in range(settings.LOGIN_FAILURE_LIMIT):
        login(client, coordinator.email, "faux", REMOTE_ADDR=f"203.0.113.{index + 1}")
    assert login(client, coordinator.email, DEFAULT_PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 429


def test_an_address_trying_many_accounts_is_locked_for_all_of_them(client, coordinator, settings):
    attacker = "203.0.113.66"
    for index in range(settings.LOGIN_FAILURE_LIMIT_PER_IP):
        login(client, f"personne{index}@exemple.fr", "faux", REMOTE_ADDR=attacker)
    assert login(client, coordinator.email, DEFAULT_PASSWORD, REMOTE_ADDR=attacker).status_code == 429
    # The person, from their own address, is not.
    assert login(client, coordinator.email, DEFAULT_PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_a_few_typos_behind_one_office_address_lock_no_one_else(client, coordinator, settings):
    office = "192.0.2.10"
    colleagues = [UserFactory(email=f"collegue{index}@ars.exemple.fr") for index in range(3)]
    for colleague in colleagues:
        for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
            login(client, colleague.email, "faux", REMOTE_ADDR=office)
    assert login(client, coordinator.email, DEFAULT_PASSWORD, REMOTE_ADDR=office).status_code == 302


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, coordinator, settings):
    settings.BEHIND_PROXY = True
    for index in range(settings.LOGIN_FAILURE_LIMIT_PER_IP):
        # The client makes up the first entries; the proxy appends the address it saw.
        login(client, f"personne{index}@exemple.fr", "faux", HTTP_X_FORWARDED_FOR=f"10.0.0.{index}, 203.0.113.66")
    response = login(client, coordinator.email, DEFAULT_PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.66")
    assert response.status_code == 429


def test_the_lock_ends_after_the_cool_off(client, coordinator, settings):
    from axes.models import AccessAttempt

    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        login(client, coordinator.email, "faux")
    assert login(client, coordinator.email, DEFAULT_PASSWORD).status_code == 429

    later = timezone.now() - datetime.timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES, seconds=1)
    AccessAttempt.objects.update(attempt_time=later)
    assert login(client, coordinator.email, DEFAULT_PASSWORD).status_code == 302


def test_the_admin_login_is_protected_too(client, superuser, settings):
    url = reverse("admin:login")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post(url, {"username": superuser.email, "password": "faux"})
    response = client.post(url, {"username": superuser.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_form_login_still_gets_the_object_permissions(client, coordinator, contract):
    """The rules backend, after Axes' and before the model backend, still answers the permission checks."""
    assert login(client, coordinator.email, DEFAULT_PASSWORD).status_code == 302
    assert client.get(reverse("contracts:edit", args=[contract.slug])).status_code == 200


def test_limits_and_cool_off_come_from_the_environment():
    values = settings_with(
        "AXES_FAILURE_LIMIT",
        "LOGIN_FAILURE_LIMIT_PER_IP",
        "AXES_COOLOFF_TIME",
        "PASSWORD_RESET_LIMIT_PER_ADDRESS",
        "PASSWORD_RESET_LIMIT_PER_IP",
        "PASSWORD_RESET_WINDOW_MINUTES",
        LOGIN_FAILURE_LIMIT="8",
        LOGIN_FAILURE_LIMIT_PER_IP="40",
        LOGIN_COOLOFF_MINUTES="30",
        PASSWORD_RESET_LIMIT_PER_ADDRESS="2",
        PASSWORD_RESET_LIMIT_PER_IP="6",
        PASSWORD_RESET_WINDOW_MINUTES="120",
    )
    assert values == {
        "AXES_FAILURE_LIMIT": 8,
        "LOGIN_FAILURE_LIMIT_PER_IP": 40,
        "AXES_COOLOFF_TIME": "0:30:00",
        "PASSWORD_RESET_LIMIT_PER_ADDRESS": 2,
        "PASSWORD_RESET_LIMIT_PER_IP": 6,
        "PASSWORD_RESET_WINDOW_MINUTES": 120,
    }


# Password reset


def ask_reset(client, email, **extra):
    return client.post(reverse("password_reset"), {"email": email}, **extra)


def test_eleven_resets_to_one_address_send_only_a_few_e_mails(client, coordinator, settings):
    for _ in range(11):
        response = ask_reset(client, coordinator.email)
        # Always the same answer, so that the page tells nothing.
        assert response.status_code == 302
        assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ADDRESS


def test_the_address_count_ignores_case_and_the_client_address(client, coordinator, settings):
    for index in range(settings.PASSWORD_RESET_LIMIT_PER_ADDRESS + 3):
        ask_reset(client, coordinator.email.upper(), REMOTE_ADDR=f"203.0.113.{index + 1}")
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ADDRESS


def test_one_client_address_cannot_send_resets_to_many_accounts(client, db, settings):
    users = [UserFactory(email=f"personne{index}@exemple.fr") for index in range(settings.PASSWORD_RESET_LIMIT_PER_IP)]
    for user in users:
        ask_reset(client, user.email, REMOTE_ADDR="203.0.113.66")
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_IP

    late = UserFactory(email="tardive@exemple.fr")
    assert ask_reset(client, late.email, REMOTE_ADDR="203.0.113.66").url == reverse("password_reset_done")
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_IP
    ask_reset(client, late.email, REMOTE_ADDR="198.51.100.7")
    assert mail.outbox[-1].to == [late.email]


def test_unknown_addresses_count_like_known_ones(client, coordinator, settings):
    """Otherwise the throttle would tell which addresses have an account."""
    for index in range(settings.PASSWORD_RESET_LIMIT_PER_IP):
        ask_reset(client, f"inconnu{index}@exemple.fr")
    ask_reset(client, coordinator.email)
    assert mail.outbox == []


def test_the_counts_start_again_after_the_window(client, coordinator, settings):
    for _ in range(settings.PASSWORD_RESET_LIMIT_PER_ADDRESS + 1):
        ask_reset(client, coordinator.email)
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    cache.clear()  # what the end of the window does: the counters expire with their cache entries
    ask_reset(client, coordinator.email)
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ADDRESS + 1


def test_a_made_up_forwarded_address_falls_back_to_the_connection_s(client, coordinator, settings):
    from axes.models import AccessAttempt

    settings.BEHIND_PROXY = True
    assert login(client, coordinator.email, "faux", HTTP_X_FORWARDED_FOR="pas-une-adresse").status_code == 200
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1"]
