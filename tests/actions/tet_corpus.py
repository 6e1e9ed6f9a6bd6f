"""Workbooks shaped like the files Territoires en Transitions (TeT) users bring: its official import template (a
title, the headers on row 2, a row of instructions and example rows under them), its exports (axes merged down the
rows of their actions, every cell « General », dates as serials or as text written month first) and plans its users
filled by hand (placeholders left in, no axes). Each builder returns the .xlsx bytes, written with openpyxl the way
TeT and Excel lay them out; tests/actions/test_tet_corpus.py reads them.
"""

import datetime

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from tests.actions.excel_files import save

SHEET_TITLE = "Plan d'action"
# The headers of TeT's newest template, in its order (actions/excel/tet.py reads the ones the portal has a field for).
NEWEST_HEADERS = [
    "Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de l'action", "Descriptif",
    "Instances de gouvernance", "Objectifs", "Indicateurs liés", "Structure pilote", "Moyens humains et techniques",
    "Partenaires", "Direction ou service pilote", "Personne pilote", "Élu·e référent·e", "Participation Citoyenne",
    "Financements", "Financeur 1", "Montant € HT", "Financeur 2", "Montant € HT", "Financeur 3", "Montant € HT",
    "Budget prévisionnel total € HT", "Statut", "Niveau de priorité", "Date de début", "Date de fin",
    "Action en amélioration continue", "Calendrier", "Mesures liées", "Actions des plans liées", "Notes",
    "Etapes de l'action", "Documents et liens",
]  # fmt: skip
# An older export: the fiche's title, sub-actions, the steps « de la fiche action ».
OLDER_HEADERS = [
    "Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de la fiche action", "Titre de la sous-action",
    "Descriptif", "Indicateurs liés", "Structure pilote", "Personne pilote", "Financeur 1", "Montant € HT",
    "Financeur 2", "Montant € HT", "Budget prévisionnel total € HT", "Statut", "Niveau de priorité", "Date de début",
    "Date de fin", "Etapes de la fiche action",
]  # fmt: skip

# Row 3 of TeT's template: what each column expects.
INSTRUCTIONS = {
    "Axe (x)": "Texte libre",
    "Sous-axe (x.x)": "Texte libre",
    "Sous-sous axe (x.x.x)": "Texte libre",
    "Titre de l'action": "Texte libre (obligatoire)",
    "Titre de la fiche action": "Texte libre (obligatoire)",
    "Indicateurs liés": "Sélectionner un ou plusieurs indicateurs",
    "Structure pilote": "Plusieurs choix possibles, séparés par des virgules",
    "Partenaires": "Plusieurs choix possibles, séparés par des virgules",
    "Statut": "Liste déroulante",
    "Niveau de priorité": "Liste déroulante",
    "Date de début": "Format JJ/MM/AAAA",
    "Date de fin": "Format JJ/MM/AAAA",
    "Montant € HT": "Nombre",
    "Budget prévisionnel total € HT": "Nombre",
}
# The template's example rows, right under the instructions.
EXAMPLES = [
    {
        "Axe (x)": "Exemple : Axe 1 - Mobilité",
        "Sous-axe (x.x)": "Exemple : 1.1 Développer le vélo",
        "Titre de l'action": "Exemple : Créer des pistes cyclables",
        "Titre de la fiche action": "Exemple : Créer des pistes cyclables",
        "Statut": "En cours",
        "Date de début": "01/01/2024",
    },
    {
        "Axe (x)": "Exemple : Axe 1 - Mobilité",
        "Titre de l'action": "Ex : Installer des arceaux vélos",
        "Titre de la fiche action": "Ex : Installer des arceaux vélos",
        "Indicateurs liés": "Ex : Nombre d'arceaux installés",
    },
]


def keys_of(headers):
    """The dict key of each column: the header, « Montant € HT 2 » and « Montant € HT 3 » for the repeated ones."""
    keys, seen = [], {}
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        keys.append(header if seen[header] == 1 else f"{header} {seen[header]}")
    return keys


