"""Choosing several items with the keyboard only (cls_portal.widgets.ChoiceList), on the fiche form.

The native multiple select it replaced dropped the partners already chosen when a keyboard user pressed an arrow key.
"""

import re

from playwright.sync_api import expect

from actions.models import FicheAction
from contracts.enums import OrganisationKind
from tests.actions.factories import AxeFactory, FicheFactory
from tests.browser.conftest import login
from tests.browser.test_contract_journeys import focus_ring_is_visible, starting_with, tab_to
from tests.factories import DEFAULT_PASSWORD, OrganisationFactory


def test_coordinator_adds_a_partner_with_the_keyboard_and_keeps_the_others(page, screenshot, contract, coordinator):
    # Organisations of the contract's département: the fiche form offers them (docs/plan.md).
    partners = [
        OrganisationFactory(name=name, kind=kind, departement=contract.departement)
        for name, kind in [
            ("CPAM de Maine-et-Loire", OrganisationKind.CPAM),
            ("Centre socioculturel Èvre et Mauges", OrganisationKind.ASSOCIATION),
            ("Mutualité sociale agricole Maine-et-Loire", OrganisationKind.OTHER),
            ("Centre hospitalier de Cholet", OrganisationKind.HOSPITAL),
            ("Comité départemental d'éducation pour la santé", OrganisationKind.ASSOCIATION),
            ("Maison des adolescents de Maine-et-Loire", OrganisationKind.ASSOCIATION),
            ("Conseil départemental de Maine-et-Loire", OrganisationKind.DEPARTEMENT),
            ("Caisse d'allocations familiales de Maine-et-Loire", OrganisationKind.OTHER),
        ]
    ]
    fiche = FicheFactory(
        axe=AxeFactory(contract=contract, number="5", title="Santé mentale"),
        number="5.1",
        title="Former les acteurs au repérage de la souffrance psychique",
    )
    fiche.partners.set(partners[:2])

    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.goto(f"/plans/{contract.slug}/fiches/5.1/modifier/")
    group = page.get_by_role("group", name=starting_with("Partenaires"))
    # The partners already chosen come first, and the count says so.
    expect(group.locator("[data-choice-list-count]")).to_have_text("2 éléments cochés sur 8")
    expect(group.get_by_role("checkbox").nth(0)).to_be_checked()
    expect(group.get_by_role("checkbox").nth(1)).to_be_checked()

    # Filter by a few letters, accents ignored; Enter filters, it does not submit the form.
    search = group.get_by_label(starting_with("Filtrer la liste"))
    tab_to(page, search, max_presses=200)
    focus_ring_is_visible(page)
    page.keyboard.type("centre hosp")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fiches/5\.1/modifier/$"))
    expect(group.get_by_role("checkbox", name="Centre hospitalier de Cholet")).to_be_visible()
    expect(group.get_by_role("checkbox", name="CPAM de Maine-et-Loire")).to_be_hidden()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(group.get_by_role("checkbox", name="Centre hospitalier de Cholet")).to_be_checked()
    expect(group.locator("[data-choice-list-count]")).to_have_text("3 éléments cochés sur 8")
    # Arrow keys, which emptied the native list, change nothing here.
    for key in ("ArrowDown", "ArrowUp", "ArrowDown"):
        page.keyboard.press(key)
    search.fill("")
    expect(group.get_by_role("checkbox", name="CPAM de Maine-et-Loire")).to_be_checked()
    screenshot("1-partenaires")

    tab_to(page, page.get_by_role("button", name="Enregistrer"), max_presses=300)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("5.1")
    assert set(FicheAction.objects.get(pk=fiche.pk).partners.values_list("name", flat=True)) == {
        "CPAM de Maine-et-Loire",
        "Centre socioculturel Èvre et Mauges",
        "Centre hospitalier de Cholet",
    }


def test_the_filter_says_when_nothing_matches(page, contract, coordinator):
    AxeFactory(contract=contract, number="1", title="Prévention")
    for index in range(9):
        OrganisationFactory(name=f"Association de prévention n° {index + 1}", departement=contract.departement)
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.goto(f"/plans/{contract.slug}/fiches/nouvelle/")
    group = page.get_by_role("group", name=starting_with("Partenaires"))
    expect(group.get_by_text("Aucun élément ne correspond à ce filtre.")).to_be_hidden()
    group.get_by_label(starting_with("Filtrer la liste")).fill("prevention 7")
    expect(group.locator("input[type=checkbox]")).to_have_count(9)
    expect(group.get_by_role("checkbox", name="Association de prévention n° 7")).to_be_visible()
    expect(group.get_by_role("checkbox", name="Association de prévention n° 3")).to_be_hidden()
    group.get_by_label(starting_with("Filtrer la liste")).fill("hôpital")
    expect(group.get_by_text("Aucun élément ne correspond à ce filtre.")).to_be_visible()
