"""The territorial diagnostic as a coordinator lives it, in a browser: a messy producer file imported after fixing
what the report points to, the Mauges diagnostic built with its priorities linked to the plan's axes, the comparison
tables and charts; and a file of the 64 former communes of Mauges Communauté added up to its six communes.

Screenshots at 1280 and 390 px go to var/test-artifacts/.
"""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from actions.models import Axe, FicheAction
from diagnostics.catalogue import load_catalogue, load_geography_values
from diagnostics.models import Diagnostic, IndicatorValue
from referentials.models import Epci, FormerCommune
from tests.browser.conftest import DESKTOP, PHONE, login, no_horizontal_scroll
from tests.diagnostics.conftest import MAUGES, MAUGES_COMMUNES, load_test_geography
from tests.factories import DEFAULT_PASSWORD


def csv_file(rows, name, *, encoding="cp1252", notes=()):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for note in notes:
        writer.writerow([note])
    writer.writerows(rows)
    return {"name": name, "mimeType": "text/csv", "buffer": buffer.getvalue().encode(encoding)}


MESSY = [
    ["Code commune", "Libellé", "Année", "taux_ald", "Numérateur taux_ald", "Dénominateur taux_ald"],
    ["49301", "Sèvremoine", "2021", "", "4 900", "25 800"],
    ["49023", "Beaupréau-en-Mauges", "2021", "", "4 100", "24 000"],
    ["49092", "Chemillé-en-Anjou", "2021", "", "4 300", "22 000"],
    ["49244", "Mauges-sur-Loire", "2021", "", "3 500", "18 700"],
    ["49126", "Orée d'Anjou", "2021", "", "3 100", "17 100"],
    ["49218", "Montrevault-sur-Èvre", "2021", "", "dix", "15 700"],
    ["49999", "Commune inconnue", "2021", "", "10", "100"],
    ["49", "Maine-et-Loire", "2021", "20,1", "", ""],
    ["REG52", "Pays de la Loire", "2021", "19,6", "", ""],
    ["FR", "France", "2021", "19,8", "", ""],
]
NOTES = ["Observatoire régional de la santé Pays de la Loire", "Extraction du 12 mars 2022"]


@pytest.fixture
def mauges_contract(contract):
    """The personas' contract on the real perimeter of Mauges Communauté, with the shipped indicator catalogue."""
    load_test_geography()
    load_catalogue()
    load_geography_values()
    contract.epcis.set([Epci.objects.get(pk=MAUGES)])
    return contract


@pytest.fixture
def plan(mauges_contract):
    mauges_contract.slug = "mauges-cls-2"
    mauges_contract.name = "Contrat local de santé de Mauges Communauté (CLS 2)"
    mauges_contract.save()
    prevention = Axe.objects.create(contract=mauges_contract, number="1", title="Prévention et santé environnement")
    soins = Axe.objects.create(contract=mauges_contract, number="2", title="Accès aux soins", position=2)
    FicheAction.objects.create(contract=mauges_contract, axe=prevention, number="1.1", title="Campagne radon")
    FicheAction.objects.create(contract=mauges_contract, axe=soins, number="2.1", title="Centre de santé")
    return mauges_contract


def both_widths(page, screenshot, name):
    screenshot(f"{name}-1280")
    page.set_viewport_size(PHONE)
    screenshot(f"{name}-390")
    no_horizontal_scroll(page)
    page.set_viewport_size(DESKTOP)


