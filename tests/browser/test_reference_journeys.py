"""A coordinator signs in, finds a territory and reads the PRS, by keyboard and mouse."""

from playwright.sync_api import expect

from tests.browser.conftest import login
from tests.factories import DEFAULT_PASSWORD


def test_coordinator_finds_a_commune_and_its_epci(page, screenshot, coordinator, referentials):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Territoires").click()
    page.get_by_label("Nom, code INSEE ou SIREN").fill("oree d'anjou")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Orée d'Anjou")).to_be_visible()
    screenshot("search")
    page.get_by_role("link", name="CA Mauges Communauté").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("CA Mauges Communauté")
    expect(page.get_by_role("link", name="Sèvremoine")).to_be_visible()
    screenshot("epci")


def test_coordinator_reads_a_prs_objective(page, screenshot, coordinator, referentials):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="PRS").click()
    page.get_by_role(
        "button", name="Objectif opérationnel 1.2 — Promouvoir la santé des jeunes, dès le plus jeune âge"
    ).click()
    screenshot("tree")
    page.get_by_role("link", name="Agir précocement pour réduire les inégalités sociales de santé").click()
    expect(page.get_by_role("heading", name="Déclinaisons")).to_be_visible()
    screenshot("sous-objectif")


def test_skip_link_is_the_first_keyboard_stop(page, coordinator):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Contenu"
