"""The administration as the Maine-et-Loire animator lives it, in a browser: she finds two duplicate organisations,
previews and confirms their merge, deactivates the account of a coordinator who left, and finds both in the activity
log. A coordinator gets 404 on the section.

Screenshots at 1280 px and 390 px go to var/test-artifacts/.
"""

import re

import pytest
from playwright.sync_api import expect

from actions.models import FicheAction
from cls_portal.models import User
from contracts.enums import PartyRole
from contracts.models import ContractParty, Organisation
from tests.actions.factories import FicheFactory
from tests.browser.conftest import login
from tests.browser.test_contract_journeys import fields_are_labelled, main_nav, reads_as_french, starting_with
from tests.browser.test_governance_journeys import both_widths
from tests.contracts.factories import PartyFactory
from tests.factories import DEFAULT_PASSWORD, OrganisationFactory


@pytest.fixture
def duplicates(contract, departement):
    keep = OrganisationFactory(name="Centre hospitalier de Cholet", kind="hospital", departement=departement)
    duplicate = OrganisationFactory(name="CH de Cholet", kind="hospital", siren="200060010")
    FicheFactory(axe__contract=contract, number="1.1", title="Prévenir les addictions", porteur=keep)
    fiche = FicheFactory(axe__contract=contract, number="1.2", title="Santé mentale des jeunes")
    fiche.partners.add(duplicate)
    PartyFactory(contract=contract, organisation=duplicate, role=PartyRole.PARTNER)
    return keep, duplicate


def test_animator_merges_duplicates_deactivates_an_account_and_reads_the_log(
    page, screenshot, ars_animator, coordinator, duplicates, contract
):
    keep, duplicate = duplicates
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    main_nav(page).get_by_role("link", name="Administration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Administration")
    both_widths(page, screenshot, "accueil")

    # The organisations, searched without accents.
    page.get_by_role("link", name="Organisations").first.click()
    page.get_by_label(starting_with("Rechercher")).fill("cholet")
    page.get_by_role("button", name="Filtrer").click()
    table = page.get_by_role("table")
    expect(table.get_by_role("link", name="CH de Cholet")).to_be_visible()
    expect(table.get_by_role("link", name="Centre hospitalier de Cholet")).to_be_visible()
    reads_as_french(page)
    fields_are_labelled(page)
    both_widths(page, screenshot, "organisations")

    # Where the kept one is used, then the merge: suggestion, preview, confirmation.
    table.get_by_role("link", name="Centre hospitalier de Cholet").click()
    expect(page.get_by_role("cell", name="Fiches-action (porteur)")).to_be_visible()
    both_widths(page, screenshot, "organisation")
    page.get_by_role("link", name="Fusionner avec un doublon").click()
    expect(page.get_by_role("heading", name="Doublons probables")).to_be_visible()
    both_widths(page, screenshot, "fusion-recherche")
    page.get_by_role("link", name=re.compile("^Aperçu")).click()
    expect(page.get_by_role("cell", name="Parties au contrat (organisation)")).to_be_visible()
    expect(page.get_by_text("SIREN, département de rattachement")).to_have_count(0)
    expect(page.get_by_text(re.compile("Complété depuis le doublon.*SIREN"))).to_be_visible()
    both_widths(page, screenshot, "fusion-apercu")
    page.get_by_role("button", name="Confirmer la fusion").click()
    expect(page.get_by_text("« CH de Cholet » a été fusionnée dans « Centre hospitalier de Cholet »")).to_be_visible()
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    assert ContractParty.objects.get(contract=contract).organisation_id == keep.pk
    assert FicheAction.objects.get(number="1.2").partners.get() == keep
    expect(page.get_by_text(re.compile("Fusion de « CH de Cholet »"))).to_be_visible()

    # The coordinator who left: her account is switched off, nothing else changes.
    page.get_by_role("link", name="Personnes et habilitations").first.click()
    row = page.get_by_role("row").filter(has_text=coordinator.email)
    expect(row).to_contain_text("Coordinateur ou coordinatrice CLS — CLS de Mauges Communauté")
    reads_as_french(page)
    fields_are_labelled(page)
    both_widths(page, screenshot, "personnes")
    row.get_by_role("link", name=re.compile("^Désactiver")).click()
    both_widths(page, screenshot, "desactivation")
    page.get_by_role("button", name="Désactiver le compte").click()
    expect(page.get_by_text("Le compte de Claude Coordinateur est désactivé.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=coordinator.email)).to_contain_text("Désactivé")
    assert not User.objects.get(pk=coordinator.pk).is_active

    # Both in the activity log.
    page.get_by_role("link", name="Journal d'activité").first.click()
    log = page.get_by_role("table")
    expect(log.get_by_role("row").filter(has_text="Compte désactivé")).to_contain_text("Claude Coordinateur")
    merge_lines = log.get_by_role("row").filter(has_text="Fusion de « CH de Cholet »")
    expect(merge_lines).to_have_count(2)  # the kept organisation's line, and the contract party it took over
    merge_line = merge_lines.filter(has_text="Organisation : Modification — Centre hospitalier de Cholet")
    expect(merge_line).to_contain_text("Anne Animatrice")
    reads_as_french(page)
    fields_are_labelled(page)
    both_widths(page, screenshot, "journal")
    page.get_by_label(starting_with("Type")).select_option(label="Organisations")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.get_by_role("row").filter(has_text="Compte désactivé")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="CH de Cholet").first).to_be_visible()


def test_a_coordinator_does_not_see_the_section(page, coordinator):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    expect(main_nav(page).get_by_role("link", name="Administration")).to_have_count(0)
    response = page.goto("/administration/organisations/")
    assert response.status == 404
