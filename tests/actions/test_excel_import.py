"""Importing the portal's template: all or nothing, every problem located, an unchanged export changes nothing."""

import datetime
import io
from decimal import Decimal

import pytest
from django.db import models
from openpyxl import Workbook, load_workbook

from actions.enums import FicheStatus, Funder
from actions.excel.exporters import export_plan
from actions.excel.importers import StaleImportError, apply_import, prepare_import, read_plan
from actions.fields import FICHE_FIELDS
from actions.models import BudgetLine, FicheAction, SubAction
from cls_portal.imports.reading import RowData, WorkbookError
from cls_portal.imports.report import Report
from cls_portal.imports.validation import validate_row
from tests.actions.excel_files import edit, save, sheet_rows


def preview_of(contract, content):
    return prepare_import(contract, read_plan(content, contract))


def test_exported_plan_reimported_unchanged_changes_nothing(contract, rich_plan):
    preview = preview_of(contract, export_plan(contract))
    assert preview.ok, [str(e) for e in preview.errors]
    assert not preview.has_changes, [(f.number, [vars(c) for c in f.all_changes]) for f in preview.updated]
    assert [f.number for f in preview.unchanged] == ["1.1", "2.1"]


def test_edited_cells_update_the_fiche_and_new_rows_create(contract, rich_plan, coordinator):
    content = edit(
        export_plan(contract),
        "Fiches",
        {
            (2, "Intitulé"): "Animer une campagne radon dans les six communes",
            (2, "Statut"): "Réalisée",
            (2, "Avancement (%)"): 100,
            (0, "Axe"): "2",
            (0, "Numéro"): "2.2",
            (0, "Intitulé"): "Créer un centre de santé municipal à Beaupréau-en-Mauges",
            (0, "Partenaires"): "CPIE Loire Anjou; Centre hospitalier de Cholet",
            (0, "Date de début"): "01/09/2024",
        },
    )
    content = edit(content, "Budget", {(0, "Fiche"): "2.2", (0, "Année"): 2025, (0, "Financeur"): "CPAM",
                                       (0, "Montant prévu (€)"): "12 000,50"})  # fmt: skip
    preview = preview_of(contract, content)
    assert preview.ok, [str(e) for e in preview.errors]
    assert [(f.number, f.action) for f in preview.fiches if f.action != "unchanged"] == [
        ("1.1", "updated"),
        ("2.2", "created"),
    ]
    labels = {c.label: (c.old, c.new) for c in preview.updated[0].changes}
    assert labels["Statut"] == ("En cours", "Réalisée") and labels["Avancement (%)"] == ("60", "100")
    assert [o.name for o in preview.new_organisations] == ["Centre hospitalier de Cholet"]

    apply_import(preview, user=coordinator)
    radon = FicheAction.objects.get(contract=contract, number="1.1")
    assert (radon.title, radon.status, radon.progress, radon.version) == (
        "Animer une campagne radon dans les six communes", FicheStatus.DONE, 100, 2
    )  # fmt: skip
    last = radon.history.first()
    assert (last.history_user, last.history_change_reason) == (coordinator, "Import Excel")
    centre = FicheAction.objects.get(contract=contract, number="2.2")
    assert centre.start_date == datetime.date(2024, 9, 1)
    assert sorted(o.name for o in centre.partners.all()) == ["CPIE Loire Anjou", "Centre hospitalier de Cholet"]
    assert centre.budget_lines.get().planned_amount == Decimal("12000.50")
    assert centre.budget_lines.get().funder == Funder.CPAM


