"""The governance of a contract as a coordinator lives it, in a browser: she creates the COPIL, seats its members,
plans a meeting with its agenda, convenes it (the e-mails and their .ics are checked, then an update), records
attendance, minutes, a decision on a fiche and a follow-up task; a later meeting approves the minutes and shows what
changed in the plan since. Then an ARS animator opens the roadmap of the CTS of her département.

Screenshots at 1280 px and 390 px go to var/test-artifacts/.
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from actions.enums import FicheStatus
from actions.models import Axe, FicheAction
from governance import roadmaps
from governance.enums import MeetingStatus
from governance.models import Decision, FollowUpTask, Instance, Meeting, Milestone, Phase
from governance.models.meetings import long_day
from tests.actions.factories import AxeFactory, FicheFactory
from tests.browser.conftest import DESKTOP, PHONE, login, no_horizontal_scroll
from tests.browser.test_contract_journeys import fields_are_labelled, main_nav, reads_as_french, starting_with
from tests.factories import DEFAULT_PASSWORD, OrganisationFactory
from tests.governance.factories import InstanceFactory


def both_widths(page, screenshot, name):
    page.set_viewport_size(PHONE)
    no_horizontal_scroll(page)
    screenshot(f"{name}-390")
    page.set_viewport_size(DESKTOP)
    screenshot(f"{name}-1280")


def invitation(message):
    name, content, _ = message.attachments[0]
    assert name == "invitation.ics"
    calendar = Calendar.from_ical(content)
    return calendar, next(iter(calendar.walk("VEVENT")))


@pytest.fixture
def plan(contract):
    axe = AxeFactory(contract=contract, number="1", title="Prévention, promotion de la santé et environnement")
    radon = FicheFactory(axe=axe, number="1.1", title="Sensibiliser au radon", status=FicheStatus.PLANNED, progress=0)
    OrganisationFactory(name="Mauges Communauté", kind="epci")
    OrganisationFactory(name="ARS Pays de la Loire", kind="ars")
    return {"radon": radon}


def fill_member(page, first, last, email, role, organisation):
    page.get_by_label(starting_with("Prénom")).fill(first)
    page.get_by_label(starting_with("Nom")).fill(last)
    page.get_by_label(starting_with("Adresse e-mail")).fill(email)
    page.get_by_label(starting_with("Rôle dans l'instance")).select_option(label=role)
    page.get_by_label(starting_with("Organisation représentée")).select_option(label=organisation)
    page.get_by_role("button", name="Enregistrer").click()


def add_item(page, title, presenter="", duration="", fiche=None, approves=None, another=False):
    page.get_by_label(starting_with("Point")).fill(title)
    if presenter:
        page.get_by_label(starting_with("Présenté par")).fill(presenter)
    if duration:
        page.get_by_label(starting_with("Durée (minutes)")).fill(duration)
    if fiche:
        page.get_by_text(fiche, exact=True).click()  # the DSFR label covers its checkbox
    if approves:
        page.get_by_label(starting_with("Approbation du compte rendu de")).select_option(label=approves)
    name = "Enregistrer et ajouter un autre point" if another else "Enregistrer"
    page.get_by_role("button", name=name, exact=True).click()


def plan_meeting(page, day, title):
    page.get_by_role("link", name="Planifier une réunion").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Intitulé")).fill(title)
    page.get_by_label(starting_with("Date")).fill(day.isoformat())
    page.get_by_label(starting_with("Heure de début")).fill("14:00")
    page.get_by_label(starting_with("Heure de fin")).fill("16:30")
    page.get_by_label(starting_with("Lieu")).fill("Salle du conseil, Beaupréau-en-Mauges")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def convene(page):
    page.get_by_role("link", name="Convoquer les membres").click()
    expect(page.get_by_text("2 destinataires")).to_be_visible()
    page.get_by_role("button", name="Envoyer la convocation").click()
    expect(page.get_by_text("Convocation envoyée à 2 membre(s)")).to_be_visible()


def hold(page):
    page.get_by_role("link", name="Enregistrer la tenue de la réunion").click()
    page.get_by_role("button", name="Enregistrer la tenue de la réunion").click()
    expect(page.get_by_text("La réunion est tenue")).to_be_visible()


def test_coordinator_runs_the_copil_from_its_creation_to_the_approval_of_its_minutes(
    page, screenshot, coordinator, contract, plan
):
    today = timezone.localdate()
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    page.get_by_role("link", name="Nouvelle instance").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Type d'instance")).select_option(label="Comité de pilotage (COPIL)")
    page.get_by_label(starting_with("Nom")).fill("COPIL du CLS de Mauges Communauté")
    page.get_by_label(starting_with("Quorum")).fill("2")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("COPIL du CLS de Mauges Communauté")
    copil = Instance.objects.get(name="COPIL du CLS de Mauges Communauté")

    # Members: a person without an account, then a mistake (no name) refused in French, then another.
    page.get_by_role("link", name="Ajouter un membre").click()
    fields_are_labelled(page)
    fill_member(page, "Didier", "Huchon", "d.huchon@mauges.exemple.fr", "Président ou présidente", "Mauges Communauté")
    page.get_by_role("link", name="Ajouter un membre").click()
    page.get_by_label(starting_with("Adresse e-mail")).fill("i.monnier@ars.exemple.fr")
    page.get_by_role("button", name="Enregistrer").click()
    expect(
        page.get_by_text("Indiquez le prénom de la personne, ou choisissez une personne déjà connue.")
    ).to_be_visible()
    fill_member(page, "Isabelle", "Monnier", "i.monnier@ars.exemple.fr", "Membre", "ARS Pays de la Loire")
    expect(page.get_by_role("cell", name="Isabelle Monnier", exact=True)).to_be_visible()
    assert copil.members.count() == 2

    # The first meeting, today, with its agenda.
    plan_meeting(page, today, "COPIL de lancement")
    first = Meeting.objects.get(title="COPIL de lancement")
    page.get_by_role("link", name="Ajouter un point").click()
    fields_are_labelled(page)
    add_item(page, "Accueil", presenter="Didier Huchon", duration="10", another=True)
    add_item(page, "Campagne radon", duration="30", fiche="1.1 — Sensibiliser au radon")
    expect(page.locator("#ordre-du-jour + ol > li")).to_have_count(2)
    both_widths(page, screenshot, "1-reunion-planifiee")

    # Convocation: one e-mail per member with its invitation; then a change of place sends an update.
    convene(page)
    assert sorted(m.to[0] for m in mail.outbox) == ["d.huchon@mauges.exemple.fr", "i.monnier@ars.exemple.fr"]
    calendar, event = invitation(mail.outbox[0])
    assert calendar["METHOD"] == "REQUEST" and event["SEQUENCE"] == 0 and event["UID"] == first.calendar_uid
    assert "1. Accueil (Didier Huchon, 10 min)" in mail.outbox[0].body
    mail.outbox.clear()
    page.get_by_role("link", name="Modifier la date ou le lieu").click()
    page.get_by_label(starting_with("Lieu")).fill("Salle des fêtes, Chemillé-en-Anjou")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("2 membre(s) ont reçu la mise à jour")).to_be_visible()
    _, update = invitation(mail.outbox[0])
    assert update["UID"] == first.calendar_uid and update["SEQUENCE"] == 1
    assert str(update["LOCATION"]) == "Salle des fêtes, Chemillé-en-Anjou"

    # The meeting is held: attendance, minutes, a decision on the fiche and a task.
    hold(page)
    page.get_by_role("link", name="Enregistrer les présences").click()
    fields_are_labelled(page)
    page.get_by_label("Didier Huchon (président ou présidente)").select_option(label="Présent ou présente")
    page.get_by_label("Isabelle Monnier (membre)").select_option(label="Représenté ou représentée")
    page.get_by_role("button", name="Enregistrer les présences").click()
    expect(page.get_by_text("Indiquez qui représente Isabelle Monnier.")).to_be_visible()
    page.get_by_label("ou par (autre personne) — Isabelle Monnier").fill("Maryline Castric, ARS DT 49")
    page.get_by_role("button", name="Enregistrer les présences").click()
    expect(page.get_by_text("Quorum atteint : 2 membres présents ou représentés pour 2 requis.")).to_be_visible()
    page.get_by_role("link", name="Rédiger le compte rendu").click()
    page.get_by_label(starting_with("2. Campagne radon")).fill("La campagne de mesure du radon est présentée.")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_role("link", name="Enregistrer une décision").click()
    fields_are_labelled(page)
    page.get_by_label(starting_with("Décision")).fill("Lancer la campagne radon dans les six communes.")
    page.get_by_label(starting_with("Fiche-action concernée")).select_option(label="1.1 — Sensibiliser au radon")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_role("link", name="Ajouter une suite à donner").click()
    page.get_by_label(starting_with("Suite à donner")).fill("Commander les dosimètres")
    page.get_by_label(starting_with("Responsable (membre)")).select_option(label="Didier Huchon")
    page.get_by_label(starting_with("Échéance")).fill((today + datetime.timedelta(days=20)).isoformat())
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_role("link", name="Déclarer le compte rendu rédigé").click()
    page.get_by_role("button", name="Déclarer le compte rendu rédigé").click()
    expect(page.get_by_text("Le compte rendu est rédigé")).to_be_visible()
    reads_as_french(page)
    both_widths(page, screenshot, "2-reunion-tenue")
    decision = Decision.objects.get()
    assert (decision.fiche, decision.contract) == (plan["radon"], contract)
    assert FollowUpTask.objects.get().owner.last_name == "Huchon"

    # A month goes by: the first meeting moves into the past, the fiche moves on.
    Meeting.objects.filter(pk=first.pk).update(date=today - datetime.timedelta(days=30))
    FicheAction.objects.filter(pk=plan["radon"].pk).update(status=FicheStatus.IN_PROGRESS, progress=40)

    # The next meeting approves the minutes of the first one and shows what changed since.
    page.get_by_role("link", name=copil.name).first.click()
    plan_meeting(page, today, "COPIL de suivi")
    page.get_by_role("link", name="Ajouter un point").click()
    month_ago = long_day(today - datetime.timedelta(days=30))
    add_item(page, "Approbation du compte rendu", approves=f"COPIL de lancement du {month_ago} (Compte rendu rédigé)")
    expect(page.get_by_role("heading", name="Ce qui a changé depuis la réunion précédente")).to_be_visible()
    changes = page.locator("section.governance-changes")
    expect(
        changes.locator("li", has_text="Fiche 1.1 — Sensibiliser au radon : à venir → en cours, 0 % → 40 %")
    ).to_be_visible()
    expect(page.get_by_text("Lancer la campagne radon dans les six communes.")).to_be_visible()
    expect(page.get_by_role("cell", name="Commander les dosimètres")).to_be_visible()
    mail.outbox.clear()
    convene(page)
    hold(page)
    page.get_by_role("link", name=re.compile("Approuver le compte rendu du")).click()
    page.get_by_role("button", name="Approuver le compte rendu").click()
    expect(page.get_by_text(re.compile(r"Le compte rendu de la réunion du .* est approuvé\."))).to_be_visible()
    first.refresh_from_db()
    assert first.status == MeetingStatus.MINUTES_APPROVED and first.minutes_approved_on == today
    reads_as_french(page)
    no_horizontal_scroll(page)
    both_widths(page, screenshot, "3-reunion-suivante")

    # The agenda of the month and the contract page.
    main_nav(page).get_by_role("link", name="Gouvernance").click()
    page.get_by_role("link", name="Agenda complet").click()
    page.get_by_role("link", name="Vue du mois").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(str(today.year))
    both_widths(page, screenshot, "4-agenda-du-mois")
    page.goto(f"/contrats/{contract.slug}/#gouvernance")
    expect(page.get_by_text("Lancer la campagne radon dans les six communes.")).to_be_visible()


def test_animator_opens_the_roadmap_of_the_cts(page, screenshot, ars_animator, departement):
    cts = InstanceFactory(territorial=True, departement=departement, name="Conseil territorial de santé")
    roadmap = roadmaps.create_roadmap(cts, by=ars_animator, title="Feuille de route « innovons en santé »")
    for number, title in enumerate(
        ["Donner à tous un accès à un médecin traitant", "Garantir la continuité des soins"], 1
    ):
        axe = Axe.objects.create(contract=roadmap.contract, number=str(number), title=title, position=number)
        for index in (1, 2):
            FicheAction.objects.create(
                contract=roadmap.contract, axe=axe, number=f"{number}.{index}", title=f"Action {number}.{index}",
                description="- Premier levier\n- Second levier",
            )  # fmt: skip
    login(page, ars_animator.email, DEFAULT_PASSWORD)
    main_nav(page).get_by_role("link", name="Gouvernance").click()
    page.get_by_role("link", name="Conseil territorial de santé").click()
    page.get_by_role("link", name="Feuille de route « innovons en santé »").click()
    expect(page.get_by_role("heading", name="Défi 2 — Garantir la continuité des soins")).to_be_visible()
    expect(page.get_by_role("link", name="Action 2.2")).to_be_visible()
    reads_as_french(page)
    no_horizontal_scroll(page)
    both_widths(page, screenshot, "feuille-de-route")
    page.get_by_role("link", name="Modifier les défis et les actions").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Plan d'action")


def test_reader_follows_the_calendar_of_the_contract(page, screenshot, reader, contract):
    today = timezone.localdate()

    def ago(days):
        return today - datetime.timedelta(days=days)

    evaluation = Phase.objects.create(
        contract=contract, title="Évaluation du CLS 1", position=1, planned_start=ago(120), planned_end=ago(60),
        actual_start=ago(120), actual_end=ago(50),
    )  # fmt: skip
    Phase.objects.create(
        contract=contract, parent=evaluation, title="Entretiens qualitatifs et analyse documentaire",
        planned_start=ago(120), planned_end=ago(90),
    )  # fmt: skip
    Milestone.objects.create(
        contract=contract, phase=evaluation, title="Réunion de lancement", planned_on=ago(100), actual_on=ago(100)
    )
    Phase.objects.create(
        contract=contract, title="Programme d'actions", position=2, planned_start=ago(40), planned_end=ago(-60)
    )
    login(page, reader.email, DEFAULT_PASSWORD)
    page.goto(f"/contrats/{contract.slug}/")
    page.get_by_role("link", name="Calendrier du contrat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Calendrier du contrat")
    expect(page.get_by_text("La ligne rouge marque aujourd'hui")).to_be_visible()
    expect(page.locator(".governance-timeline__row--step", has_text="En retard")).to_be_visible()
    assert page.locator("main [style]").count() == 0
    reads_as_french(page)
    both_widths(page, screenshot, "calendrier")
