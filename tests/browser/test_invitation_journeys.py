"""An ARS animator invites a coordinator, who creates her account from the e-mail's link."""

import re

from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, login, no_horizontal_scroll
from tests.browser.test_contract_journeys import fields_are_labelled, log_out, reads_as_french, starting_with
from tests.factories import DEFAULT_PASSWORD


def test_animator_invites_a_coordinator_who_creates_her_account(page, screenshot, contract, ars_animator):
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    page.get_by_role("link", name="Habilitations et invitations").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Adresse e-mail")).fill("ines.martin@mauges.exemple.fr")
    page.get_by_label(starting_with("Prénom")).fill("Inès")
    page.get_by_label(starting_with("Nom")).fill("Martin")
    page.locator("label", has_text="Coordinateur").click()
    page.get_by_role("button", name="Ajouter ou inviter").click()
    expect(page.get_by_text("Invitation envoyée à ines.martin@mauges.exemple.fr")).to_be_visible()
    pending = page.get_by_role("table", name="Invitations en attente")
    expect(pending).to_contain_text("Inès Martin")
    expect(pending.get_by_role("button", name="Renvoyer l'invitation de Inès Martin")).to_be_visible()
    reads_as_french(page)
    screenshot("1-invitation-en-attente")
    page.set_viewport_size(PHONE)
    no_horizontal_scroll(page)
    page.set_viewport_size(DESKTOP)
    log_out(page)

    (message,) = mail.outbox
    link = re.search(r"https?://[^/\s]+(/compte/invitation/[^/\s]+/)", message.body).group(1)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Créer votre compte")
    expect(page.locator("main")).to_contain_text("« CLS de Mauges Communauté »")
    fields_are_labelled(page)
    no_horizontal_scroll(page)
    page.get_by_label(starting_with("Nouveau mot de passe")).first.fill("Une phrase de passe solide 2026")
    page.get_by_label(starting_with("Confirmation du nouveau mot de passe")).fill("Une phrase de passe solide 2026")
    screenshot("2-creation-du-compte")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page.get_by_text("Bienvenue Inès : votre compte est créé.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("CLS de Mauges Communauté")
    # Coordinator of the contract: she edits it.
    expect(page.locator("main").get_by_role("link", name="Modifier l'identité et le périmètre")).to_be_visible()