def serial(day: datetime.date) -> int:
    """A date as a « General » cell holds it once Excel has lost its date format: its serial (45292 is 01/01/2024)."""
    return int(to_excel(datetime.datetime(day.year, day.month, day.day)))


def tet_file(rows, *, headers=NEWEST_HEADERS, instructions=True, examples=False, merge_down=()) -> bytes:
    """A TeT workbook: the title merged over row 1, `headers` on row 2, the instructions on row 3 (TeT's template
    always has that row; `instructions=False` leaves it empty), the example rows if asked, then `rows` (dicts by
    key, `keys_of`). Every cell keeps the « General » format; values are written as given (a `datetime.date` as a
    date cell, an int as a number). The columns of `merge_down` are merged over each run of equal values, as TeT's
    exports merge an axe over the rows of its actions: the value stays in the first cell only, as in a real file."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.append(["Plan d'action — Territoires en Transitions"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    sheet.append([INSTRUCTIONS.get(header) if instructions else None for header in headers])
    keys = keys_of(headers)
    data = (EXAMPLES if examples else []) + list(rows)
    first = sheet.max_row + 1
    for row in data:
        sheet.append([row.get(key) for key in keys])
    for header in merge_down:
        column = headers.index(header) + 1
        _merge_runs(sheet, column, first, first + len(data) - 1)
    for column in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 24
    return save(workbook)


def _merge_runs(sheet, column, first, last):
    start = first
    for number in range(first + 1, last + 2):
        value = sheet.cell(row=number, column=column).value if number <= last else object()
        if value != sheet.cell(row=start, column=column).value:
            if number - 1 > start:
                sheet.merge_cells(start_row=start, start_column=column, end_row=number - 1, end_column=column)
            start = number


# The corpus: one file per case real TeT files bring ----------------------------------------------------------------

PREVENTION = "Axe 1 - Prévention et promotion de la santé"
ACCESS = "Axe 2 - Accès aux soins"
RADON = "Mesurer le radon dans les logements"
CENTRE = "Soutenir le centre de santé intercommunal"


def official_template() -> bytes:
    """TeT's import template filled in: instructions on row 3, two example rows (rows 4 and 5), then the plan."""
    return tet_file(
        [
            {"Axe (x)": PREVENTION, "Titre de l'action": RADON, "Statut": "En cours", "Niveau de priorité": "Élevé"},
            {"Axe (x)": ACCESS, "Titre de l'action": CENTRE, "Statut": "À venir"},
        ],
        examples=True,
    )


def export_with_merged_axes() -> bytes:
    """A TeT export: each axe merged down the rows of its actions, a sub-axe merged over two actions."""
    return tet_file(
        [
            {"Axe (x)": PREVENTION, "Sous-axe (x.x)": "1.1 Santé environnementale", "Titre de l'action": RADON},
            {
                "Axe (x)": PREVENTION,
                "Sous-axe (x.x)": "1.1 Santé environnementale",
                "Titre de l'action": "Informer sur la qualité de l'air intérieur",
            },
            {"Axe (x)": PREVENTION, "Titre de l'action": "Former les aidants"},
            {"Axe (x)": ACCESS, "Titre de l'action": CENTRE},
            {"Axe (x)": ACCESS, "Titre de l'action": "Accueillir les internes en médecine"},
        ],
        merge_down=["Axe (x)", "Sous-axe (x.x)"],
    )


def dates() -> bytes:
    """Dates as TeT files hold them: date cells, serials in « General » cells, text day first, text month first
    (« 12/14/20 »), then an ambiguous text and a text that is no date."""
    return tet_file(
        [
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Date en cellule date",
                "Date de début": datetime.date(2024, 1, 15),
                "Date de fin": datetime.date(2025, 6, 30),
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Date en nombre",
                "Date de début": serial(datetime.date(2024, 9, 1)),
                "Date de fin": serial(datetime.date(2026, 12, 31)),
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Date en texte, mois en premier",
                "Date de début": "12/14/20",
                "Date de fin": "6/30/2026",
            },
            {"Axe (x)": PREVENTION, "Titre de l'action": "Date ambiguë", "Date de début": "03/04/21"},
            {"Axe (x)": PREVENTION, "Titre de l'action": "Pas une date", "Date de fin": "fin 2025"},
            {"Axe (x)": PREVENTION, "Titre de l'action": "Une année", "Date de début": 2024},
        ]
    )


