"""Every main page at phone (390 px) and tablet (768 px) widths: nothing scrolls sideways, the menu opens.

Wide content (the DSFR tables) scrolls inside its own box; definition lists stack; long titles wrap.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from actions.models import TargetPublic
from tests.actions.large_plan import build_plan
from tests.browser.conftest import PHONE, TABLET, login, no_horizontal_scroll
from tests.factories import DEFAULT_PASSWORD


@pytest.fixture
def plan(contract):
    TargetPublic.sync()  # rows of a migration: the live server's test database is flushed between journeys
    plan = build_plan(contract, 6)
    plan["fiche"] = contract.fiches.order_by("number").first()
    return plan


def main_pages(contract, fiche):
    slug = contract.slug
    return [
        reverse("home"),
        reverse("contracts:list"),
        reverse("contracts:detail", args=[slug]),
        reverse("contracts:dashboard", args=[slug]),
        reverse("contracts:commune_dashboard", args=[slug, contract.perimeter_communes().order_by("code")[0].code]),
        reverse("actions:plan", args=[slug]),
        reverse("actions:plan", args=[slug]) + "?version=signe",
        reverse("actions:fiche", args=[slug, fiche.number]),
        reverse("actions:fiche_edit", args=[slug, fiche.number]),
        reverse("actions:fiche_follow_up", args=[slug, fiche.number]),
        reverse("actions:import", args=[slug]),
        reverse("governance:index"),
        reverse("governance:contract_calendar", args=[slug]),
        reverse("diagnostics:list", args=[slug]),
        reverse("diagnostics:catalogue"),
        reverse("referentials:prs"),
        *[reverse("prs_objective", args=[e.prs.code, e.code]) for e in fiche.prs_elements.select_related("prs")[:1]],
        reverse("account"),
        reverse("sitemap"),
        reverse("accessibility"),
        reverse("personal_data"),
    ]


@pytest.mark.parametrize("size", [PHONE, TABLET], ids=["390px", "768px"])
def test_no_main_page_scrolls_sideways(page, screenshot, plan, contract, size):
    login(page, plan["coordinator"].email, DEFAULT_PASSWORD)
    page.set_viewport_size(size)
    for path in main_pages(contract, plan["fiche"]):
        response = page.goto(path)
        assert response.status == 200, path
        no_horizontal_scroll(page)
    screenshot("fiche-page")


def test_the_animator_overview_fits_a_phone(page, plan, contract, ars_animator):
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    page.set_viewport_size(PHONE)
    slug = contract.slug
    for path in (
        reverse("ars_overview"),
        reverse("contracts:detail", args=[slug]),
        reverse("contracts:memberships", args=[slug]),
    ):
        assert page.goto(path).status == 200
        no_horizontal_scroll(page)


def test_on_a_phone_the_menu_offers_to_log_in_and_the_main_sections(page, plan):
    page.set_viewport_size(PHONE)
    page.goto(reverse("login"))
    no_horizontal_scroll(page)
    page.get_by_role("button", name="Menu").click()
    expect(page.locator("#menu-modal").get_by_role("link", name="Se connecter")).to_be_visible()
    page.keyboard.press("Escape")
    login(page, plan["coordinator"].email, DEFAULT_PASSWORD)
    page.get_by_role("button", name="Menu").click()
    menu = page.locator("#menu-modal")
    expect(menu.get_by_role("link", name="Contrats")).to_be_visible()
    expect(menu.get_by_role("button", name="Se déconnecter")).to_be_visible()
