"""Files made with Territoires en Transitions itself (its template, its exports, plans its users filled), from
`tests.actions.tet_corpus`: each case read as a coordinator expects, or reported at its cell, all or nothing."""

import datetime
import html
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actions.enums import FicheStatus, Funder, Priority
from actions.excel.exporters import XLSX_CONTENT_TYPE
from actions.excel.importers import apply_import, prepare_import, read_plan
from actions.models import Axe, FicheAction, PlanImport, SubAction
from tests.actions import tet_corpus as corpus
from tests.actions.factories import AxeFactory

SHEET = "Feuille « Plan d'action »"


def preview_of(contract, content, **kwargs):
    return prepare_import(contract, read_plan(content, contract, **kwargs))


def imported(contract, coordinator, content, **kwargs):
    preview = preview_of(contract, content, **kwargs)
    assert preview.ok, [str(e) for e in preview.errors]
    apply_import(preview, user=coordinator)
    return preview


def texts(problems):
    return [str(problem) for problem in problems]


def test_the_instruction_and_example_rows_of_tets_template_are_not_read_as_actions(contract, coordinator):
    preview = imported(contract, coordinator, corpus.official_template())
    assert f"{SHEET}, ligne 4 : ligne d'exemple du modèle de Territoires en Transitions : ignorée." in texts(
        preview.warnings
    )
    assert f"{SHEET}, ligne 5 : ligne d'exemple du modèle de Territoires en Transitions : ignorée." in texts(
        preview.warnings
    )
    fiches = dict(FicheAction.objects.filter(contract=contract).values_list("number", "title"))
    assert fiches == {"1.1": corpus.RADON, "2.1": corpus.CENTRE}
    assert sorted(Axe.objects.filter(contract=contract).values_list("title", flat=True)) == [
        "Accès aux soins",
        "Prévention et promotion de la santé",
    ]
    radon = FicheAction.objects.get(contract=contract, number="1.1")
    assert (radon.status, radon.priority) == (FicheStatus.IN_PROGRESS, Priority.HIGH)


def test_instruction_rows_are_recognised_under_headers_found_lower_in_a_hand_made_file(contract):
    # Headers on row 2 here too, but a second row of instructions (row 4) under TeT's own (row 3).
    content = corpus.tet_file(
        [
            {"Axe (x)": "Texte libre", "Titre de l'action": "Texte libre", "Statut": "Liste déroulante"},
            {"Axe (x)": corpus.PREVENTION, "Titre de l'action": corpus.RADON},
            {"Axe (x)": corpus.PREVENTION, "Titre de l'action": "Texte libre"},
        ]
    )
    preview = preview_of(contract, content)
    assert f"{SHEET}, ligne 4 : ligne d'instructions du modèle de Territoires en Transitions : ignorée." in texts(
        preview.warnings
    )
    # Only the rows right under the headers are the template's: further down, a title is the user's.
    assert [f.title for f in preview.fiches] == [corpus.RADON, "Texte libre"]


def test_an_action_whose_title_starts_like_an_instruction_is_read(contract):
    content = corpus.tet_file(
        [
            {"Axe (x)": corpus.ACCESS, "Titre de l'action": "Compléter l'offre de soins de premier recours"},
            {"Titre de l'action": "Choisir un prestataire", "Statut": "En cours"},
        ]
    )
    preview = preview_of(contract, content, default_axe="Divers")
    assert [f.title for f in preview.fiches] == [
        "Compléter l'offre de soins de premier recours",
        "Choisir un prestataire",
    ]
    assert not any("modèle de Territoires en Transitions : ignorée" in w for w in texts(preview.warnings))


def test_axes_merged_down_the_rows_of_their_actions_are_every_rows_axe(contract, coordinator):
    imported(contract, coordinator, corpus.export_with_merged_axes())
    fiches = {f.number: (f.axe.number, f.title) for f in FicheAction.objects.filter(contract=contract)}
    assert fiches == {
        "1.1.1": ("1.1", corpus.RADON),
        "1.1.2": ("1.1", "Informer sur la qualité de l'air intérieur"),
        "1.2": ("1", "Former les aidants"),
        "2.1": ("2", corpus.CENTRE),
        "2.2": ("2", "Accueillir les internes en médecine"),
    }


