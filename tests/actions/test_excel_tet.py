"""The plan template of Territoires en Transitions: a collectivité already using it brings its plan in one step."""

import datetime
from decimal import Decimal

import pytest

from actions.enums import FicheStatus, Funder, Priority
from actions.excel.importers import apply_import, prepare_import, read_plan
from actions.models import Axe, BudgetLine, FicheAction, SubAction
from cls_portal.imports.reading import WorkbookError
from tests.actions.excel_files import tet_workbook
from tests.actions.factories import AxeFactory, FicheFactory

RADON = "Animer une campagne de mesure du radon dans l'habitat"
ROWS = [
    {
        "Axe (x)": "Axe 1. Prévention, promotion de la santé et environnement",
        "Sous-axe (x.x)": "1.1 Santé environnementale",
        "Titre de l'action": RADON,
        "Descriptif": "Prêt de dosimètres aux habitants volontaires des six communes, restitution publique.",
        "Instances de gouvernance": "Comité de suivi du CLS",
        "Objectifs": "Réduire l'exposition au radon",
        "Indicateurs liés": "Nombre de foyers équipés\nNombre de participants aux réunions publiques",
        "Structure pilote": "Mauges Communauté",
        "Partenaires": "CPIE Loire Anjou; ARS Pays de la Loire",
        "Direction ou service pilote": "Service santé",
        "Personne pilote": "Léa Martin",
        "Élu·e référent·e": "Vice-président santé",
        "Financements": "Appel à projets santé-environnement",
        "Financeur 1": "ARS Pays de la Loire",
        "Montant € HT": 4000,
        "Financeur 2": "Mauges Communauté",
        "Montant € HT 2": "1 500,50",
        "Statut": "En cours",
        "Niveau de priorité": "Élevé",
        "Date de début": datetime.datetime(2024, 1, 15),
        "Date de fin": "31/12/2025",
    },
    {
        "Axe (x)": "Axe 1. Prévention, promotion de la santé et environnement",
        "Sous-axe (x.x)": "1.1 Santé environnementale",
        "Titre de l'action": RADON,
        "Titre de la sous-action": "Distribuer les dosimètres",
        "Statut": "Réalisé",
        "Personne pilote": "CPIE Loire Anjou",
        "Date de début": "15/01/2024",
        "Date de fin": "31/03/2024",
    },
    {
        "Axe (x)": "Axe 2. Accès aux soins",
        "Titre de l'action": "Soutenir le centre de santé de Beaupréau-en-Mauges",
        "Statut": "En retard",
        "Niveau de priorité": "Moyen",
        "Budget prévisionnel total € HT": 12000,
        "Date de début": "01/09/2024",
    },
]


@pytest.fixture
def tet_file():
    return tet_workbook(ROWS)


def test_tet_plan_is_read_into_axes_fiches_sub_actions_budget_and_indicators(contract, coordinator, tet_file):
    preview = prepare_import(contract, read_plan(tet_file, contract))
    assert preview.ok, [str(e) for e in preview.errors]
    apply_import(preview, user=coordinator)

    axes = {a.number: (a.title, a.parent.number if a.parent else None) for a in Axe.objects.filter(contract=contract)}
    assert axes == {
        "1": ("Prévention, promotion de la santé et environnement", None),
        "1.1": ("Santé environnementale", "1"),
        "2": ("Accès aux soins", None),
    }
    radon = FicheAction.objects.get(contract=contract, number="1.1.1")
    assert radon.title == RADON and radon.axe.number == "1.1"
    assert radon.status == FicheStatus.IN_PROGRESS and radon.priority == Priority.HIGH
    assert (radon.start_date, radon.end_date) == (datetime.date(2024, 1, 15), datetime.date(2025, 12, 31))
    assert radon.porteur.name == "Mauges Communauté"
    assert sorted(p.name for p in radon.partners.all()) == ["ARS Pays de la Loire", "CPIE Loire Anjou"]
    assert radon.pilote_name == "Léa Martin (Service santé)"
    assert radon.governance_instance == "Comité de suivi du CLS"
    assert radon.general_objective == "Réduire l'exposition au radon"
    assert radon.human_means == "Financements : Appel à projets santé-environnement"
    assert [i.name for i in radon.indicators.all()] == [
        "Nombre de foyers équipés",
        "Nombre de participants aux réunions publiques",
    ]
    budget = {(b.year, b.funder, b.funder_label): b.planned_amount for b in BudgetLine.objects.filter(fiche=radon)}
    assert budget == {
        (2024, Funder.ARS_FIR, "ARS Pays de la Loire"): Decimal("4000.00"),
        (2024, Funder.COLLECTIVITY, "Mauges Communauté"): Decimal("1500.50"),
    }
    step = SubAction.objects.get(fiche=radon)
    assert (step.number, step.title, step.status, step.pilote) == ("1.1.1.1", "Distribuer les dosimètres",
                                                                   FicheStatus.DONE, "CPIE Loire Anjou")  # fmt: skip
    centre = FicheAction.objects.get(contract=contract, number="2.1")
    assert centre.status == FicheStatus.IN_PROGRESS  # « En retard » is computed by the portal
    assert centre.budget_lines.get().funder_label == "Financeur non précisé"