@pytest.mark.parametrize(
    ("sheet", "changes", "expected"),
    [
        (
            "Fiches",
            {(2, "Date de fin"): "01/01/2023"},
            "ligne 2, colonne « Date de fin » : la fin de l'action ne peut pas précéder son début.",
        ),
        (
            "Fiches",
            {(2, "Avancement (%)"): 150},
            "ligne 2, colonne « Avancement (%) » : l'avancement est un pourcentage entre 0 et 100.",
        ),
        (
            "Fiches",
            {(3, "Numéro"): "1.1", (3, "Axe"): "1"},
            "ligne 3, colonne « Numéro » : la fiche 1.1 apparaît déjà ligne 2.",
        ),
        (
            "Fiches",
            {(2, "Statut"): "Presque fini"},
            "ligne 2, colonne « Statut » : « Presque fini » n'est pas une valeur possible.",
        ),
        (
            "Fiches",
            {(2, "Date de début"): "32/01/2024"},
            "ligne 2, colonne « Date de début » : « 32/01/2024 » n'est pas une date",
        ),
        (
            "Fiches",
            {(2, "Axe"): "7"},
            "ligne 2, colonne « Axe » : l'axe 7 n'existe ni dans la feuille « Axes » ni dans le portail.",
        ),
        (
            "Budget",
            {(2, "Montant prévu (€)"): -300},
            "Feuille « Budget », ligne 2, colonne « Montant prévu (€) » : le montant ne peut pas être négatif",
        ),
        ("Fiches", {(2, "Communes (codes INSEE)"): "75056"}, "« 75056 » n'est pas un code INSEE de commune connu."),
    ],
)
def test_invalid_cells_are_reported_where_they_are_and_nothing_is_written(contract, rich_plan, sheet, changes,
                                                                          expected):  # fmt: skip
    before = list(FicheAction.objects.values_list("number", "title", "status", "progress", "end_date", "version"))
    budget_before = list(BudgetLine.objects.values_list("planned_amount", flat=True))
    content = edit(export_plan(contract), sheet, {**changes, (3, "Intitulé"): "Nouveau titre"}
                   if sheet == "Fiches" else changes)  # fmt: skip
    preview = preview_of(contract, content)
    assert not preview.ok
    assert any(expected in str(error) for error in preview.errors), [str(e) for e in preview.errors]
    with pytest.raises(ValueError):
        apply_import(preview)
    assert list(FicheAction.objects.values_list("number", "title", "status", "progress", "end_date", "version")) == (
        before
    )
    assert list(BudgetLine.objects.values_list("planned_amount", flat=True)) == budget_before


def test_every_problem_of_the_file_is_reported_at_once(contract, rich_plan):
    content = edit(export_plan(contract), "Fiches", {(2, "Avancement (%)"): 150, (3, "Date de début"): "demain"})
    errors = [str(e) for e in preview_of(contract, content).errors]
    assert len(errors) == 2
    assert errors[0].startswith("Feuille « Fiches », ligne 2, colonne « Avancement (%) »")
    assert errors[1].startswith("Feuille « Fiches », ligne 3, colonne « Date de début »")


def test_formula_like_text_is_neutralised_on_export_and_restored_on_import(contract, rich_plan, coordinator):
    radon = rich_plan["radon"]
    radon.title = '=HYPERLINK("http://exemple.invalid","cliquez")'
    radon.description = "-10 % de foyers exposés"
    radon.save()
    content = export_plan(contract)
    row = next(r for r in sheet_rows(content, "Fiches") if r["Numéro"] == "1.1")
    assert row["Intitulé"] == '\'=HYPERLINK("http://exemple.invalid","cliquez")'
    assert row["Description et étapes"] == "'-10 % de foyers exposés"
    assert not preview_of(contract, content).has_changes


TEXT_FIELDS = [
    field.key
    for field in FICHE_FIELDS
    if field.column.kind == "text" and not field.column.readonly and field.key not in ("ars_theme", "pilote")
    and isinstance(field.model_field, models.CharField | models.TextField)
]  # fmt: skip


def test_control_characters_in_every_text_field_are_stripped_on_export(contract, rich_plan, coordinator):
    """A vertical tab pasted from Word made the download answer 500 (openpyxl refuses control characters)."""
    radon = rich_plan["radon"]
    for key in TEXT_FIELDS:
        setattr(radon, key, f"{key}\x0bsuite\x1f\x01")  # not NUL: PostgreSQL text refuses it
    radon.save()
    row = next(r for r in sheet_rows(export_plan(contract), "Fiches") if r["Numéro"] == "1.1")
    headers = {field.key: field.column.header for field in FICHE_FIELDS}
    assert {key: row[headers[key]] for key in TEXT_FIELDS} == {key: f"{key}suite" for key in TEXT_FIELDS}