def tick(page, label):
    """Tick a DSFR checkbox as a person does: by clicking its label (the label covers the box)."""
    page.locator("label.fr-label", has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")).click()
    expect(page.get_by_label(label, exact=True)).to_be_checked()


def watch_console(page):
    """Script errors and CSP refusals; not the status of pages that answer 400 on purpose (a refused file)."""
    problems = []
    expected = re.compile(r"Failed to load resource: the server responded with a status of 400")
    page.on(
        "console", lambda m: problems.append(m.text) if m.type == "error" and not expected.search(m.text) else None
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def upload(page, rows, name, notes=NOTES):
    page.goto("/diagnostics/imports/nouveau/")
    page.get_by_label("Fichier de valeurs").set_input_files(csv_file(rows, name, notes=notes))
    page.get_by_label("Producteur des données").select_option("ors")
    page.get_by_role("button", name="Lire le fichier").click()
    expect(page.get_by_role("heading", name="Que contient chaque colonne ?")).to_be_visible()


def test_coordinator_imports_a_messy_file_builds_the_diagnostic_and_compares(page, screenshot, plan, coordinator):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    # After the login page, whose DSFR script logs an error of its own.
    errors = watch_console(page)
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Indicateurs").click()
    expect(page.get_by_role("heading", name="Indicateurs du diagnostic territorial")).to_be_visible()
    page.get_by_role("link", name="Importer des valeurs").click()

    # The messy file: notes above the header, Windows-1252, decimal commas and spaces, two mistakes.
    upload(page, MESSY, "ors-ald-2021.csv")
    expect(page.get_by_text("en-tête en ligne 3")).to_be_visible()
    expect(page.get_by_label("Colonne 5 « Numérateur taux_ald »")).to_have_value("numerator|taux_ald|")
    both_widths(page, screenshot, "mapping")
    page.get_by_role("button", name="Vérifier le fichier").click()
    expect(page.get_by_role("heading", name="2 erreurs : rien n'a été enregistré")).to_be_visible()
    problems = page.get_by_role("table", name="Erreurs à corriger")
    expect(problems).to_contain_text("Code « 49999 » : aucune commune")
    expect(problems.get_by_role("row", name=re.compile("« dix » n'est pas un nombre"))).to_contain_text(
        "Numérateur taux_ald"
    )
    both_widths(page, screenshot, "errors")
    assert not IndicatorValue.objects.filter(indicator__code="taux_ald").exists()

    # Fixed where the report said: line 8 had "dix", line 9 an unknown code.
    fixed = [row for row in MESSY if row[0] != "49999"]
    fixed[6] = [*fixed[6][:4], "3 000", "15 700"]
    page.get_by_role("link", name="Importer un autre fichier").click()
    upload(page, fixed, "ors-ald-2021-corrige.csv")
    page.get_by_role("button", name="Vérifier le fichier").click()
    expect(page.get_by_text("9 valeurs créées, 0 modifiée, 0 inchangée.")).to_be_visible()
    page.get_by_role("button", name="Confirmer l'import").click()
    expect(page.get_by_text("Import de « ors-ald-2021-corrige.csv » enregistré")).to_be_visible()
    assert IndicatorValue.objects.get(indicator__code="taux_ald", territory_code="49218").numerator == 3000

    # The diagnostic, from the contract page.
    page.goto(f"/contrats/{plan.slug}/")
    page.get_by_role("link", name="Commencer le diagnostic").click()
    page.get_by_role("link", name="Nouveau diagnostic").click()
    page.get_by_label("Nature").select_option("update")
    page.get_by_label("Titre").fill("Actualisation du diagnostic partagé du CLS 2")
    page.get_by_label("Date", exact=False).first.fill("2022-06-16")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("heading", name="Actualisation du diagnostic partagé du CLS 2")).to_be_visible()
    diagnostic = Diagnostic.objects.get()

    page.get_by_role("link", name="Choisir les indicateurs").click()
    for label in ("Population municipale", "Part de la population en affection de longue durée (ALD)"):
        tick(page, label)
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("2 indicateurs retenus.")).to_be_visible()
    page.get_by_role("link", name="Commenter « Part de la population en affection de longue durée (ALD) »").click()
    page.get_by_label("Ce que le diagnostic en retient").fill("Un peu moins d'ALD que dans le département.")
    page.get_by_role("button", name="Enregistrer").click()

    page.get_by_role("link", name="Ajouter une démarche qualitative").click()
    page.get_by_label("Démarche", exact=True).select_option("questionnaire")
    page.get_by_label("Intitulé").fill("Questionnaire aux habitants")
    page.get_by_role("textbox", name=re.compile(r"^Au\b")).fill("2022-06-01")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Questionnaire · jusqu'au 1er juin 2022")).to_be_visible()

    for number, title in (("1", "Accès aux soins de premier recours"), ("2", "Santé environnementale")):
        page.get_by_role("link", name="Ajouter un enjeu").click()
        page.get_by_label("Numéro").fill(number)
        page.get_by_label("Intitulé").fill(title)
        page.get_by_label("Justification").fill("Ce que disent les indicateurs et les entretiens.")
        if number == "1":
            tick(page, "Part de la population en affection de longue durée (ALD)")
            tick(page, "Axe 2 — Accès aux soins")
        page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("heading", name="1 enjeu sans réponse")).to_be_visible()
    expect(page.get_by_role("heading", name="1 fiche-action ne répond à aucun enjeu")).to_be_visible()
    both_widths(page, screenshot, "diagnostic-unlinked")
    page.goto(f"/plans/{plan.slug}/")
    expect(page.get_by_text("1 fiche ne répond à aucun enjeu du diagnostic : 1.1.")).to_be_visible()
    page.get_by_role("link", name="Relier les enjeux au plan d'action").click()

    page.get_by_role("link", name="Modifier l'enjeu 2").click()
    tick(page, "Axe 1 — Prévention et santé environnement")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Chaque enjeu a sa réponse dans le plan d'action")).to_be_visible()
    assert set(diagnostic.priorities.get(number=2).axes.values_list("number", flat=True)) == {"1"}

    page.get_by_role("link", name="Partager le diagnostic").click()
    page.get_by_label("Date").fill("2022-06-16")
    page.get_by_role("button", name="Partager le diagnostic").click()
    expect(page.get_by_text("Diagnostic partagé.")).to_be_visible()
    both_widths(page, screenshot, "diagnostic")

    # The comparison: tables first, then a chart per theme beside its table.
    page.get_by_role("link", name="Tous les indicateurs du territoire, graphiques et évolution").click()
    ald = page.get_by_role("row", name=re.compile("Part de la population en affection de longue durée"))
    # The sum of the numerators over the sum of the denominators, not a mean of the six rates.
    numerators, denominators = zip(
        *[(int(r[4].replace(" ", "")), int(r[5].replace(" ", ""))) for r in fixed[1:7]], strict=True
    )
    rate = f"{sum(numerators) / sum(denominators) * 100:.1f}".replace(".", ",")
    expect(ald.first).to_contain_text(rate)
    expect(ald.first).to_contain_text("favorable")
    expect(page.locator("bar-chart canvas").first).to_be_visible()
    both_widths(page, screenshot, "comparison")
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger (CSV)").click()
    assert download.value.suggested_filename.startswith("mauges-cls-2-indicateurs-")
    assert [e for e in errors if "Content Security Policy" in e or "Refused" in e] == []
    assert errors == [], errors


