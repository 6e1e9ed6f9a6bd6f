"""A coordinator imports a plan made in Territoires en Transitions without axes: the preview asks for the axe of its
fiches, shows the import with it, and the confirmation files them there; on a phone, without sideways scrolling."""

from playwright.sync_api import expect

from actions.excel.exporters import XLSX_CONTENT_TYPE
from actions.models import FicheAction
from tests.actions import tet_corpus
from tests.browser.conftest import PHONE, login, no_horizontal_scroll
from tests.factories import DEFAULT_PASSWORD


def test_a_tet_plan_without_axes_goes_into_the_axe_named_in_the_preview(page, screenshot, contract, coordinator):
    login(page, coordinator.email, DEFAULT_PASSWORD)
    page.set_viewport_size(PHONE)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"/plans/{contract.slug}/import/")
    page.get_by_label("Classeur Excel (.xlsx)").set_input_files(
        {"name": "plan-tet.xlsx", "mimeType": XLSX_CONTENT_TYPE, "buffer": tet_corpus.without_axes()}
    )
    page.get_by_role("button", name="Vérifier le fichier").first.click()

    expect(page.get_by_role("heading", name="2 lignes sans axe")).to_be_visible()
    expect(page.get_by_text("l'action n'est rattachée à aucun axe").first).to_be_visible()
    no_horizontal_scroll(page)
    screenshot("sans-axe")
    page.get_by_label("Axe pour les fiches sans axe").fill("Actions du plan")
    page.get_by_role("button", name="Ranger les fiches dans cet axe").click()

    expect(page.get_by_role("heading", name="Aperçu de l'import")).to_be_visible()
    expect(page.get_by_text("Nouvel axe 1")).to_be_visible()
    expect(page.get_by_label("Axe pour les fiches sans axe")).to_have_value("Actions du plan")
    no_horizontal_scroll(page)
    page.get_by_role("button", name="Enregistrer ces changements").click()

    expect(page.get_by_text("Import de « plan-tet.xlsx » enregistré")).to_be_visible()
    assert list(FicheAction.objects.filter(contract=contract).values_list("number", "axe__title")) == [
        ("1.1", "Actions du plan"),
        ("1.2", "Actions du plan"),
    ]
    assert errors == []
