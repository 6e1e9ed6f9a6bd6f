"""The portal's plan template: sheets, columns (French headers) and the model field each one holds.

The exporter writes these columns, the importer reads them back, docs/excel.md describes them. `kind` says how a cell
is written and read (see `cells`); `readonly` columns are exported for information and ignored by the import.
"""

from dataclasses import dataclass

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind, Modality, Priority, Public
from contracts.enums import OrganisationKind


@dataclass(frozen=True)
class Column:
    header: str
    key: str  # model field name, or a pseudo-field for what is not a plain field
    kind: str = "text"  # text, code, bool, date, choice, int, decimal, list
    width: int = 30
    choices: type | None = None
    required: bool = False
    readonly: bool = False
    help: str = ""


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    help: str

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


LONG = 60

FICHES = Sheet(
    "Fiches",
    (
        Column("Axe", "axe", "code", 8, required=True, help="Numéro de l'axe ou du sous-axe (feuille « Axes »)."),
        Column(
            "Numéro",
            "number",
            "code",
            10,
            required=True,
            help="« 1.2 » ou « 1.2.1 » : commence par le numéro de l'axe.",
        ),
        Column("Intitulé", "title", width=50, required=True),
        Column("Contexte (constat issu du diagnostic)", "context", width=LONG),
        Column("Objectif général", "general_objective", width=LONG),
        Column("Objectifs opérationnels", "operational_objectives", width=LONG),
        Column("Description et étapes", "description", width=LONG),
        Column("Résultats attendus", "expected_results", width=LONG),
        Column(
            "Publics cibles",
            "target_publics",
            "list",
            40,
            choices=Public,
            help="Libellés séparés par « ; ».",
        ),
        Column("Tout le périmètre du contrat", "whole_territory", "bool", 14, help="« oui » ou « non »."),
        Column(
            "Communes (codes INSEE)",
            "communes",
            "list",
            30,
            help="Codes INSEE séparés par « ; », par exemple « 49092; 49244 ».",
        ),
        Column("Quartiers prioritaires", "priority_neighbourhoods", width=40),
        Column("Porteur", "porteur", width=40, help="Nom de l'organisation ; créée si elle n'existe pas encore."),
        Column("Type du porteur", "porteur_kind", "choice", 24, choices=OrganisationKind, help="Facultatif."),
        Column(
            "Pilote (e-mail du compte)",
            "pilote",
            width=32,
            help="Adresse e-mail d'un compte du portail membre du contrat ou animateur ARS du département.",
        ),
        Column("Pilote (nom et structure)", "pilote_name", width=32, help="Pour une personne sans compte."),
        Column("Élu·e référent·e", "elected_referent", width=30),
        Column(
            "Partenaires", "partners", "list", 50, help="Noms des organisations séparés par « ; » ; créées si besoin."
        ),
        Column("Date de début", "start_date", "date", 14, help="Date au format JJ/MM/AAAA."),
        Column("Date de fin", "end_date", "date", 14, help="Date au format JJ/MM/AAAA, pas avant le début."),
        Column("Priorité", "priority", "choice", 12, choices=Priority),
        Column("Modalité d'intervention du CLS", "modality", "choice", 16, choices=Modality),
        Column("Moyens humains et techniques", "human_means", width=LONG),
        Column("Participation citoyenne", "citizen_participation", width=40),
        Column("Instance de gouvernance", "governance_instance", width=30),
        Column(
            "Objectifs du PRS",
            "prs_elements",
            "list",
            30,
            help="Codes « PRS:numéro » séparés par « ; », par exemple « PDL-2023-2028:1.2.1 ».",
        ),
        Column("Thématique ARS", "ars_theme", "text", 20, help="Code de la thématique (liste ci-dessous)."),
        Column("Priorités du PRS", "prs_priorities", "list", 30, help="Codes séparés par « ; » (liste ci-dessous)."),
        Column("Liens avec d'autres plans et dispositifs", "other_plans", width=40),
        Column("Statut", "status", "choice", 14, choices=FicheStatus, help="« À venir » si vide."),
        Column("Avancement (%)", "progress", "int", 12, help="Nombre entier de 0 à 100 ; 0 si vide."),
        Column("Contenu de démonstration", "is_demo_content", "bool", 14, help="« oui » ou « non »."),
        Column("Avenant", "avenant", "int", 10, help="Numéro de l'avenant qui a ajouté la fiche."),
        Column("Contrat", "contract", width=20, readonly=True, help="Identifiant court du contrat (information)."),
        Column(
            "Version", "version", "int", 10, readonly=True, help="Version de la fiche lors de l'export (information)."
        ),
        Column("Créée le", "created_at", "date", 14, readonly=True, help="Information."),
        Column("Modifiée le", "updated_at", "date", 14, readonly=True, help="Information."),
    ),
    "Une ligne par fiche-action, identifiée par son numéro.",
)

