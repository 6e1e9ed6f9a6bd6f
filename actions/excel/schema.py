"""The portal's plan template: sheets, columns (French headers) and the model field each one holds.

The exporter writes these columns, the importer reads them back, docs/excel.md describes them. `kind` says how a cell
is written and read (see `cls_portal.imports.cells`); `readonly` columns are exported for information and ignored by
the import. The « Fiches » sheet is the declaration of the fiche's fields (`actions.fields`).
"""

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind
from actions.fields import FICHE_FIELDS, LONG
from cls_portal.imports.reading import Column, Sheet

FICHES = Sheet(
    "Fiches", tuple(field.column for field in FICHE_FIELDS), "Une ligne par fiche-action, identifiée par son numéro."
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
        Column(
            "Statut",
            "status",
            "choice",
            14,
            choices=FicheStatus,
            help="Les statuts d'une fiche ; « À venir » si vide. La colonne « Réalisée » (oui ou non) des fichiers "
            "exportés avant les statuts est encore lue : « oui » donne « Réalisée », « non » « À venir ».",
            former_headers=("Réalisée",),
        ),
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