def test_multi_line_texts_round_trip_whatever_their_line_breaks(contract, rich_plan, coordinator):
    """Browsers send \\r\\n; a lone \\r, or a text starting with one, came back as a change or with an apostrophe."""
    radon = rich_plan["radon"]
    radon.description = "Prêt de dosimètres.\r\nRestitution publique.\r\n"
    radon.context = "\rCommence par un retour chariot"
    radon.general_objective = "Ligne 1\rLigne 2"
    radon.save()
    content = export_plan(contract)
    row = next(r for r in sheet_rows(content, "Fiches") if r["Numéro"] == "1.1")
    assert row["Contexte (constat issu du diagnostic)"] == "\nCommence par un retour chariot"
    preview = preview_of(contract, content)
    assert preview.ok and not preview.has_changes, [vars(c) for f in preview.updated for c in f.all_changes]
    changed = edit(content, "Fiches", {(2, "Description et étapes"): "Prêt de dosimètres.\r\nRestitution.\r\n"})
    apply_import(preview_of(contract, changed), user=coordinator)
    assert FicheAction.objects.get(number="1.1").description == "Prêt de dosimètres.\nRestitution."


def test_a_fiche_edited_in_the_portal_after_the_preview_stops_the_import(contract, rich_plan, coordinator):
    content = edit(export_plan(contract), "Fiches", {(2, "Intitulé"): "Titre venu du fichier"})
    preview = preview_of(contract, content)
    FicheAction.objects.filter(number="1.1").update(version=5, title="Titre saisi dans le portail")
    with pytest.raises(StaleImportError, match="La fiche 1.1 a été modifiée dans le portail depuis l'aperçu"):
        apply_import(preview, user=coordinator)
    assert FicheAction.objects.get(number="1.1").title == "Titre saisi dans le portail"


def test_a_file_that_is_not_a_workbook_is_refused_with_a_french_message(contract):
    with pytest.raises(WorkbookError, match="Ce fichier n'est pas un classeur Excel"):
        read_plan(b"Axe;Numero\n1;1.1\n", contract)


@pytest.mark.parametrize("rows", [1, 30])
def test_a_workbook_of_another_shape_names_the_sheet_expected_and_those_found(contract, rows):
    workbook = Workbook()
    workbook.active.title = "Contacts"
    workbook.active.append(["Nom", "Prénom"])
    for number in range(rows):
        workbook.active.append([f"Nom {number}", "Léa"])
    workbook.create_sheet("Feuil2")
    with pytest.raises(WorkbookError) as error:
        read_plan(save(workbook), contract)
    assert str(error.value).startswith(
        "Ce classeur n'a pas de feuille « Fiches » (feuilles trouvées : « Contacts », « Feuil2 ») et ne suit pas non "
        "plus le modèle de Territoires en Transitions"
    )


def test_an_amount_given_as_a_formula_without_its_value_names_the_cell(contract, rich_plan):
    """A workbook written by a program (no spreadsheet calculated it): the amount was read as empty, so 0."""
    workbook = load_workbook(io.BytesIO(export_plan(contract)))
    sheet = workbook["Budget"]
    amount = next(cell for cell in sheet[1] if cell.value == "Montant prévu (€)").column_letter
    sheet[f"{amount}2"] = f"=2*{amount}3"
    with pytest.raises(WorkbookError) as error:
        read_plan(save(workbook), contract)
    assert str(error.value) == (
        f"Feuille « Budget » : la cellule {amount}2 contient une formule sans valeur calculée : ouvrez le fichier "
        "dans un tableur et enregistrez-le, puis importez-le à nouveau."
    )


def test_a_hidden_sheet_is_imported_with_a_warning(contract, rich_plan):
    workbook = load_workbook(io.BytesIO(export_plan(contract)))
    workbook["Indicateurs"].sheet_state = "hidden"
    preview = preview_of(contract, save(workbook))
    assert preview.ok and not preview.has_changes
    assert [str(w) for w in preview.warnings] == [
        "Feuille « Indicateurs » : cette feuille est masquée dans le classeur : elle est importée comme les autres."
    ]


