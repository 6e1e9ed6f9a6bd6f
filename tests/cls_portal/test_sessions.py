"""Sessions end after SESSION_IDLE_TIMEOUT without a request, on top of their fixed lifetime (SESSION_COOKIE_AGE)."""

import time

import pytest
from django.urls import reverse

from cls_portal.middleware import LAST_ACTIVITY_KEY
from tests.cls_portal.settings_env import settings_with


@pytest.fixture
def logged_in(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("home")).status_code == 200
    return client


def idle_for(client, seconds):
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - seconds
    session.save()


def test_a_session_idle_for_longer_than_the_timeout_is_logged_out(logged_in, settings):
    idle_for(logged_in, settings.SESSION_IDLE_TIMEOUT + 60)
    response = logged_in.get(reverse("account"))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('account')}"
    page = logged_in.get(response.url).content.decode()
    assert "Votre session a expiré après une période d&#x27;inactivité" in page
    assert logged_in.get(reverse("home")).status_code == 302


def test_activity_keeps_the_session_open(logged_in, settings):
    idle_for(logged_in, settings.SESSION_IDLE_TIMEOUT - 60)
    assert logged_in.get(reverse("home")).status_code == 200
    assert logged_in.session[LAST_ACTIVITY_KEY] >= int(time.time()) - 5
    idle_for(logged_in, settings.SESSION_IDLE_TIMEOUT - 60)
    assert logged_in.get(reverse("home")).status_code == 200


def test_the_timeout_is_a_setting(logged_in, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    idle_for(logged_in, 601)
    assert logged_in.get(reverse("home")).status_code == 302


def test_zero_turns_the_timeout_off(logged_in, settings):
    settings.SESSION_IDLE_TIMEOUT = 0
    idle_for(logged_in, 30 * 24 * 3600)
    assert logged_in.get(reverse("home")).status_code == 200


def test_the_last_activity_is_not_written_on_every_request(logged_in):
    """A session save is a database write: at most once a minute."""
    idle_for(logged_in, 10)
    before = logged_in.session[LAST_ACTIVITY_KEY]
    logged_in.get(reverse("home"))
    assert logged_in.session[LAST_ACTIVITY_KEY] == before


def test_idle_timeout_and_lifetime_come_from_the_environment():
    assert settings_with("SESSION_IDLE_TIMEOUT", "SESSION_COOKIE_AGE") == {
        "SESSION_IDLE_TIMEOUT": 8 * 3600,
        "SESSION_COOKIE_AGE": 14 * 24 * 3600,
    }
    assert settings_with(
        "SESSION_IDLE_TIMEOUT", "SESSION_COOKIE_AGE", SESSION_IDLE_TIMEOUT="1800", SESSION_COOKIE_AGE="43200"
    ) == {
        "SESSION_IDLE_TIMEOUT": 1800,
        "SESSION_COOKIE_AGE": 43200,
    }
