"""The life of a contract as its users live it, in a browser: an ARS animator creates it, a coordinator writes its
plan, the pilote of a fiche follows it up, the animator takes the contract to its signature and amends it by an
avenant, and an elected official reads it all without being able to change anything.

Each journey asserts what the user sees and what the data became, and leaves screenshots in var/test-artifacts/.
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from actions.enums import FicheStatus
from actions.models import Axe, FicheAction, FicheIndicatorValue, FollowUpNote, TargetPublic
from contracts.enums import ContractStatus, OrganisationKind, PartyRole, Role
from contracts.models import Avenant, Contract, ContractTransition
from tests.actions.factories import AxeFactory, FicheFactory
from tests.browser.conftest import login
from tests.contracts.factories import make_ready_to_sign
from tests.factories import (
    DEFAULT_PASSWORD,
    CommuneFactory,
    ContractFactory,
    EpciFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

# Enum values and Python literals that must never reach a page: the interface shows their French labels.
RAW_CODES = re.compile(
    r"\b(?:in_progress|planned|paused|blocked|abandoned|reflection|elaboration|signed|evaluation|expired|renewed"
    r"|cosignatory|principal_|ars_fir|None|True|False)\b"
)


def reads_as_french(page):
    """The main content shows labels, never stored codes or Python values."""
    text = page.locator("main").inner_text()
    found = sorted(set(RAW_CODES.findall(text)))
    assert not found, f"Codes bruts affichés sur {page.url} : {found}"


def fields_are_labelled(page):
    """Every form control of the main content has a label (or an ARIA name) that says something."""
    unlabelled = page.evaluate(
        """() => Array.from(document.querySelectorAll("main input, main select, main textarea"))
            .filter(el => el.type !== "hidden")
            .filter(el => {
                const label = el.labels && el.labels.length ? el.labels[0].textContent.trim() : "";
                return !label && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby");
            })
            .map(el => el.name || el.id)"""
    )
    assert unlabelled == [], f"Champs sans libellé sur {page.url} : {unlabelled}"


def starting_with(text):
    """A label that starts with `text` (DSFR labels go on with "(Optionnel)" and their hint)."""
    return re.compile(rf"^\s*{re.escape(text)}(?:\s|$)")


def log_out(page):
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(re.compile(r"/$|/connexion/"))


def main_nav(page):
    return page.get_by_role("navigation", name="Menu principal")


def tab_to(page, locator, max_presses=80):
    """Press Tab until `locator` has the focus, as a keyboard user would; fails if it never gets it."""
    handle = locator.element_handle()
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if page.evaluate("el => document.activeElement === el", handle):
            return
    pytest.fail(f"{max_presses} appuis sur Tab sans atteindre l'élément visé.")


def focus_ring_is_visible(page):
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return {style: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }"
    )
    assert style["style"] != "none" and style["width"] > 0, f"Focus invisible : {style}"


@pytest.fixture
def mauges_geography(departement):
    """Mauges Communauté (two of its communes) and Chalonnes-sur-Loire, in another EPCI of Maine-et-Loire."""
    mauges = EpciFactory(siren="200060010", name="CA Mauges Communauté", kind="CA", population=0)
    loire_layon = EpciFactory(siren="244900809", name="CC Loire Layon Aubance", kind="CC", population=0)
    CommuneFactory(code="49023", name="Beaupréau-en-Mauges", epci=mauges, departement=departement, population=23360)
    CommuneFactory(code="49092", name="Chemillé-en-Anjou", epci=mauges, departement=departement, population=21690)
    CommuneFactory(
        code="49063", name="Chalonnes-sur-Loire", epci=loire_layon, departement=departement, population=6490
    )
    return mauges


@pytest.fixture
def pilote(contract):
    """A partner's employee who reads the contract and pilots one fiche."""
    user = UserFactory(email="pilote@csi-beaupreau.exemple.fr", first_name="Paul", last_name="Pilote")
    MembershipFactory(user=user, role=Role.READER, contract=contract)
    return user


# 1. An ARS animator creates a contract ------------------------------------------------------------------------------