def test_dates_are_read_when_unambiguous_and_reported_at_their_cell_otherwise(contract):
    preview = preview_of(contract, corpus.dates())
    assert texts(preview.errors) == [
        f"{SHEET}, ligne 7, colonne « Date de début » : « 03/04/21 » est une date ambiguë : 3 avril 2021 ou 4 mars "
        "2021 ? Écrivez-la au format JJ/MM/AAAA, par exemple 04/03/2021.",
        f"{SHEET}, ligne 8, colonne « Date de fin » : « fin 2025 » n'est pas une date : écrivez-la au format "
        "JJ/MM/AAAA, par exemple 01/09/2024.",
        f"{SHEET}, ligne 9, colonne « Date de début » : « 2024 » est une année, pas une date : écrivez la date "
        "complète au format JJ/MM/AAAA.",
    ]
    dates = {f.title: (f.values["start_date"], f.values["end_date"]) for f in preview.fiches}
    assert dates["Date en cellule date"] == (datetime.date(2024, 1, 15), datetime.date(2025, 6, 30))
    assert dates["Date en nombre"] == (datetime.date(2024, 9, 1), datetime.date(2026, 12, 31))
    assert dates["Date en texte, mois en premier"] == (datetime.date(2020, 12, 14), datetime.date(2026, 6, 30))
    assert (
        f"{SHEET}, ligne 6, colonne « Date de début » : « 12/14/20 » est lue comme le 14 décembre 2020 : le mois y "
        "est écrit en premier." in texts(preview.warnings)
    )
    # All or nothing: the readable dates are not imported either.
    with pytest.raises(ValueError):
        apply_import(preview)
    assert not FicheAction.objects.filter(contract=contract).exists()


def test_text_dates_of_a_french_file_are_read_day_first(contract):
    preview = preview_of(contract, corpus.french_dates())
    assert preview.ok, texts(preview.errors)
    assert (preview.fiches[0].values["start_date"], preview.fiches[0].values["end_date"]) == (
        datetime.date(2024, 4, 3),
        datetime.date(2025, 12, 31),
    )


def test_the_total_budget_is_kept_when_the_funders_amounts_do_not_give_it(contract, coordinator):
    preview = imported(contract, coordinator, corpus.budgets())
    budget = {}
    for fiche in FicheAction.objects.filter(contract=contract).prefetch_related("budget_lines"):
        budget[fiche.title] = sorted(
            (line.year, line.funder, line.funder_label, line.planned_amount) for line in fiche.budget_lines.all()
        )
    other = (2024, Funder.OTHER, "Financeur non précisé")
    assert budget == {
        "Total sans financeur": [(*other, Decimal("12000.00"))],
        "Un financeur sans montant": [(2024, Funder.ARS_FIR, "ARS", Decimal("8000.00"))],
        "Deux financeurs sans montant": sorted(
            [
                (2024, Funder.ARS_FIR, "ARS", Decimal("0.00")),
                (2024, Funder.CPAM, "", Decimal("0.00")),
                (*other, Decimal("5000.00")),
            ]
        ),  # fmt: skip
        "Montants partiels": sorted([(2024, Funder.ARS_FIR, "ARS", Decimal("3000.00")), (*other, Decimal("1500.00"))]),
        "Montants complets": sorted(
            [
                (2024, Funder.ARS_FIR, "ARS", Decimal("3000.00")),
                (2024, Funder.COLLECTIVITY, "Mauges Communauté", Decimal("1000.00")),
            ]
        ),  # fmt: skip
    }
    warnings = texts(preview.warnings)
    column = "colonne « Budget prévisionnel total € HT »"
    expected = [
        f"{SHEET}, ligne 5, {column} : « ARS » n'a pas de montant : le budget total (8\u202f000 €) lui est attribué.",
        f"{SHEET}, ligne 6, {column} : les financeurs n'ont pas de montant : le budget total (5\u202f000 €) est une "
        "ligne « Autre — Financeur non précisé », à répartir entre eux dans le portail.",
        f"{SHEET}, ligne 7, {column} : les montants des financeurs ne couvrent pas le budget total (4\u202f500 €) : "
        "les 1\u202f500 € restants sont une ligne « Autre — Financeur non précisé ».",
    ]
    assert [w for w in warnings if column in w] == expected
    assert not any("ligne 8" in w for w in warnings)