AXES = Sheet(
    "Axes",
    (
        Column("Numéro", "number", "code", 10, required=True, help="« 1 », ou « 1.2 » pour un sous-axe."),
        Column("Intitulé", "title", width=60, required=True),
        Column("Axe parent", "parent", "code", 12, help="Pour un sous-axe : le numéro de son axe."),
        Column("Description", "description", width=LONG),
        Column("Ordre", "position", "int", 8, help="Ordre d'affichage ; 0 si vide."),
        Column("Avenant", "avenant", "int", 10, help="Numéro de l'avenant qui a ajouté l'axe."),
    ),
    "Une ligne par axe stratégique ou sous-axe, identifié par son numéro.",
)

SUB_ACTIONS = Sheet(
    "Sous-actions",
    (
        Column("Fiche", "fiche", "code", 10, required=True, help="Numéro de la fiche."),
        Column("Numéro", "number", "code", 12, required=True, help="Commence par le numéro de la fiche : « 1.2.1 »."),
        Column("Intitulé", "title", width=50, required=True),
        Column("Description", "description", width=LONG),
        Column("Réalisée", "done", "bool", 10, help="« oui » ou « non »."),
        Column("Date de début", "start_date", "date", 14),
        Column("Date de fin", "end_date", "date", 14),
        Column("Pilote", "pilote", width=30),
        Column("Ordre", "position", "int", 8),
    ),
    "Une ligne par sous-action, identifiée par la fiche et son numéro.",
)

BUDGET = Sheet(
    "Budget",
    (
        Column("Fiche", "fiche", "code", 10, required=True),
        Column("Année", "year", "int", 8, required=True, help="Entre 2000 et 2100."),
        Column("Financeur", "funder", "choice", 22, choices=Funder, required=True),
        Column(
            "Précision sur le financeur",
            "funder_label",
            width=36,
            help="Obligatoire pour « Autre » ; par exemple le nom de la collectivité.",
        ),
        Column("Nature", "kind", "choice", 16, choices=BudgetKind),
        Column("Montant prévu (€)", "planned_amount", "decimal", 16, help="Positif ou nul ; 0 si vide."),
        Column(
            "Montant réalisé (€)", "actual_amount", "decimal", 16, help="Positif ou nul ; vide si pas encore connu."
        ),
    ),
    "Une ligne par financeur et par année, identifiée par la fiche, l'année, le financeur et sa précision.",
)

INDICATORS = Sheet(
    "Indicateurs",
    (
        Column("Fiche", "fiche", "code", 10, required=True),
        Column(
            "Indicateur", "name", width=50, required=True, help="Unique dans la fiche : il identifie l'indicateur."
        ),
        Column("Type", "kind", "choice", 14, choices=IndicatorKind, help="« Processus » si vide."),
        Column("Unité", "unit", width=14),
        Column("Valeur de départ", "baseline", width=16),
        Column("Cible", "target", width=16),
        Column("Source", "source", width=30),
        Column("Ordre", "position", "int", 8),
    ),
    "Une ligne par indicateur, identifié par la fiche et son intitulé.",
)

INDICATOR_VALUES = Sheet(
    "Valeurs d'indicateurs",
    (
        Column("Fiche", "fiche", "code", 10, required=True),
        Column("Indicateur", "indicator", width=50, required=True, help="Intitulé de l'indicateur de la fiche."),
        Column("Année", "year", "int", 8, required=True),
        Column("Valeur", "value", "decimal", 12, required=True),
        Column("Commentaire", "comment", width=LONG),
    ),
    "Une ligne par indicateur et par année.",
)

DATA_SHEETS = (FICHES, AXES, SUB_ACTIONS, BUDGET, INDICATORS, INDICATOR_VALUES)
README_TITLE = "Lisez-moi"