def test_ars_animator_creates_a_contract_with_its_perimeter_and_dates(
    page, screenshot, ars_animator, mauges_geography
):
    OrganisationFactory(name="Mauges Communauté", kind=OrganisationKind.EPCI)
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    main_nav(page).get_by_role("link", name="Contrats").click()
    page.get_by_role("link", name="Nouveau contrat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nouveau contrat local de santé")
    fields_are_labelled(page)

    page.get_by_label(starting_with("Nom")).fill("CLS de Mauges Communauté")
    # The short identifier is proposed from the name, without accents.
    expect(page.get_by_label(starting_with("Identifiant court"))).to_have_value("cls-de-mauges-communaute")
    page.get_by_label(starting_with("Identifiant court")).fill("mauges-2026")
    page.get_by_label("Délégation territoriale ARS (département)").select_option(label="Maine-et-Loire (49)")
    page.get_by_label(starting_with("Porteur")).select_option(label="Mauges Communauté")
    page.get_by_label(starting_with("Présentation")).fill("Premier contrat local de santé du territoire des Mauges.")
    page.get_by_label(starting_with("Date d'intention")).fill("2025-09-15")
    page.get_by_label(starting_with("Début")).fill("2026-01-01")
    page.get_by_label(starting_with("EPCI entiers du périmètre")).fill("200060010")
    # A mistyped INSEE code: the form says so next to the field and keeps the input.
    page.get_by_label(starting_with("Autres communes du périmètre")).fill("49063 49999")
    screenshot("1-formulaire")
    page.get_by_role("button", name="Enregistrer").click()

    expect(page.get_by_role("alert")).to_contain_text("Le formulaire contient des erreurs")
    communes_field = page.get_by_label(starting_with("Autres communes du périmètre"))
    expect(page.get_by_text("Commune(s) inconnue(s) : 49999.")).to_be_visible()
    expect(communes_field).to_have_value("49063 49999")
    expect(page.get_by_label(starting_with("Nom"))).to_have_value("CLS de Mauges Communauté")
    screenshot("2-erreur-commune")
    assert not Contract.objects.filter(slug="mauges-2026").exists()

    communes_field.fill("49063")
    page.get_by_role("button", name="Enregistrer").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("CLS de Mauges Communauté")
    expect(page.get_by_text("Le contrat « CLS de Mauges Communauté » a été créé.")).to_be_visible()
    expect(page.locator("main .fr-badges-group")).to_contain_text("En réflexion")
    # Population of the perimeter: 23 360 + 21 690 (the EPCI) + 6 490 (Chalonnes-sur-Loire).
    expect(page.get_by_text(re.compile(r"51\s?540 habitants dans 3 communes"))).to_be_visible()
    expect(page.get_by_role("link", name="CA Mauges Communauté")).to_be_visible()
    expect(page.get_by_role("link", name="Chalonnes-sur-Loire")).to_be_visible()
    expect(page.locator("#identite ~ dl")).to_contain_text("15/09/2025")
    expect(page.locator("ol.timeline")).to_contain_text("En réflexion")
    expect(page.locator("ol.timeline")).to_contain_text("Création du contrat dans le portail.")
    reads_as_french(page)
    screenshot("3-page-du-contrat")

    contract = Contract.objects.get(slug="mauges-2026")
    assert contract.status == ContractStatus.REFLECTION
    assert contract.departement_id == "49"
    assert contract.porteur.name == "Mauges Communauté"
    assert contract.intention_date == datetime.date(2025, 9, 15)
    assert contract.start_date == datetime.date(2026, 1, 1)
    assert list(contract.epcis.values_list("siren", flat=True)) == ["200060010"]
    assert list(contract.communes.values_list("code", flat=True)) == ["49063"]
    assert contract.perimeter_population() == 51540
    step = ContractTransition.objects.get(contract=contract)
    assert (step.from_status, step.to_status, step.by) == ("", ContractStatus.REFLECTION, ars_animator)


# 2. A coordinator writes the plan; the fiche goes from "à venir" to "réalisée" --------------------------------------


