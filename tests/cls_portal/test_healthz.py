from unittest import mock

from django.db import OperationalError


def test_healthz_reports_ok_without_login(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_503_when_the_database_is_unreachable(client, db):
    with mock.patch("cls_portal.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert "OperationalError" in response.json()["database"]


def test_healthz_only_answers_get(client, db):
    assert client.post("/healthz").status_code == 405