def french_dates() -> bytes:
    """Text dates day first only (a French spreadsheet): « 03/04/2024 » is 3 April."""
    return tet_file(
        [
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Action A",
                "Date de début": "03/04/2024",
                "Date de fin": "31/12/2025",
            },
        ]
    )


def budgets() -> bytes:
    """« Budget prévisionnel total » with the funders' amounts absent, partial, or matching."""
    return tet_file(
        [
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Total sans financeur",
                "Budget prévisionnel total € HT": 12000,
                "Date de début": "01/09/2024",
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Un financeur sans montant",
                "Financeur 1": "ARS",
                "Budget prévisionnel total € HT": 8000,
                "Date de début": "01/09/2024",
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Deux financeurs sans montant",
                "Financeur 1": "ARS",
                "Financeur 2": "CPAM",
                "Budget prévisionnel total € HT": "5 000",
                "Date de début": "01/09/2024",
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Montants partiels",
                "Financeur 1": "ARS",
                "Montant € HT": 3000,
                "Budget prévisionnel total € HT": 4500,
                "Date de début": "01/09/2024",
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Montants complets",
                "Financeur 1": "ARS",
                "Montant € HT": 3000,
                "Financeur 2": "Mauges Communauté",
                "Montant € HT 2": 1000,
                "Budget prévisionnel total € HT": 4000,
                "Date de début": "01/09/2024",
            },
        ]
    )


def sub_action_statuses() -> bytes:
    """An older export with sub-actions in every status."""
    rows = [{"Axe (x)": PREVENTION, "Titre de la fiche action": RADON, "Statut": "En cours"}]
    for title, status in (
        ("Distribuer les dosimètres", "Réalisé"),
        ("Relever les mesures", "En cours"),
        ("Restituer les résultats", "En pause"),
        ("Visiter les logements", "Bloqué"),
        ("Publier une carte", "Abandonné"),
        ("Préparer la suite", "À venir"),
    ):
        rows.append({"Axe (x)": PREVENTION, "Titre de la fiche action": RADON, "Titre de la sous-action": title,
                     "Statut": status})  # fmt: skip
    return tet_file(rows, headers=OLDER_HEADERS)


def steps() -> bytes:
    """The newer column « Etapes de l'action », one step per line."""
    return tet_file(
        [
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": RADON,
                "Etapes de l'action": "Distribuer les dosimètres\nRelever les mesures\nRestituer les résultats",
            },
        ]
    )


def placeholder_indicators() -> bytes:
    """« Indicateurs liés » with what users leave in it: the template's instruction, examples, placeholders."""
    return tet_file(
        [
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": RADON,
                "Indicateurs liés": "Sélectionner un ou plusieurs indicateurs",
            },
            {
                "Axe (x)": PREVENTION,
                "Titre de l'action": "Former les aidants",
                "Indicateurs liés": "- Nombre d'aidants formés\nEx : taux de satisfaction\nÀ compléter\nxxx",
            },
        ],
        instructions=False,
    )


def without_axes() -> bytes:
    """A plan its user made without axes (TeT accepts it)."""
    return tet_file(
        [
            {"Titre de l'action": RADON, "Statut": "En cours"},
            {"Titre de l'action": CENTRE, "Budget prévisionnel total € HT": 2000},
        ]
    )


def unknown_status_and_priority() -> bytes:
    return tet_file(
        [{"Axe (x)": PREVENTION, "Titre de l'action": RADON, "Statut": "Presque fini", "Niveau de priorité": "Urgent"}]
    )