def test_coordinator_builds_the_plan_and_the_pilote_follows_the_fiche_up(
    page, screenshot, contract, coordinator, pilote
):
    TargetPublic.sync()  # rows of a migration: the live server's test database is flushed between journeys
    login(page, coordinator.email, DEFAULT_PASSWORD)
    main_nav(page).get_by_role("link", name="Contrats").click()
    page.get_by_role("link", name="CLS de Mauges Communauté").click()
    page.get_by_role("link", name="Voir le plan d'action").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plan d'action")
    expect(page.get_by_text("Le plan d'action n'a pas encore d'axe.")).to_be_visible()

    # The axe: its number is proposed.
    page.get_by_role("link", name="Créer un axe").click()
    fields_are_labelled(page)
    expect(page.get_by_label(starting_with("Numéro"))).to_have_value("1")
    page.get_by_label(starting_with("Intitulé")).fill("Prévention, promotion de la santé et santé environnementale")
    page.get_by_label(starting_with("Description")).fill("Agir sur les déterminants de santé du territoire.")
    screenshot("1-nouvel-axe")
    page.get_by_role("button", name="Enregistrer").click()
    expect(
        page.get_by_text("L'axe 1 « Prévention, promotion de la santé et santé environnementale » a été créé.")
    ).to_be_visible()
    expect(
        page.get_by_role("heading", name="Axe 1 — Prévention, promotion de la santé et santé environnementale")
    ).to_be_visible()

    # The fiche, from its axe: axe and number are proposed. An end before the start is refused next to the field.
    page.get_by_role("link", name="Ajouter une fiche à l'axe 1").click()
    fields_are_labelled(page)
    expect(page.get_by_label("Axe", exact=True)).to_have_value(str(Axe.objects.get(contract=contract).pk))
    expect(page.get_by_label(starting_with("Numéro"))).to_have_value("1.1")
    expect(page.get_by_label(starting_with("Statut"))).to_have_value(FicheStatus.PLANNED)
    page.get_by_label(starting_with("Intitulé")).fill("Campagne de mesure du radon dans les logements")
    page.get_by_label(starting_with("Objectif général")).fill("Réduire l'exposition des habitants au radon.")
    # DSFR checkboxes: the user clicks the label drawn over the native box.
    for public in ("Personnes âgées", "Personnes en situation de précarité"):
        page.locator("label", has_text=public).click()
        expect(page.get_by_label(public)).to_be_checked()
    page.get_by_label(starting_with("Pilote (compte du portail)")).select_option(label="Paul Pilote")
    page.get_by_label(starting_with("Début")).fill("2026-09-01")
    page.get_by_label(starting_with("Fin")).fill("2026-03-31")
    page.get_by_role("button", name="Créer la fiche").click()
    expect(page.get_by_role("alert")).to_contain_text("Le formulaire contient des erreurs")
    expect(page.get_by_text("La fin de l'action ne peut pas précéder son début.")).to_be_visible()
    screenshot("2-fiche-fin-avant-debut")
    assert not FicheAction.objects.filter(contract=contract).exists()

    page.get_by_label(starting_with("Fin")).fill("2027-12-31")
    page.get_by_role("button", name="Créer la fiche").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("1.1 — Campagne de mesure du radon dans les logements")
    expect(
        page.get_by_text("La fiche 1.1 « Campagne de mesure du radon dans les logements » a été créée.")
    ).to_be_visible()
    expect(page.locator("main .fr-badge").first).to_have_text("À venir")
    expect(page.get_by_role("progressbar", name="Avancement de la fiche")).to_have_attribute("aria-valuenow", "0")
    expect(page.locator("dl").filter(has_text="Publics cibles")).to_contain_text(
        "Personnes âgées ; Personnes en situation de précarité"
    )
    reads_as_french(page)
    screenshot("3-fiche-creee")
    # The coordinator has the fiche's edit and delete buttons (the pilote, below, has neither).
    fiche_edit = f'main a[href="/plans/{contract.slug}/fiches/1.1/modifier/"]'
    fiche_delete = f'main a[href="/plans/{contract.slug}/fiches/1.1/supprimer/"]'
    expect(page.locator(fiche_edit)).to_have_text("Modifier")
    expect(page.locator(fiche_delete)).to_have_text("Supprimer")
    for name in ("Copier", "Changer d'axe"):
        expect(page.locator("main").get_by_role("link", name=name, exact=True)).to_be_visible()

    # An indicator, so that the pilote has a value to measure.
    page.get_by_role("link", name="Ajouter un indicateur").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Indicateur")).fill("Logements mesurés")
    page.get_by_label(starting_with("Unité")).fill("logements")
    page.get_by_label(starting_with("Cible")).fill("300")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#indicateurs")).to_contain_text("Logements mesurés")

    # À venir → en cours, by the coordinator through the follow-up form.
    page.get_by_role("link", name="Mettre à jour le suivi").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Statut")).select_option(label="En cours")
    page.get_by_label(starting_with("Avancement")).fill("40")
    page.get_by_label(starting_with("Réalisé")).fill("Distribution de 150 kits de mesure dans les mairies.")
    page.get_by_role("button", name="Enregistrer le suivi").click()
    expect(page.get_by_text("Le suivi de la fiche 1.1 a été enregistré.")).to_be_visible()
    expect(page.locator("main .fr-badge").first).to_have_text("En cours")
    expect(page.get_by_role("progressbar", name="Avancement de la fiche")).to_have_attribute("aria-valuenow", "40")
    expect(page.locator("#suivi")).to_contain_text("Distribution de 150 kits de mesure dans les mairies.")
    screenshot("4-fiche-en-cours")
    fiche = FicheAction.objects.get(contract=contract, number="1.1")
    assert (fiche.status, fiche.progress) == (FicheStatus.IN_PROGRESS, 40)
    log_out(page)

    # En cours → réalisée, by the pilote: they may follow the fiche up, and nothing else.
    login(page, pilote.email, DEFAULT_PASSWORD)
    page.goto(f"/plans/{contract.slug}/fiches/1.1/")
    # They may correct their own notes, but neither open the fiche's edit form nor delete it.
    expect(page.locator(fiche_edit)).to_have_count(0)
    expect(page.locator(fiche_delete)).to_have_count(0)
    expect(page.get_by_role("link", name="Ajouter un indicateur")).to_have_count(0)
    page.get_by_role("link", name="Mettre à jour le suivi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mettre à jour le suivi")
    status = page.get_by_label(starting_with("Statut"))
    expect(status).to_have_value(FicheStatus.IN_PROGRESS)
    status.select_option(label="Réalisée")
    page.get_by_label(starting_with("Réalisé")).fill(
        "312 logements mesurés ; restitution publique à Beaupréau-en-Mauges."
    )
    page.get_by_label(starting_with("Difficultés rencontrées")).fill("Peu de retours dans les communes rurales.")
    page.get_by_label(starting_with("Logements mesurés")).fill("312")
    progress = page.get_by_label(starting_with("Avancement"))
    progress.fill("100")
    screenshot("5-suivi-par-le-pilote")
    # Keyboard: Enter in a field submits the form.
    progress.press("Enter")

    expect(page.get_by_text("Le suivi de la fiche 1.1 a été enregistré.")).to_be_visible()
    expect(page.locator("main .fr-badge").first).to_have_text("Réalisée")
    expect(page.get_by_role("progressbar", name="Avancement de la fiche")).to_have_attribute("aria-valuenow", "100")
    expect(page.locator("#indicateurs tbody")).to_contain_text("312")
    expect(page.locator("#suivi")).to_contain_text("Paul Pilote")
    expect(page.locator("#historique")).to_contain_text("Paul Pilote")
    reads_as_french(page)
    screenshot("6-fiche-realisee")

    page.goto(f"/plans/{contract.slug}/")
    expect(page.get_by_role("progressbar", name="Avancement du plan")).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_text("1 fiche, 1 réalisée.")).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Campagne de mesure du radon"))
    expect(row).to_contain_text("Réalisée")
    expect(row).to_contain_text("Paul Pilote")
    fields_are_labelled(page)
    reads_as_french(page)
    screenshot("7-plan")

    fiche.refresh_from_db()
    assert (fiche.status, fiche.progress, fiche.pilote) == (FicheStatus.DONE, 100, pilote)
    assert set(fiche.target_publics.values_list("code", flat=True)) == {"elderly", "precarious"}
    assert (fiche.start_date, fiche.end_date) == (datetime.date(2026, 9, 1), datetime.date(2027, 12, 31))
    notes = list(FollowUpNote.objects.filter(fiche=fiche).order_by("created_at"))
    assert [note.author for note in notes] == [coordinator, pilote]
    assert notes[1].difficulties == "Peu de retours dans les communes rurales."
    value = FicheIndicatorValue.objects.get(indicator__fiche=fiche)
    assert (value.year, value.value) == (timezone.localdate().year, 312)
    statuses = [h.status for h in fiche.history.order_by("history_date")]
    assert statuses == [FicheStatus.PLANNED, FicheStatus.IN_PROGRESS, FicheStatus.DONE]
    assert fiche.history.order_by("-history_date").first().history_user == pilote