def test_a_file_of_former_communes_adds_up_to_mauges(page, screenshot, plan, coordinator):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    former = list(FormerCommune.objects.filter(commune__epci_id=MAUGES).order_by("code"))
    assert len(former) == 64
    rows = [["Code INSEE", "Commune déléguée", "medecins_generalistes 2021"]]
    rows += [[f.code, f.name, str(int(f.code[2:]) % 5)] for f in former]
    upload(page, rows, "medecins-communes-deleguees.csv", notes=())
    page.get_by_role("button", name="Vérifier le fichier").click()
    expect(page.get_by_role("heading", name=re.compile("^64 codes d'anciennes communes"))).to_be_visible()
    expect(page.get_by_text("6 valeurs créées")).to_be_visible()
    screenshot("former-preview-1280")
    page.get_by_role("button", name="Confirmer l'import").click()
    page.goto(f"/diagnostics/{plan.slug}/comparaison/")
    expected = sum(int(f.code[2:]) % 5 for f in former)
    doctors = page.get_by_role("row", name=re.compile("Médecins généralistes libéraux"))
    expect(doctors.first).to_contain_text(str(expected))
    for commune in MAUGES_COMMUNES:
        parts = [f for f in former if f.commune_id == commune]
        value = IndicatorValue.objects.get(indicator__code="medecins_generalistes", territory_code=commune)
        assert value.value == sum(int(f.code[2:]) % 5 for f in parts)
    assert Epci.objects.get(pk=MAUGES).communes.count() == 6