def test_a_file_exported_with_a_former_header_is_still_read(contract, rich_plan, coordinator):
    """« Élu·e référent·e » was the header of the column until it was reworded: files already out still import."""
    workbook = load_workbook(io.BytesIO(export_plan(contract)))
    sheet = workbook["Fiches"]
    column = next(cell.column for cell in sheet[1] if cell.value == "Élu référent ou élue référente")
    sheet.cell(1, column, "Élu·e référent·e")
    sheet.cell(2, column, "Maire déléguée de Chemillé")
    preview = preview_of(contract, save(workbook))
    assert preview.ok and not preview.warnings, [str(p) for p in preview.errors + preview.warnings]
    apply_import(preview, user=coordinator)
    assert FicheAction.objects.get(contract=contract, number="1.1").elected_referent == "Maire déléguée de Chemillé"


def test_a_missing_required_column_is_named(contract, rich_plan):
    workbook = Workbook()
    workbook.active.title = "Fiches"
    workbook.active.append(["Axe", "Intitulé"])
    with pytest.raises(WorkbookError, match="colonne obligatoire absente de la première ligne : « Numéro »"):
        read_plan(save(workbook), contract)


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        (  # a fiche of an axe the same file creates
            [("Axes", {(0, "Numéro"): "3", (0, "Intitulé"): "Santé mentale"}),
             ("Fiches", {(0, "Axe"): "3", (0, "Numéro"): "4.1", (0, "Intitulé"): "Former aux premiers secours"})],
            "Feuille « Fiches », ligne 4, colonne « Numéro » : le numéro d'une fiche de l'axe 3 commence par « 3. », "
            "par exemple « 3.1 ».",
        ),
        (  # a sub-axe of a sub-axe, both new
            [("Axes", {(0, "Numéro"): "1.1", (0, "Intitulé"): "Environnement", (0, "Axe parent"): "1"}),
             ("Axes", {(0, "Numéro"): "1.1.1", (0, "Intitulé"): "Radon", (0, "Axe parent"): "1.1"})],
            "Feuille « Axes », ligne 5, colonne « Axe parent » : un sous-axe ne peut pas avoir lui-même de sous-axe.",
        ),
        (
            [("Fiches", {(2, "Intitulé"): "x" * 301})],
            "Feuille « Fiches », ligne 2, colonne « Intitulé » : assurez-vous que cette valeur comporte au plus 300 "
            "caractères (actuellement 301).",
        ),
        (  # a new fiche without its title: the column is absent from the file, it is named all the same
            [("Fiches", {(0, "Axe"): "2", (0, "Numéro"): "2.2"})],
            "Feuille « Fiches », ligne 4, colonne « Intitulé » : cette colonne est obligatoire.",
        ),
        (
            [("Budget", {(2, "Financeur"): "Autre"})],
            "Feuille « Budget », ligne 2, colonne « Précision sur le financeur » : précisez le nom du financeur "
            "« Autre ».",
        ),
        (
            [("Sous-actions", {(0, "Fiche"): "1.1", (0, "Numéro"): "2.1.5", (0, "Intitulé"): "Relancer"})],
            "Feuille « Sous-actions », ligne 4, colonne « Numéro » : le numéro d'une sous-action commence par celui "
            "de sa fiche (« 1.1. »).",
        ),
        (  # a sub-action of a fiche the same file creates
            [("Fiches", {(0, "Axe"): "2", (0, "Numéro"): "2.2", (0, "Intitulé"): "Créer un centre de santé"}),
             ("Sous-actions", {(0, "Fiche"): "2.2", (0, "Numéro"): "2.3.1", (0, "Intitulé"): "Recruter"})],
            "Feuille « Sous-actions », ligne 4, colonne « Numéro » : le numéro d'une sous-action commence par celui "
            "de sa fiche (« 2.2. »).",
        ),
        (
            [("Valeurs d'indicateurs", {(0, "Fiche"): "1.1", (0, "Indicateur"): "Foyers équipés d'un dosimètre",
                                        (0, "Année"): 2025})],
            "Feuille « Valeurs d'indicateurs », ligne 3, colonne « Valeur » : cette colonne est obligatoire.",
        ),
        (  # a new organisation is checked by its own model
            [("Fiches", {(3, "Porteur"): "Association " + "x" * 250})],
            "Feuille « Fiches », ligne 3, colonne « Porteur » : assurez-vous que cette valeur comporte au plus 250 "
            "caractères (actuellement 262).",
        ),
    ],
)  # fmt: skip
def test_the_models_own_rules_check_every_row_written(contract, rich_plan, edits, expected):
    content = export_plan(contract)
    for sheet, changes in edits:
        content = edit(content, sheet, changes)
    errors = [str(error) for error in preview_of(contract, content).errors]
    assert errors == [expected]