# 3. The lifecycle up to the signature -------------------------------------------------------------------------------


def test_ars_animator_takes_the_contract_to_its_signature(page, screenshot, contract, ars_animator):
    Contract.objects.filter(pk=contract.pk).update(status=ContractStatus.REFLECTION)
    OrganisationFactory(name="ARS Pays de la Loire", kind=OrganisationKind.ARS)
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    expect(page.locator("main .fr-badges-group")).to_contain_text("En réflexion")
    expect(page.get_by_role("link", name="Enregistrer la signature")).to_have_count(0)
    # What the reader will not have (test_reader_sees_...): the animator's buttons on the contract page.
    for name in ("Modifier l'identité et le périmètre", "Abandonner le projet", "Habilitations et invitations"):
        expect(page.locator("main").get_by_role("link", name=name)).to_be_visible()

    # Réflexion → élaboration, by keyboard: the focus ring shows where the user is.
    start = page.get_by_role("link", name="Lancer l'élaboration")
    tab_to(page, start)
    focus_ring_is_visible(page)
    screenshot("1-focus-lancer-elaboration")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lancer l'élaboration")
    fields_are_labelled(page)
    page.get_by_label(starting_with("Date de lancement")).fill("2025-10-06")
    page.get_by_label(starting_with("Commentaire")).fill("Réunion de lancement à Beaupréau-en-Mauges.")
    page.get_by_role("button", name="Lancer l'élaboration").click()
    expect(page.get_by_text("Le contrat est maintenant « en élaboration ».")).to_be_visible()
    expect(page.locator("main .fr-badges-group")).to_contain_text("En élaboration")

    # The signature is refused while the date, the plan and the signatories are missing, each time in French.
    page.get_by_role("link", name="Enregistrer la signature").click()
    fields_are_labelled(page)
    signature_date = page.get_by_label(starting_with("Date de signature"))
    expect(signature_date).to_have_value(timezone.localdate().isoformat())
    signature_date.fill("")
    page.get_by_role("button", name="Enregistrer la signature").click()
    expect(page.get_by_text("Indiquez la date de signature.")).to_be_visible()
    screenshot("2-signature-sans-date")
    page.get_by_label(starting_with("Date de signature")).fill("2026-01-20")
    page.get_by_role("button", name="Enregistrer la signature").click()
    refusal = page.get_by_role("alert")
    expect(refusal).to_contain_text("Le contrat ne peut pas changer d'état")
    for message in (
        "Le plan d'action doit comporter au moins un axe stratégique.",
        "Le plan d'action doit comporter au moins une fiche-action.",
        "Le contrat doit compter au moins deux signataires (l'ARS et la collectivité porteuse).",
        "Au moins un signataire doit être « signataire principal ».",
    ):
        expect(refusal).to_contain_text(message)
    expect(refusal).not_to_contain_text("Indiquez la date de signature.")
    screenshot("3-signature-refusee")
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION
    assert contract.signature_date is None
    page.get_by_role("link", name="Annuler").click()

    # The signatories: the ARS (an existing organisation) and the porteur (typed in).
    page.get_by_role("link", name="Ajouter un signataire ou un partenaire").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Organisation existante")).select_option(label="ARS Pays de la Loire")
    page.get_by_label(starting_with("Rôle")).select_option(label="Signataire principal")
    page.get_by_label(starting_with("Civilité")).select_option(label="Monsieur")
    page.get_by_label(starting_with("Représentant ou représentante")).fill("Jérôme Jumel")
    page.get_by_label(starting_with("Fonction du représentant")).fill("Directeur général de l'ARS")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("« ARS Pays de la Loire » a été ajoutée au contrat.")).to_be_visible()

    page.get_by_role("link", name="Ajouter un signataire ou un partenaire").click()
    page.get_by_label(starting_with("Ou nouvelle organisation : nom")).fill("Mauges Communauté")
    page.get_by_label(starting_with("Type de la nouvelle organisation")).select_option(label="EPCI")
    page.get_by_label(starting_with("Rôle")).select_option(label="Signataire principal")
    page.get_by_label(starting_with("Civilité")).select_option(label="Monsieur")
    page.get_by_label(starting_with("Représentant ou représentante")).fill("Didier Huchon")
    page.get_by_label(starting_with("Fonction du représentant")).fill("Président de Mauges Communauté")
    page.get_by_label(starting_with("Date de la délibération")).fill("2025-12-15")
    screenshot("4-ajout-signataire")
    page.get_by_role("button", name="Enregistrer").click()
    parties = page.locator("#parties ~ .fr-table").first
    expect(parties).to_contain_text("Monsieur Jérôme Jumel, Directeur général de l'ARS")
    expect(parties).to_contain_text("Monsieur Didier Huchon, Président de Mauges Communauté")
    expect(parties).to_contain_text("15/12/2025")

    # Meanwhile the coordinator wrote the plan (the plan journey is the test above).
    axe = AxeFactory(contract=contract, number="1", title="Prévention et promotion de la santé")
    FicheFactory(axe=axe, number="1.1", title="Campagne de mesure du radon", status=FicheStatus.PLANNED, progress=0)

    page.get_by_role("link", name="Enregistrer la signature").click()
    page.get_by_label(starting_with("Date de signature")).fill("2026-01-20")
    page.get_by_label(starting_with("Lieu de signature")).fill("Beaupréau-en-Mauges")
    page.get_by_label(starting_with("Commentaire")).fill("Signature en conseil communautaire.")
    screenshot("5-formulaire-signature")
    page.get_by_role("button", name="Enregistrer la signature").click()

    expect(page.get_by_text("Le contrat est maintenant « signé (en vigueur) ».")).to_be_visible()
    expect(page.locator("main .fr-badges-group")).to_contain_text("Signé (en vigueur)")
    identity = page.locator("#identite ~ dl").first
    expect(identity).to_contain_text("20/01/2026 à Beaupréau-en-Mauges")
    # Five years, minus one day, by default.
    expect(identity).to_contain_text("du 20/01/2026 au 19/01/2031")
    timeline = page.locator("ol.timeline")
    expect(timeline).to_contain_text("En réflexion → En élaboration")
    expect(timeline).to_contain_text("En élaboration → Signé (en vigueur)")
    expect(timeline).to_contain_text("Signature en conseil communautaire.")
    expect(page.get_by_role("link", name="Enregistrer un avenant")).to_be_visible()
    reads_as_french(page)
    screenshot("6-contrat-signe")

    contract.refresh_from_db()
    assert contract.status == ContractStatus.SIGNED
    assert contract.launch_date == datetime.date(2025, 10, 6)
    assert contract.signature_date == datetime.date(2026, 1, 20)
    assert contract.signature_place == "Beaupréau-en-Mauges"
    assert (contract.start_date, contract.end_date) == (datetime.date(2026, 1, 20), datetime.date(2031, 1, 19))
    assert list(contract.transitions.values_list("from_status", "to_status", "by")) == [
        (ContractStatus.REFLECTION, ContractStatus.ELABORATION, ars_animator.pk),
        (ContractStatus.ELABORATION, ContractStatus.SIGNED, ars_animator.pk),
    ]
    assert sorted(contract.parties.values_list("organisation__name", "role")) == [
        ("ARS Pays de la Loire", PartyRole.PRINCIPAL),
        ("Mauges Communauté", PartyRole.PRINCIPAL),
    ]


