"""An elected official walks the contract's dashboard and the page of a commune with the keyboard: every chart has
its table, nothing scrolls sideways on a phone, axe-core finds no WCAG violation."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, axe_violations, login, no_horizontal_scroll, with_axe
from tests.factories import DEFAULT_PASSWORD
from tests.www.dashboard_plan import dashboard_plan


@pytest.fixture
def plan(contract):
    return dashboard_plan(contract)


def tab_to(page, css, presses=150):
    """Press Tab until the focused element matches `css` (a keyboard user's way to a link)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("css => document.activeElement && document.activeElement.matches(css)", css):
            return
    pytest.fail(f"Aucun élément « {css} » n'a reçu le focus au clavier sur {page.url}.")


def charts_and_tables(page):
    """(chart ids, ids of the tables beside them) of the page."""
    charts = page.locator("section.dashboard-chart").evaluate_all("els => els.map(e => e.dataset.chart)")
    tables = page.locator("section.dashboard-chart table[data-chart-table]").evaluate_all(
        "els => els.map(e => e.dataset.chartTable)"
    )
    return charts, tables


def test_elected_official_walks_the_dashboard_and_a_commune_with_the_keyboard(
    page, screenshot, reader, contract, plan
):
    with_axe(page)
    login(page, reader.email, DEFAULT_PASSWORD)
    dashboard = reverse("contracts:dashboard", args=[contract.slug])

    # From the home page's card, with the keyboard.
    tab_to(page, f'a[href="{dashboard}"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{dashboard}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tableau de bord du contrat")
    expect(page.get_by_text("3 actions sur 7 sont réalisées")).to_be_visible()
    charts, tables = charts_and_tables(page)
    assert charts == ["avancement-axes", "statuts", "budget-financeurs", "budget-annees"]
    assert tables == charts
    expect(page.locator("bar-chart canvas").first).to_be_visible()  # DSFR Chart drew it
    assert axe_violations(page) == []
    screenshot("1-tableau-de-bord")

    # A phone: nothing scrolls sideways, the tables scroll in their box.
    page.set_viewport_size(PHONE)
    no_horizontal_scroll(page)
    screenshot("2-tableau-de-bord-telephone")

    # The commune of the mayor, with the keyboard.
    commune = reverse("contracts:commune_dashboard", args=[contract.slug, "49023"])
    tab_to(page, f'a[href="{commune}"]', presses=400)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{commune}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Beaupréau-en-Mauges")
    expect(page.get_by_role("link", name="2.2 — Maison de santé de Beaupréau")).to_be_visible()
    expect(page.get_by_text("Centre de santé de Chemillé")).to_have_count(0)
    no_horizontal_scroll(page)
    assert axe_violations(page) == []
    screenshot("3-commune-telephone")

    # Back to the dashboard by its button, with the keyboard.
    tab_to(page, f'a.fr-btn[href="{dashboard}"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{dashboard}")


def test_the_dashboard_prints_without_navigation(page, reader, contract, plan):
    login(page, reader.email, DEFAULT_PASSWORD)
    page.goto(reverse("contracts:dashboard", args=[contract.slug]))
    page.emulate_media(media="print")
    for hidden in (".fr-header", ".fr-footer", ".fr-breadcrumb", "[data-print]"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.get_by_role("heading", name="Ce qui est en retard, et pourquoi")).to_be_visible()
    expect(page.locator(".print-only").first).to_be_visible()  # « Situation au … »
