"""The Content-Security-Policy blocks nothing the portal needs: no violation on the main pages, and the DSFR's
JavaScript (menu, accordions, display settings) and the portal's own scripts still work."""

import re

import pytest
from playwright.sync_api import expect

from tests.actions.factories import AxeFactory, FicheFactory
from tests.browser.conftest import login
from tests.factories import DEFAULT_PASSWORD

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, recording every CSP violation (event and console message) of every document it loads."""
    console = []
    page.on(
        "console", lambda message: console.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.add_init_script(COLLECT_VIOLATIONS)

    def violations():
        return console + page.evaluate("window.__cspViolations || []")

    page.violations = violations
    return page


def visit(page, url):
    response = page.goto(url)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # The DSFR's script marks the document once it has started.
    expect(page.locator("html")).to_have_attribute("data-fr-js", "true")
    assert page.violations() == [], f"Violations de la CSP sur {url}"


@pytest.fixture
def plan(contract):
    axe = AxeFactory(contract=contract, number="1", title="Prévention")
    return FicheFactory(axe=axe, number="1.1", title="Sensibiliser au radon")


def test_pages_load_without_any_violation(watched, superuser, contract, plan):
    visit(watched, "/compte/connexion/")
    login(watched, superuser.email, DEFAULT_PASSWORD)
    for url in [
        "/",
        "/contrats/",
        "/contrats/nouveau/",
        f"/contrats/{contract.slug}/",
        f"/contrats/{contract.slug}/tableau-de-bord/",  # DSFR Chart's web components
        f"/plans/{contract.slug}/",
        f"/plans/{contract.slug}/fiches/{plan.number}/",
        f"/plans/{contract.slug}/fiches/{plan.number}/modifier/",
        "/referentiels/prs/",
        "/referentiels/territoires/",
        "/mon-compte/",
        "/n-existe-pas/",
    ]:
        visit(watched, url)


def test_the_admin_loads_without_any_violation(watched, superuser):
    login(watched, superuser.email, DEFAULT_PASSWORD)
    for url in ["/admin/", "/admin/cls_portal/user/", f"/admin/cls_portal/user/{superuser.pk}/change/"]:
        watched.goto(url)
        assert watched.violations() == [], f"Violations de la CSP sur {url}"


def test_the_dsfr_menu_accordions_and_display_settings_work(watched, coordinator, contract, plan):
    login(watched, coordinator.email, DEFAULT_PASSWORD)

    visit(watched, f"/plans/{contract.slug}/")
    accordion = watched.get_by_role("button", name="Complétude des fiches")
    accordion.click()
    expect(accordion).to_have_attribute("aria-expanded", "true")

    # The display settings: the DSFR's modal and its theme switch, which injects SVG illustrations.
    watched.evaluate("dsfr(document.getElementById('fr-theme-modal')).modal.disclose()")
    watched.get_by_text("Thème sombre").click()
    expect(watched.locator("html")).to_have_attribute("data-fr-theme", "dark")
    watched.locator("#fr-theme-modal").get_by_role("button", name="Fermer").click()
    expect(watched.locator("#fr-theme-modal")).not_to_be_visible()

    # On a phone, the header's menu button opens the navigation.
    watched.set_viewport_size({"width": 375, "height": 800})
    watched.get_by_role("button", name="Menu").click()
    expect(watched.locator("#menu-modal")).to_have_class(re.compile(r"\bfr-modal--opened\b"))
    expect(
        watched.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Contrats")
    ).to_be_visible()
    assert watched.violations() == []


def test_the_contract_form_suggests_the_identifier(watched, ars_animator):
    """The script moved from the template to static/js/contract_form.js still runs."""
    login(watched, ars_animator.email, DEFAULT_PASSWORD)
    visit(watched, "/contrats/nouveau/")
    watched.locator("#id_name").fill("CLS des Coëvrons")
    expect(watched.locator("#id_slug")).to_have_value("cls-des-coevrons")
    assert watched.violations() == []
