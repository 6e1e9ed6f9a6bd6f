"""The new fiche form as a coordinator types it: the number follows the axe chosen."""

from playwright.sync_api import expect

from tests.actions.factories import AxeFactory, FicheFactory
from tests.browser.conftest import login
from tests.browser.test_contract_journeys import starting_with
from tests.factories import DEFAULT_PASSWORD


def test_the_number_follows_the_axe_until_the_user_types_one(page, contract, coordinator):
    axe1 = AxeFactory(contract=contract, number="1", title="Prévention")
    AxeFactory(contract=contract, number="2", title="Accès aux soins")
    FicheFactory(axe=axe1, number="1.1")
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.goto(f"/plans/{contract.slug}/fiches/nouvelle/")
    number = page.get_by_label(starting_with("Numéro"))
    expect(number).to_have_value("")
    page.get_by_label("Axe", exact=True).select_option(label="Axe 2 — Accès aux soins")
    expect(number).to_have_value("2.1")
    page.get_by_label("Axe", exact=True).select_option(label="Axe 1 — Prévention")
    expect(number).to_have_value("1.2")
    number.fill("1.7")
    page.get_by_label("Axe", exact=True).select_option(label="Axe 2 — Accès aux soins")
    expect(number).to_have_value("1.7")  # the user's own number is kept; the model says if it does not fit