# 4. An avenant adds an axe and a fiche to the signed contract --------------------------------------------------------


def test_ars_animator_amends_the_signed_contract_by_an_avenant(page, screenshot, departement, ars_animator):
    contract = make_ready_to_sign(
        ContractFactory(departement=departement, name="CLS de Mauges Communauté", slug="mauges", signed=True)
    )
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    expect(page.locator("#avenants ~ p").first).to_have_text("Aucun avenant.")

    page.get_by_role("link", name="Enregistrer un avenant").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Signé le")).fill("2025-02-14")
    page.get_by_label(starting_with("Objet")).fill(
        "Ajout d'un axe 2 « Santé mentale » et de sa première fiche-action."
    )
    page.get_by_label(starting_with("Nouvelle date de fin du contrat")).fill("2029-05-31")
    screenshot("1-formulaire-avenant")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("L'avenant n° 1 a été enregistré.")).to_be_visible()
    card = page.locator("#avenants ~ .fr-card").first
    expect(card.get_by_role("heading")).to_have_text("Avenant n° 1 du 14/02/2025")
    expect(card).to_contain_text("Fin du contrat portée au 31/05/2029 (au lieu du 31/05/2028).")
    avenant = Avenant.objects.get(contract=contract)

    # What the avenant adds is linked to it from the plan.
    page.get_by_role("link", name="Voir le plan d'action").click()
    expect(page.locator("main").get_by_role("link", name="Créer une fiche")).to_be_visible()
    expect(page.locator("main").get_by_role("link", name="Modifier l'axe 1")).to_be_visible()
    page.get_by_role("link", name="Créer un axe").click()
    expect(page.get_by_label(starting_with("Numéro"))).to_have_value("2")
    page.get_by_label(starting_with("Intitulé")).fill("Santé mentale")
    page.get_by_label(starting_with("Ajouté par l'avenant")).select_option(label="Avenant n° 1 du 14/02/2025")
    page.get_by_role("button", name="Enregistrer").click()
    axe_section = page.locator("section#axe-2")
    expect(axe_section.get_by_role("heading")).to_have_text("Axe 2 — Santé mentale")
    expect(axe_section).to_contain_text("Ajouté par l'avenant n° 1")

    axe_section.get_by_role("link", name="Ajouter une fiche à l'axe 2").click()
    expect(page.get_by_label(starting_with("Numéro"))).to_have_value("2.1")
    page.get_by_label(starting_with("Intitulé")).fill("Former des premiers secours en santé mentale")
    page.get_by_label(starting_with("Ajoutée par l'avenant")).select_option(label="Avenant n° 1 du 14/02/2025")
    page.get_by_role("button", name="Créer la fiche").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("2.1 — Former des premiers secours en santé mentale")
    expect(page.get_by_text("Ajoutée par l'avenant n° 1")).to_be_visible()
    screenshot("2-fiche-ajoutee-par-avenant")

    page.goto(f"/plans/{contract.slug}/")
    expect(page.locator("section#axe-1")).not_to_contain_text("avenant")
    reads_as_french(page)
    screenshot("3-plan-amende")

    page.goto(f"/contrats/{contract.slug}/")
    card = page.locator("#avenants ~ .fr-card").first
    expect(card).to_contain_text("Ajouts :")
    expect(card.get_by_role("listitem")).to_have_text(
        ["Axe 2 — Santé mentale", "Fiche 2.1 — Former des premiers secours en santé mentale"]
    )
    expect(page.locator("#identite ~ dl").first).to_contain_text("au 31/05/2029")
    reads_as_french(page)
    screenshot("4-contrat-avec-avenant")

    contract.refresh_from_db()
    assert contract.end_date == datetime.date(2029, 5, 31)
    assert (avenant.number, avenant.previous_end_date, avenant.created_by) == (
        1,
        datetime.date(2028, 5, 31),
        ars_animator,
    )
    assert list(Axe.objects.filter(contract=contract, avenant=avenant).values_list("number", flat=True)) == ["2"]
    assert list(FicheAction.objects.filter(contract=contract, avenant=avenant).values_list("number", flat=True)) == [
        "2.1"
    ]
    # The plan as first signed is still there: axe 1 and its fiche, without the avenant's additions.
    assert list(Axe.objects.filter(contract=contract, avenant__isnull=True).values_list("number", flat=True)) == ["1"]