def test_a_total_below_the_funders_amounts_keeps_the_amounts_with_a_warning(contract):
    content = corpus.tet_file(
        [{"Axe (x)": corpus.PREVENTION, "Titre de l'action": "Action", "Financeur 1": "CAF", "Montant € HT": 900,
          "Budget prévisionnel total € HT": 500}]
    )  # fmt: skip
    preview = preview_of(contract, content)
    assert preview.ok
    assert [op.values["planned_amount"] for op in preview.fiches[0].children] == [Decimal("900.00")]
    assert any("est inférieur à la somme des montants des financeurs" in w for w in texts(preview.warnings))


def test_sub_actions_keep_their_tet_status(contract, coordinator):
    imported(contract, coordinator, corpus.sub_action_statuses())
    statuses = dict(SubAction.objects.filter(fiche__contract=contract).values_list("title", "status"))
    assert statuses == {
        "Distribuer les dosimètres": FicheStatus.DONE,
        "Relever les mesures": FicheStatus.IN_PROGRESS,
        "Restituer les résultats": FicheStatus.PAUSED,
        "Visiter les logements": FicheStatus.BLOCKED,
        "Publier une carte": FicheStatus.ABANDONED,
        "Préparer la suite": FicheStatus.PLANNED,
    }
    again = preview_of(contract, corpus.sub_action_statuses())
    assert again.ok and not again.has_changes


def test_the_newer_column_etapes_de_l_action_gives_sub_actions(contract, coordinator):
    imported(contract, coordinator, corpus.steps())
    steps = list(SubAction.objects.filter(fiche__contract=contract).values_list("number", "title"))
    assert steps == [
        ("1.1.1", "Distribuer les dosimètres"),
        ("1.1.2", "Relever les mesures"),
        ("1.1.3", "Restituer les résultats"),
    ]


def test_placeholders_left_in_indicateurs_lies_are_skipped_with_a_warning(contract, coordinator):
    preview = imported(contract, coordinator, corpus.placeholder_indicators())
    names = {f.title: [i.name for i in f.indicators.all()] for f in FicheAction.objects.filter(contract=contract)}
    assert names == {corpus.RADON: [], "Former les aidants": ["Nombre d'aidants formés"]}
    skipped = [w for w in texts(preview.warnings) if "et non un indicateur : ignoré" in w]
    assert len(skipped) == 4
    assert skipped[0] == (
        f"{SHEET}, ligne 4, colonne « Indicateurs liés » : « Sélectionner un ou plusieurs indicateurs » est un texte "
        "du modèle de Territoires en Transitions et non un indicateur : ignoré."
    )


def test_an_unknown_status_or_priority_is_reported_once_with_one_list(contract):
    preview = preview_of(contract, corpus.unknown_status_and_priority())
    assert texts(preview.errors) == [
        f"{SHEET}, ligne 4, colonne « Statut » : « Presque fini » n'est pas un statut de Territoires en Transitions. "
        "Statuts possibles : « À venir », « En cours », « Réalisé », « En pause », « Bloqué », « Abandonné », "
        "« En retard », « A discuter », « Non prioritaire ».",
        f"{SHEET}, ligne 4, colonne « Niveau de priorité » : « Urgent » n'est pas un niveau de priorité de "
        "Territoires en Transitions. Niveaux possibles : « Élevé », « Moyen », « Bas ».",
    ]


def test_an_unknown_sub_action_status_is_reported_once(contract):
    content = corpus.tet_file(
        [{"Axe (x)": corpus.PREVENTION, "Titre de la fiche action": corpus.RADON},
         {"Axe (x)": corpus.PREVENTION, "Titre de la fiche action": corpus.RADON, "Titre de la sous-action": "Étape",
          "Statut": "Fini ?"}],
        headers=corpus.OLDER_HEADERS,
    )  # fmt: skip
    errors = texts(preview_of(contract, content).errors)
    assert len(errors) == 1 and errors[0].startswith(f"{SHEET}, ligne 5, colonne « Statut » : « Fini ? » n'est pas")


