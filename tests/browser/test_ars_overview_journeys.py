"""An ARS animator walks the overview's map of the région with the keyboard: the map has its table and its
sentence, the keyboard never lands in the chart (hidden from assistive technologies, its table says the same),
nothing scrolls sideways on a phone, axe-core finds no WCAG violation."""

import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from contracts.enums import ContractStatus
from tests.browser.conftest import PHONE, axe_violations, login, no_horizontal_scroll, with_axe
from tests.factories import DEFAULT_PASSWORD, CommuneFactory, ContractFactory, DepartementFactory, EpciFactory

FOCUSED = """() => {
  const el = document.activeElement;
  const hidden = !!el.closest("[aria-hidden=true]");
  return {tag: el.tagName.toLowerCase(), href: el.getAttribute("href") || "", hidden: hidden};
}"""


@pytest.fixture
def region(departement, contract):
    """The Maine-et-Loire's contract signed on an EPCI of two communes, the other départements of the région."""
    for code, name in (("44", "Loire-Atlantique"), ("53", "Mayenne"), ("72", "Sarthe"), ("85", "Vendée")):
        DepartementFactory(code=code, name=name, region=departement.region)
    contract.status = ContractStatus.SIGNED
    contract.signature_date = contract.start_date = datetime.date(2023, 1, 1)
    contract.end_date = datetime.date(2028, 12, 31)
    contract.save()
    epci = EpciFactory(name="CA Mauges Communauté")
    CommuneFactory(name="Beaupréau-en-Mauges", epci=epci, departement=departement, population=23000)
    CommuneFactory(name="Angers", departement=departement, population=156000)
    contract.epcis.add(epci)
    ContractFactory(departement=departement, name="CLS du Saumurois", status=ContractStatus.ELABORATION)
    return contract


def test_the_animator_walks_the_map_of_the_region_with_the_keyboard(page, screenshot, ars_animator, region):
    with_axe(page)
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    overview = reverse("ars_overview")

    # From the home page's summary, with the keyboard.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED)["href"] == overview and page.evaluate("document.activeElement.matches('.fr-btn')"):
            break
    else:
        pytest.fail("Le bouton de la vue d'ensemble n'a pas reçu le focus au clavier.")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{overview}")

    # The map, drawn and framed on the région, with its table and its sentence.
    section = page.locator('section[data-chart="couverture"]')
    expect(section.locator(".chart-summary")).to_have_text(
        "23\u202f000 habitants sur 179\u202f000 (12,8 %) vivent dans une commune couverte par un contrat signé ou en "
        "évaluation ; soit 12,8 % de la population de la région Pays de la Loire."
    )
    expect(section.locator("map-chart svg path.FR-49[fill]")).to_have_count(1)  # coloured by its share
    expect(section.locator("map-chart svg path.FR-72")).to_be_visible()  # the région's other départements
    expect(section.locator("map-chart svg path.FR-75")).to_be_hidden()  # Paris is not in the région
    assert section.locator("map-chart svg").first.get_attribute("viewBox") != "0 0 1010 1010"
    table = section.locator('table[data-chart-table="couverture"]')
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(table.locator("tbody tr").first).to_contain_text("49 — Maine-et-Loire")
    expect(page.get_by_text("CA Mauges Communauté")).to_be_visible()
    expect(page.locator('section[data-chart="statuts"] table tbody tr')).to_have_count(2)

    # The keyboard goes from the filters to the contracts' table, past the charts, never inside them.
    focused = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(FOCUSED))
        if focused[-1]["href"] == reverse("contracts:detail", args=[region.slug]):
            break
    else:
        pytest.fail("Le lien du contrat n'a pas reçu le focus au clavier.")
    assert not [f for f in focused if f["hidden"]]
    assert axe_violations(page) == []
    screenshot("1-vue-ensemble")

    # A phone: nothing scrolls sideways, the map and its table stack.
    page.set_viewport_size(PHONE)
    no_horizontal_scroll(page)
    expect(table).to_be_visible()
    assert axe_violations(page) == []
    screenshot("2-vue-ensemble-telephone")