def test_tet_warnings_say_what_was_read_differently(contract, tet_file):
    preview = prepare_import(contract, read_plan(tet_file, contract))
    warnings = [str(w) for w in preview.warnings]
    assert any(
        "ligne 6" in w and "« En retard » lu comme « En cours »" in w and "calculé par le portail" in w
        for w in warnings
    ), warnings


def test_importing_the_same_tet_file_twice_changes_nothing(contract, coordinator, tet_file):
    apply_import(prepare_import(contract, read_plan(tet_file, contract)), user=coordinator)
    again = prepare_import(contract, read_plan(tet_file, contract))
    assert again.ok and not again.has_changes, again.summary()
    assert len(again.unchanged) == 2


def test_tet_actions_join_axes_already_in_the_portal_by_title(contract, coordinator, tet_file):
    AxeFactory(contract=contract, number="3", title="Accès aux soins")
    FicheFactory(axe=Axe.objects.get(contract=contract, number="3"), number="3.1", title="Autre action")
    preview = prepare_import(contract, read_plan(tet_file, contract))
    apply_import(preview, user=coordinator)
    centre = FicheAction.objects.get(contract=contract, title="Soutenir le centre de santé de Beaupréau-en-Mauges")
    assert centre.number == "3.2"
    # The number written in the file is kept when it is free.
    assert Axe.objects.get(contract=contract, number="1").title == "Prévention, promotion de la santé et environnement"


def test_tet_axe_number_already_taken_gets_the_next_free_one(contract, coordinator, tet_file):
    AxeFactory(contract=contract, number="1", title="Gouvernance du CLS")
    apply_import(prepare_import(contract, read_plan(tet_file, contract)), user=coordinator)
    numbers = dict(Axe.objects.filter(contract=contract).values_list("title", "number"))
    assert numbers["Prévention, promotion de la santé et environnement"] == "3"
    assert numbers["Santé environnementale"] == "3.1"
    assert numbers["Accès aux soins"] == "2"


def test_unknown_tet_status_is_reported_at_its_cell(contract):
    rows = [{"Axe (x)": "Axe 1", "Titre de l'action": "Action", "Statut": "Presque fini"}]
    preview = prepare_import(contract, read_plan(tet_workbook(rows), contract))
    assert not preview.ok
    assert [str(e) for e in preview.errors][0].startswith(
        "Feuille « Plan d'action », ligne 4, colonne « Statut » : « Presque fini » n'est pas un statut"
    )


def test_action_without_axe_is_an_error(contract):
    preview = prepare_import(contract, read_plan(tet_workbook([{"Titre de l'action": "Orpheline"}]), contract))
    assert [str(e) for e in preview.errors] == [
        "Feuille « Plan d'action », ligne 4, colonne « Axe (x) » : l'action n'est rattachée à aucun axe : indiquez "
        "son axe dans cette colonne, ou nommez dans l'aperçu l'axe qui recevra les fiches sans axe."
    ]


def test_tet_file_without_title_column_is_refused(contract):
    headers = ["Axe (x)", "Descriptif"]
    with pytest.raises(WorkbookError, match="colonne « Titre de l'action » absente de la ligne 2"):
        read_plan(tet_workbook([], headers=headers), contract)


def test_sub_sub_axis_is_kept_in_the_description(contract, coordinator):
    rows = [{"Axe (x)": "Parcours", "Sous-axe (x.x)": "Personnes âgées", "Sous-sous axe (x.x.x)": "Aidants",
             "Titre de l'action": "Former les aidants", "Descriptif": "Ateliers."}]  # fmt: skip
    preview = prepare_import(contract, read_plan(tet_workbook(rows), contract))
    assert any("un niveau de sous-axes" in str(w) for w in preview.warnings)
    apply_import(preview, user=coordinator)
    fiche = FicheAction.objects.get(contract=contract)
    assert (fiche.number, fiche.description) == ("1.1.1", "Ateliers.\n\nSous-sous-axe : Aidants")
