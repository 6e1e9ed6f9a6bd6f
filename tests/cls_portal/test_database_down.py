"""A database that does not answer: /healthz says so within seconds, and pages fail on the portal's own 500 page."""

import socket
import subprocess
import sys
import time
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject

from cls_portal.views import server_error
from tests.cls_portal.settings_env import ROOT, clean_environment, settings_with

HEALTHZ_IN_A_FRESH_PROCESS = """
import os, time, django
os.environ["DJANGO_SETTINGS_MODULE"] = "cls_portal.settings"
django.setup()
from django.test import Client
started = time.monotonic()
response = Client().get("/healthz")
print(response.status_code, round(time.monotonic() - started, 1), response.content.decode())
"""


@pytest.fixture
def silent_server():
    """A port that accepts connections and never says a word, like a database host that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield server.getsockname()[1]
    server.close()


def test_healthz_answers_503_within_the_connect_timeout(silent_server):
    env = clean_environment(
        DEBUG="1",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"postgres://portail@127.0.0.1:{silent_server}/portail_cls",
        DATABASE_CONNECT_TIMEOUT="2",
    )
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-c", HEALTHZ_IN_A_FRESH_PROCESS],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=20,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("/healthz still waits for the database after 20 s")
    assert result.returncode == 0, result.stderr
    status, elapsed, body = result.stdout.strip().splitlines()[-1].split(" ", 2)
    assert status == "503"
    assert '"status": "error"' in body
    assert float(elapsed) < 10
    assert time.monotonic() - started < 20


def test_postgresql_gets_a_connect_and_a_statement_timeout():
    url = "postgres://portail@db.example:5432/portail_cls"
    options = settings_with("DATABASES", DATABASE_URL=url)["DATABASES"]["default"]["OPTIONS"]
    assert options["connect_timeout"] == 5
    assert options["options"] == "-c statement_timeout=30000"

    options = settings_with(
        "DATABASES", DATABASE_URL=url, DATABASE_CONNECT_TIMEOUT="3", DATABASE_STATEMENT_TIMEOUT="120"
    )["DATABASES"]["default"]["OPTIONS"]
    assert options["connect_timeout"] == 3
    assert options["options"] == "-c statement_timeout=120000"

    options = settings_with("DATABASES", DATABASE_URL=url, DATABASE_STATEMENT_TIMEOUT="0")["DATABASES"]["default"][
        "OPTIONS"
    ]
    assert "options" not in options


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_statements_are_cut_after_the_statement_timeout(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "30s"


def test_a_page_failing_on_the_database_gives_the_french_500_page(client, coordinator):
    client.force_login(coordinator)
    client.raise_request_exception = False
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("server closed the connection")):
        response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Une erreur inattendue est survenue" in html
    assert '<html lang="fr"' in html
    assert 'class="fr-header' in html  # the DSFR layout, not a bare "Internal Server Error"
    assert coordinator.last_name not in html


def test_the_500_page_reads_nothing_from_the_database(db, django_assert_num_queries):
    def unreachable():
        raise OperationalError("connection refused")

    request = RequestFactory().get("/")
    request.user = SimpleLazyObject(unreachable)
    request.session = SimpleLazyObject(unreachable)
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert "Une erreur inattendue est survenue" in response.content.decode()