# 5. An elected official reads, and cannot change anything ------------------------------------------------------------


def test_reader_sees_the_contract_and_its_plan_without_any_edit_button(
    page, screenshot, contract, reader, other_contract
):
    make_ready_to_sign(contract)
    status_before = FicheAction.objects.get(contract=contract).status
    login(page, reader.email, DEFAULT_PASSWORD)
    main_nav(page).get_by_role("link", name="Contrats").click()
    expect(page.get_by_role("link", name="CLS de Mauges Communauté")).to_be_visible()
    expect(page.get_by_role("link", name="CLS du Val de Sarthe")).to_have_count(0)
    expect(page.get_by_role("link", name="Nouveau contrat")).to_have_count(0)
    page.get_by_role("link", name="CLS de Mauges Communauté").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("CLS de Mauges Communauté")
    expect(page.locator("#parties ~ .fr-table").first).to_contain_text("ARS Pays de la Loire")
    main = page.locator("main")
    for name in (
        "Modifier l'identité et le périmètre",
        "Enregistrer la signature",
        "Abandonner le projet",
        "Ajouter un signataire ou un partenaire",
        "Enregistrer un avenant",
        "Habilitations et invitations",
    ):
        expect(main.get_by_role("link", name=name)).to_have_count(0)
    expect(main.get_by_role("link", name=re.compile("^(Modifier|Retirer)"))).to_have_count(0)
    reads_as_french(page)
    screenshot("1-contrat-en-lecture")

    page.get_by_role("link", name="Voir le plan d'action").click()
    expect(page.get_by_role("heading", name=re.compile("^Axe 1 — Prévention"))).to_be_visible()
    for name in ("Créer un axe", "Créer une fiche", "Ajouter une fiche à l'axe 1", "Modifier l'axe"):
        expect(main.get_by_role("link", name=name)).to_have_count(0)
    expect(main.get_by_role("checkbox")).to_have_count(0)
    expect(main.get_by_role("button", name="Appliquer aux fiches cochées")).to_have_count(0)
    reads_as_french(page)
    screenshot("2-plan-en-lecture")

    page.get_by_role("link", name="Animer et développer une politique de prévention").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("1.1 — Animer et développer une politique de prévention")
    for name in ("Modifier", "Mettre à jour le suivi", "Copier", "Changer d'axe", "Supprimer"):
        expect(main.get_by_role("link", name=name, exact=True)).to_have_count(0)
    expect(main.get_by_role("link", name=re.compile("^Ajouter"))).to_have_count(0)
    screenshot("3-fiche-en-lecture")

    # Typing the address of a form does not open it: the French 403 page.
    response = page.goto(f"/plans/{contract.slug}/fiches/1.1/modifier/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Accès refusé")
    expect(page.get_by_text("Votre compte ne vous permet pas de faire cette action.")).to_be_visible()
    expect(page).to_have_title(re.compile("^Accès refusé"))
    screenshot("4-acces-refuse")
    response = page.goto(f"/contrats/{contract.slug}/cycle-de-vie/signature/")
    assert response.status == 403

    # Another territory's contract does not even exist for them: the French 404 page.
    response = page.goto(f"/contrats/{other_contract.slug}/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
    expect(page.get_by_role("link", name="Revenir à l'accueil")).to_be_visible()
    screenshot("5-contrat-d-un-autre-territoire")

    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION
    assert FicheAction.objects.get(contract=contract).status == status_before
