"""Security headers: Content-Security-Policy without inline code, no-store on pages and exports, HSTS as configured."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.actions.factories import AxeFactory, FicheFactory
from tests.cls_portal.settings_env import settings_with

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture
def plan(contract):
    axe = AxeFactory(contract=contract, number="1", title="Prévention")
    return FicheFactory(axe=axe, number="1.1", title="Sensibiliser au radon")


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part}


@pytest.mark.parametrize("url", ["/compte/connexion/", "/compte/mot-de-passe/oubli/", "/referentiels/sources/"])
def test_public_pages_have_a_strict_content_security_policy(client, db, url):
    directives = csp_directives(client.get(url))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


def test_logged_in_pages_and_error_pages_have_it_too(client, coordinator, contract):
    client.force_login(coordinator)
    for url in ["/", reverse("contracts:detail", args=[contract.slug]), "/n-existe-pas/"]:
        assert "'unsafe-inline'" not in client.get(url)["Content-Security-Policy"]


def test_templates_hold_no_inline_script_nor_style():
    """The policy forbids them: a script or a style goes to static/ and is linked."""
    problems = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        for pattern, what in [
            (r"<script(?![^>]*\bsrc=)[^>]*>", "inline script"),
            (r"<style\b", "style element"),
            (r"\sstyle=", "style attribute"),
            (r"\son[a-z]+=", "event handler attribute"),
            (r"javascript:", "javascript: URL"),
        ]:
            if re.search(pattern, text, re.IGNORECASE):
                problems.append(f"{path.relative_to(TEMPLATES)}: {what}")
    assert problems == []


def test_rendered_pages_hold_no_inline_script_nor_style(client, coordinator, contract, plan):
    client.force_login(coordinator)
    urls = [
        "/",
        reverse("contracts:list"),
        reverse("contracts:create"),
        reverse("contracts:detail", args=[contract.slug]),
        reverse("actions:plan", args=[contract.slug]),
        reverse("actions:fiche", args=[contract.slug, plan.number]),
        reverse("account"),
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\sstyle=|<style\b", html), url


def test_logged_in_pages_are_not_stored(client, coordinator, contract):
    client.force_login(coordinator)
    for url in ["/", reverse("contracts:detail", args=[contract.slug]), reverse("account")]:
        cache_control = client.get(url)["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control, url


def test_the_excel_export_is_not_stored(client, coordinator, contract, plan):
    client.force_login(coordinator)
    response = client.get(reverse("actions:export", args=[contract.slug]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_error_pages_are_not_stored(client, coordinator):
    client.force_login(coordinator)
    assert "no-store" in client.get("/n-existe-pas/")["Cache-Control"]


def test_the_usual_headers(client, db):
    response = client.get(reverse("login"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_hsts_as_configured(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = False
    settings.SECURE_SSL_REDIRECT = False
    response = client.get(reverse("login"), secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_hsts_defaults_in_production_a_year_with_subdomains_without_preload():
    values = settings_with("SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD")
    assert values == {
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": False,
    }


def test_hsts_comes_from_the_environment():
    values = settings_with(
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SILENCED_SYSTEM_CHECKS",
        SECURE_HSTS_SECONDS="63072000",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="0",
        SECURE_HSTS_PRELOAD="1",
    )
    assert values == {
        "SECURE_HSTS_SECONDS": 63072000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
        "SECURE_HSTS_PRELOAD": True,
        "SILENCED_SYSTEM_CHECKS": [],
    }


def test_a_csp_report_address_can_be_given():
    values = settings_with("CONTENT_SECURITY_POLICY", CSP_REPORT_URI="https://csp.example.gouv.fr/report")
    assert values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["report-uri"] == "https://csp.example.gouv.fr/report"