def test_an_unchanged_row_is_not_written_so_not_checked_again(contract, rich_plan):
    # A fiche saved before a rule existed (its number does not start with its axe's, nor its sub-actions' with its
    # own) does not block an import that leaves it unchanged.
    FicheAction.objects.filter(number="1.1").update(number="9.9")
    preview = preview_of(contract, export_plan(contract))
    assert preview.ok and not preview.has_changes


def test_a_constraint_on_several_fields_is_reported_at_its_own_field(contract, rich_plan):
    row = RowData("Fiches", 7, {}, {"number": "Numéro"})
    report = Report()
    duplicate = FicheAction(contract=contract, axe=rich_plan["radon"].axe, number="1.1", title="Doublon")
    assert not validate_row(duplicate, row, report)
    assert [str(error) for error in report.errors] == [
        "Feuille « Fiches », ligne 7, colonne « Numéro » : une fiche-action porte déjà ce numéro dans ce contrat."
    ]


def test_a_fiche_imported_as_done_is_at_100_percent_and_the_preview_says_so(contract, rich_plan, coordinator):
    content = edit(export_plan(contract), "Fiches", {(2, "Statut"): "Réalisée", (2, "Avancement (%)"): 40})
    preview = preview_of(contract, content)
    assert preview.ok, [str(e) for e in preview.errors]
    labels = {c.label: (c.old, c.new) for c in preview.updated[0].changes}
    assert labels["Statut"] == ("En cours", "Réalisée") and labels["Avancement (%)"] == ("60", "100")
    apply_import(preview, user=coordinator)
    radon = FicheAction.objects.get(contract=contract, number="1.1")
    assert (radon.status, radon.progress) == (FicheStatus.DONE, 100)


def test_sub_action_statuses_go_out_and_come_back_with_the_labels_of_a_fiche(contract, rich_plan, coordinator):
    exported = export_plan(contract)
    assert [row["Statut"] for row in sheet_rows(exported, "Sous-actions")][:2] == ["Réalisée", "À venir"]
    preview = preview_of(contract, edit(exported, "Sous-actions", {(3, "Statut"): "En pause"}))
    assert preview.ok, [str(e) for e in preview.errors]
    assert [(c.label, c.old, c.new) for c in preview.updated[0].all_changes] == [
        ("Sous-action 1.1.2 : Statut", "À venir", "En pause")
    ]
    apply_import(preview, user=coordinator)
    statuses = dict(SubAction.objects.filter(fiche__contract=contract).values_list("number", "status"))
    assert statuses == {"1.1.1": FicheStatus.DONE, "1.1.2": FicheStatus.PAUSED}


def test_the_former_column_realisee_of_sub_actions_is_still_read(contract, rich_plan, coordinator):
    workbook = load_workbook(io.BytesIO(export_plan(contract)))
    sheet = workbook["Sous-actions"]
    column = next(cell.column for cell in sheet[1] if cell.value == "Statut")
    sheet.cell(row=1, column=column, value="Réalisée")
    sheet.cell(row=2, column=column, value="oui")
    sheet.cell(row=3, column=column, value="non")
    preview = preview_of(contract, save(workbook))
    assert preview.ok and not preview.has_changes, [str(e) for e in preview.errors]
    preview = preview_of(contract, edit(export_plan(contract), "Sous-actions", {(3, "Statut"): "Presque"}))
    assert [str(e) for e in preview.errors] == [
        "Feuille « Sous-actions », ligne 3, colonne « Statut » : « Presque » n'est pas une valeur possible. Valeurs "
        "possibles : « À venir », « En cours », « Réalisée », « En pause », « Bloquée », « Abandonnée »."
    ]