# A plan without axes --------------------------------------------------------------------------------------------


def test_a_plan_without_axes_asks_for_the_axe_of_its_fiches(contract):
    preview = preview_of(contract, corpus.without_axes())
    assert preview.needs_default_axe and preview.without_axe == [4, 5]
    assert texts(preview.errors) == [
        f"{SHEET}, ligne {row}, colonne « Axe (x) » : l'action n'est rattachée à aucun axe : indiquez son axe dans "
        "cette colonne, ou nommez dans l'aperçu l'axe qui recevra les fiches sans axe."
        for row in (4, 5)
    ]


def test_a_plan_without_axes_goes_into_the_axe_the_user_names(contract, coordinator):
    preview = imported(contract, coordinator, corpus.without_axes(), default_axe="  Actions du  plan ")
    assert not preview.needs_default_axe
    assert (
        f"{SHEET}, colonne « Axe (x) » : 2 lignes sans axe (lignes 4, 5) : leurs fiches sont rangées dans l'axe "
        "« Actions du plan », nommé dans l'aperçu." in texts(preview.warnings)
    )
    axe = Axe.objects.get(contract=contract)
    assert (axe.number, axe.title) == ("1", "Actions du plan")
    assert list(axe.fiches.values_list("number", "title")) == [("1.1", corpus.RADON), ("1.2", corpus.CENTRE)]


def test_the_named_axe_is_an_axe_of_the_plan_when_one_has_that_title(contract, coordinator):
    AxeFactory(contract=contract, number="3", title="Actions du plan")
    imported(contract, coordinator, corpus.without_axes(), default_axe="actions du plan")
    assert list(FicheAction.objects.filter(contract=contract).values_list("number", flat=True)) == ["3.1", "3.2"]
    assert Axe.objects.filter(contract=contract).count() == 1


def upload(client, contract, content):
    return client.post(
        reverse("actions:import", args=[contract.slug]),
        {"file": SimpleUploadedFile("plan-tet.xlsx", content, content_type=XLSX_CONTENT_TYPE)},
    )


def test_the_preview_page_names_the_axe_of_the_fiches_without_one_then_confirms_there(client, contract, coordinator):
    client.force_login(coordinator)
    response = upload(client, contract, corpus.without_axes())
    page = response.content.decode()
    assert response.status_code == 400
    assert "Axe pour les fiches sans axe" in page and "2 lignes sans axe" in page
    assert "Territoires en Transitions accepte des actions qui ne sont rangées dans aucun axe" in page
    upload_pk = PlanImport.objects.get(contract=contract).pk
    url = reverse("actions:import_default_axe", args=[contract.slug, upload_pk])

    response = client.post(url, {"default_axe": "   "})
    assert response.status_code == 400
    assert "Nommez l'axe qui recevra les fiches sans axe." in html.unescape(response.content.decode())

    response = client.post(url, {"default_axe": "Actions du plan"})
    page = response.content.decode()
    assert response.status_code == 200, page
    assert "Enregistrer ces changements" in page and "Nouvel axe 1</strong> « Actions du plan »" in page
    assert PlanImport.objects.get(pk=upload_pk).default_axe == "Actions du plan"
    assert not FicheAction.objects.filter(contract=contract).exists()

    response = client.post(reverse("actions:import_confirm", args=[contract.slug, upload_pk]))
    assert response.status_code == 302
    assert list(FicheAction.objects.filter(contract=contract).values_list("number", "axe__title")) == [
        ("1.1", "Actions du plan"),
        ("1.2", "Actions du plan"),
    ]


def test_only_the_uploader_names_the_axe_of_an_upload(client, contract, coordinator, personas):
    client.force_login(coordinator)
    upload(client, contract, corpus.without_axes())
    upload_pk = PlanImport.objects.get(contract=contract).pk
    client.force_login(personas["ars_animator"])
    url = reverse("actions:import_default_axe", args=[contract.slug, upload_pk])
    assert client.post(url, {"default_axe": "Actions du plan"}).status_code == 404
    assert client.get(url).status_code == 405
