"""The plan template of Territoires en Transitions (TeT), read into the rows of the portal's template.

TeT is the State's action-plan tool for collectivités. Its export and import template is one sheet: headers on row 2
(« Axe (x) » in A2), a row of instructions on row 3, then one row per action, or per sub-action when « Titre de la
sous-action » is filled. Axes are written as titles (« Axe 1. Prévention... »), not numbers, so this module gives
them numbers: the number written at the start of the title when there is one and it is free, else the next free one.
Axes, fiches and sub-actions already in the portal are recognised by their title, so that importing the same TeT
file twice changes nothing. Readings chosen where the two tools differ are listed in docs/excel.md.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from actions.enums import FicheStatus, Funder, Priority
from actions.excel.reading import PlanRows
from actions.excel.schema import AXES, BUDGET, FICHES, INDICATORS, SUB_ACTIONS
from actions.models import Axe, FicheAction
from actions.numbering import next_child_number
from cls_portal.imports import cells
from cls_portal.imports.reading import (
    RowData,
    SheetRows,
    WorkbookError,
    fill_merged,
    is_empty,
    sheet_values,
    warn_if_hidden,
)
from cls_portal.imports.report import Location
from cls_portal.text import fold

SOURCE = "tet"
HEADER_SCAN_ROWS = 10
AXE_HEADER = "Axe (x)"

# TeT header -> what it holds. Several TeT versions: « Titre de la fiche action » became « Titre de l'action », the
# amounts are « € HT » or « € TTC », the pilot service changed name.
COLUMNS = {
    "Axe (x)": "axe",
    "Sous-axe (x.x)": "sub_axe",
    "Sous-sous axe (x.x.x)": "sub_sub_axe",
    "Titre de l'action": "title",
    "Titre de la fiche action": "title",
    "Titre de la sous-action": "sub_action",
    "Descriptif": "description",
    "Instances de gouvernance": "governance_instance",
    "Objectifs": "general_objective",
    "Résultats attendus": "expected_results",
    "Indicateurs liés": "indicators",
    "Structure pilote": "porteur",
    "Moyens humains et techniques": "human_means",
    "Partenaires": "partners",
    "Direction ou service pilote": "pilote_service",
    "Service-département-pôle pilote": "pilote_service",
    "Personne pilote": "pilote_person",
    "Élu·e référent·e": "elected_referent",
    "Participation Citoyenne": "citizen_participation",
    "Financements": "financing",
    "Financeur 1": "funder_1",
    "Financeur 2": "funder_2",
    "Financeur 3": "funder_3",
    "Budget prévisionnel total € HT": "budget_total",
    "Budget prévisionnel total € TTC": "budget_total",
    "Statut": "status",
    "Niveau de priorité": "priority",
    "Date de début": "start_date",
    "Date de fin": "end_date",
    "Etapes de la fiche action": "steps",
    "Etapes de l'action": "steps",
}
AMOUNT_HEADERS = {fold("Montant € HT"), fold("Montant € TTC")}  # the amount of the « Financeur n » on its left
REQUIRED = ("axe", "title")
UNSPECIFIED_FUNDER = "Financeur non précisé"

# The statuses and priorities TeT writes, as the messages list them.
TET_STATUSES = ("À venir", "En cours", "Réalisé", "En pause", "Bloqué", "Abandonné", "En retard", "A discuter",
                "Non prioritaire")  # fmt: skip
TET_PRIORITIES = ("Élevé", "Moyen", "Bas")
STATUSES = {
    "a venir": FicheStatus.PLANNED,
    "en cours": FicheStatus.IN_PROGRESS,
    "realise": FicheStatus.DONE,
    "realisee": FicheStatus.DONE,
    "en pause": FicheStatus.PAUSED,
    "abandonne": FicheStatus.ABANDONED,
    "abandonnee": FicheStatus.ABANDONED,
    "bloque": FicheStatus.BLOCKED,
    "bloquee": FicheStatus.BLOCKED,
    # Computed by the portal from the end date, or not a status of a fiche: read as the nearest status, with a warning.
    "en retard": FicheStatus.IN_PROGRESS,
    "a discuter": FicheStatus.PLANNED,
    "non prioritaire": FicheStatus.PLANNED,
}
PRIORITIES = {"eleve": Priority.HIGH, "elevee": Priority.HIGH, "moyen": Priority.MEDIUM, "moyenne": Priority.MEDIUM}
PRIORITIES |= {"bas": Priority.LOW, "basse": Priority.LOW, "faible": Priority.LOW}

# Funders named in words -> the portal's funders; the name is kept as the precision. First match wins.
FUNDER_WORDS = (
    (Funder.ARS_FIR, ("ars", "fir", "agence regionale de sante")),
    (Funder.CPAM, ("cpam", "assurance maladie")),
    (Funder.CAF, ("caf", "allocations familiales")),
    (Funder.DEPARTEMENT, ("departement", "departemental", "departementale")),
    (
        Funder.COLLECTIVITY,
        ("commune", "communaute", "agglomeration", "metropole", "ville", "mairie", "collectivite", "epci", "cc"),
    ),
)

AXE_PREFIX = re.compile(r"^\s*(?:axe\s*)?(\d{1,2})(?:\s*[.):\-–—]\s*|\s+|$)(.*)$", re.IGNORECASE | re.DOTALL)
SUB_AXE_PREFIX = re.compile(
    r"^\s*(?:sous-axe\s*|objectif(?:\s+strat[ée]gique)?\s*)?(\d{1,2}(?:\.\d{1,2})?)(?:\s*[.):\-–—]\s*|\s+|$)(.*)$",
    re.IGNORECASE | re.DOTALL,
)
LIST_SPLIT = re.compile(r"\s*(?:;|\n|\r)\s*")

# What TeT's template and its users leave in a cell instead of a value: the instructions of the template (row 3 and
# below), its examples, and placeholders. Matched on the folded text (no case, no accents): instructions by how they
# start, placeholders whole.
INSTRUCTION = re.compile(
    r"^(?:texte\s+libre|liste\s+deroulante|champ\s+(?:libre|obligatoire|facultatif)|(?:obligatoire|facultatif|"
    r"optionnel)\b|format\b|jj/mm/aa|date\s+au\s+format|nombre(?:\s+entier|\s+decimal)?\s*$|montant\s*(?:en\s+)?"
    r"(?:€|euros?)?\s*(?:ht|ttc)?\s*$|(?:un|une)\s+ou\s+plusieurs\b|plusieurs\s+(?:choix|valeurs|reponses)\b|"
    r"choix\s+(?:multiple|unique)\b|(?:a|en)\s+(?:completer|renseigner|remplir|definir|preciser)\b|"
    r"(?:selectionne[rz]|choisi(?:r|ssez)|saisi(?:r|ssez)|renseignez|indiquez|completez|precisez|listez|ajoutez|"
    r"notez)\b|voir\s+(?:l'onglet|onglet|la\s+feuille|feuille|liste)\b|cf\.?\s)"
)
PLACEHOLDER = re.compile(r"^(?:x+|\.+|…+|n/?a|nc|nr|tbd|-+|_+|\?+|a\s+definir|non\s+renseigne|aucun|neant)$")
EXAMPLE = re.compile(r"^(?:exemple|ex)\b\s*(?:[:.\-–—]|\d|de\b|d'|$)")
BULLET = re.compile(r"^[-•*–—]\s+")
NAME_SPLIT = re.compile(r"\s*(?:;|,|\n|\r)\s*")


def find_tet_sheet(workbook):
    """(worksheet, header row number, header cells) of the sheet whose headers start with « Axe (x) », or None."""
    wanted = fold(AXE_HEADER)
    for worksheet in workbook.worksheets:
        for number, values in sheet_values(worksheet, stop_after=HEADER_SCAN_ROWS):
            if values and fold(cells.read_text(values[0])) == wanted:
                return worksheet, number, values
    return None


def read_tet_rows(worksheet, header_row: int, headers, contract, *, default_axe: str = "") -> PlanRows:
    """The rows of a TeT sheet as the portal's sheets (axes, fiches, sub-actions, budget, indicators).

    TeT accepts actions without an axe; the portal's fiches are numbered in an axe: `default_axe` (a title the user
    gives in the preview) is the axe of every action without one. Without it, each such action is an error.
    """
    return _TetReader(worksheet, header_row, headers, contract, default_axe).run()


def _plain(text: str) -> str:
    """Lower case, without accents nor repeated spaces, punctuation kept (unlike `fold`): « Ex : » is an example."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def is_instruction(text: str) -> bool:
    """An instruction or a placeholder of TeT's template (« Texte libre », « À compléter », « xxx »), not a value."""
    plain = _plain(text)
    return bool(plain) and bool(INSTRUCTION.match(plain) or PLACEHOLDER.match(plain))


def is_example(text: str) -> bool:
    """An example of TeT's template (« Exemple : … », « Ex. 1 »)."""
    return bool(EXAMPLE.match(_plain(text)))


@dataclass
class _Axe:
    text: str  # as written in the file
    title: str
    written_number: str
    row: int
    header: str
    parent: "_Axe | None" = None
    number: str = ""
    existing: Axe | None = None
    children: dict = field(default_factory=dict)
    fiches: dict = field(default_factory=dict)


@dataclass
class _Fiche:
    axe: _Axe
    title: str
    row: RowData | None = None  # the action's own row, if it has one
    first_row: int = 0
    number: str = ""
    existing: FicheAction | None = None
    sub_actions: dict = field(default_factory=dict)  # folded title -> [title, RowData | None, number]


class _TetReader:
    def __init__(self, worksheet, header_row, headers, contract, default_axe=""):
        self.worksheet = worksheet
        self.title = worksheet.title
        self.header_row = header_row
        self.contract = contract
        self.default_axe = " ".join(default_axe.split())
        self.plan = PlanRows(source=SOURCE, default_axe=self.default_axe)
        self.month_first = False  # a text date of the file can only be read month first (« 12/14/20 »)
        warn_if_hidden(worksheet, self.plan)
        self.positions, self.headers = self._columns(headers)
        self.axes: dict[str, _Axe] = {}
        self.fiches: list[_Fiche] = []

    def warn(self, message, row=None, column=None):
        self.plan.warn(message, Location(self.title, row, column))

    def error(self, message, row=None, column=None):
        self.plan.error(message, Location(self.title, row, column))

    # Columns

    def _columns(self, header_cells):
        by_header = {fold(header): key for header, key in COLUMNS.items()}
        positions, headers, last_funder = {}, {}, None
        for index, cell in enumerate(header_cells):
            text = cells.read_text(cell)
            if not text:
                continue
            folded = fold(text)
            if folded in AMOUNT_HEADERS and last_funder:
                key = f"amount_{last_funder[-1]}"
            else:
                key = by_header.get(folded)
            if key is None:
                self.warn("colonne non reprise par le portail, ignorée.", self.header_row, text)
                continue
            if key in headers:
                raise WorkbookError(f"Feuille « {self.title} » : la colonne « {text} » apparaît deux fois.")
            if key.startswith("funder_"):
                last_funder = key
            positions[index] = key
            headers[key] = text
        missing = [header for header, key in COLUMNS.items() if key in REQUIRED and key not in headers]
        if "title" in headers:
            missing = [header for header in missing if COLUMNS[header] != "title"]
        if missing:
            raise WorkbookError(
                f"Feuille « {self.title} » : colonne « {missing[0]} » absente de la ligne {self.header_row}, "
                "alors que le classeur suit le modèle de Territoires en Transitions."
            )
        return positions, headers

    def first_data_row(self):
        # TeT's template has its headers on row 2 and a row of instructions on row 3 (TeT's own importer skips it).
        return self.header_row + 2 if self.header_row == 2 else self.header_row + 1

    def rows(self):
        """The data rows: cells merged down a column filled (`fill_merged`), then the instruction and example rows
        right under the headers skipped, each with a warning."""
        start = self.first_data_row()
        lines = {number: list(values) for number, values in sheet_values(self.worksheet) if number > self.header_row}
        fill_merged(lines, getattr(self.worksheet, "merged_ranges", ()), below=self.header_row)
        in_template_rows = True
        for number in sorted(lines):
            values = lines[number]
            if number < start or is_empty(values):
                continue
            row = RowData(
                self.title,
                number,
                {key: values[index] if index < len(values) else None for index, key in self.positions.items()},
                self.headers,
            )
            if in_template_rows:
                kind = self.template_row(row)
                if kind:
                    self.warn(f"ligne {kind} du modèle de Territoires en Transitions : ignorée.", number)
                    continue
                in_template_rows = False
            yield row

    def template_row(self, row) -> str:
        """« d'instructions » or « d'exemple » for a row of TeT's template, else ""."""
        texts = [cells.read_text(value) for value in row.values.values() if isinstance(value, str)]
        texts = [text for text in texts if text]
        if not texts:
            return ""
        key_texts = [self.text(row, key) for key in ("axe", "title", "sub_action") if self.text(row, key)]
        if any(is_example(text) for text in key_texts):
            return "d'exemple"
        # Most of its cells: an action whose title starts like an instruction (« Choisir un prestataire ») is read.
        instructions = sum(1 for text in texts if is_instruction(text) or is_example(text))
        if instructions * 2 > len(texts):
            return "d'instructions"
        return ""

    # Reading

    def run(self) -> PlanRows:
        self.db_axes = list(Axe.objects.filter(contract=self.contract))
        self.db_fiches = list(FicheAction.objects.filter(contract=self.contract).prefetch_related("sub_actions"))
        rows = list(self.rows())
        self.month_first = any(self.written_month_first(row) for row in rows)
        for row in rows:
            self.read_row(row)
        self.report_without_axe()
        self.number_axes()
        self.number_fiches()
        self.plan.sheets = {
            AXES.title: SheetRows(self.axe_rows(), present=True),
            FICHES.title: SheetRows(self.fiche_rows(), present=True),
            SUB_ACTIONS.title: SheetRows(self.sub_action_rows(), present=True),
            BUDGET.title: SheetRows(self.budget_rows(), present=True),
            INDICATORS.title: SheetRows(self.indicator_rows(), present=True),
        }
        return self.plan

    def text(self, row, key):
        return cells.read_text(row.values.get(key)) if key in row.values else ""

    def read_row(self, row):
        axe_text, sub_text = self.text(row, "axe"), self.text(row, "sub_axe")
        sub_sub_text, title = self.text(row, "sub_sub_axe"), self.text(row, "title")
        sub_action = self.text(row, "sub_action")
        if not axe_text and (title or sub_text):
            self.plan.without_axe.append(row.row)
            if not self.default_axe:
                self.error(
                    "l'action n'est rattachée à aucun axe : indiquez son axe dans cette colonne, ou nommez dans "
                    "l'aperçu l'axe qui recevra les fiches sans axe.",
                    row.row,
                    self.headers["axe"],
                )
                return
            axe_text = self.default_axe
        if not axe_text:
            return
        axe = self.axe(axe_text, None, row.row, "axe")
        if sub_text:
            axe = self.axe(sub_text, axe, row.row, "sub_axe")
        if sub_sub_text:
            self.warn(
                f"le portail n'a qu'un niveau de sous-axes : l'action est classée dans « {axe.title} » et le "
                f"sous-sous-axe « {sub_sub_text} » est rappelé dans sa description.",
                row.row,
                self.headers["sub_sub_axe"],
            )
        if not title:
            if sub_action:
                self.error("la sous-action n'a pas d'action : indiquez le titre de l'action.", row.row,
                           self.headers["title"])  # fmt: skip
            return
        fiche = axe.fiches.get(fold(title))
        if fiche is None:
            fiche = _Fiche(axe, title, first_row=row.row)
            axe.fiches[fold(title)] = fiche
            self.fiches.append(fiche)
        row.values["_sub_sub_axe"] = sub_sub_text
        if sub_action:
            if fold(sub_action) in fiche.sub_actions:
                self.error(
                    f"la sous-action « {sub_action} » de l'action « {title} » apparaît déjà ligne "
                    f"{fiche.sub_actions[fold(sub_action)][1].row}.",
                    row.row,
                    self.headers["sub_action"],
                )
                return
            fiche.sub_actions[fold(sub_action)] = [sub_action, row, ""]
        elif fiche.row is not None:
            self.error(
                f"l'action « {title} » apparaît déjà ligne {fiche.row.row} dans le même axe : donnez-leur des titres "
                "différents, ou indiquez une sous-action.",
                row.row,
                self.headers["title"],
            )
        else:
            fiche.row = row
            for step in LIST_SPLIT.split(self.text(row, "steps")):
                if step and fold(step) not in fiche.sub_actions:
                    fiche.sub_actions[fold(step)] = [step, None, ""]

    def report_without_axe(self):
        rows = self.plan.without_axe
        if rows and self.default_axe:
            where = ", ".join(str(number) for number in rows[:10]) + (" ..." if len(rows) > 10 else "")
            self.warn(
                f"{len(rows)} ligne{'s' if len(rows) > 1 else ''} sans axe (ligne{'s' if len(rows) > 1 else ''} "
                f"{where}) : leurs fiches sont rangées dans l'axe « {self.default_axe} », nommé dans l'aperçu.",
                None,
                self.headers["axe"],
            )

    def axe(self, text, parent, row, key) -> _Axe:
        siblings = self.axes if parent is None else parent.children
        found = siblings.get(fold(text))
        if found is not None:
            return found
        match = (AXE_PREFIX if parent is None else SUB_AXE_PREFIX).match(text)
        written, title = (match.group(1), match.group(2).strip() or text) if match else ("", text)
        axe = _Axe(text, title, written, row, self.headers[key], parent)
        siblings[fold(text)] = axe
        return axe

    # Numbers

    def number_axes(self):
        """Existing axes keep their number; new ones take the number they wrote if free, else the next free one."""
        self._number_level(list(self.axes.values()), [a for a in self.db_axes if a.parent_id is None], None)

    def _number_level(self, axes, db_axes, parent):
        taken = {a.number for a in self.db_axes}
        for axe in axes:
            axe.existing = next((a for a in db_axes if fold(a.title) in (fold(axe.title), fold(axe.text))), None)
            if axe.existing is not None:
                axe.number = axe.existing.number
                taken.add(axe.number)
        # Numbers written in the file first, so that an axe whose number is taken does not take another's.
        for axe in axes:
            written = axe.written_number
            if parent is not None and written and "." not in written:
                written = f"{parent.number}.{written}"
            fits = parent is None or written.startswith(f"{parent.number}.")
            if axe.existing is None and written and written not in taken and fits:
                axe.number = written
                taken.add(written)
        for axe in axes:
            if axe.number:
                continue
            if parent is None:
                axe.number = str(max((int(n) for n in taken if n.isdigit()), default=0) + 1)
            else:
                axe.number = next_child_number(parent.number, taken)
            taken.add(axe.number)
        for axe in axes:
            if axe.children:
                children = [a for a in self.db_axes if axe.existing is not None and a.parent_id == axe.existing.pk]
                self._number_level(list(axe.children.values()), children, axe)

    def number_fiches(self):
        """Existing fiches (same axe, same title) keep their number; new ones follow the last one of their axe."""
        taken = {f.number for f in self.db_fiches} | {a.number for a in self.db_axes}
        taken |= {axe.number for axe in self._all_axes()}
        for fiche in self.fiches:
            fiche.existing = next(
                (
                    f
                    for f in self.db_fiches
                    if fiche.axe.existing is not None
                    and f.axe_id == fiche.axe.existing.pk
                    and fold(f.title) == fold(fiche.title)
                ),
                None,
            )
            if fiche.existing is not None:
                fiche.number = fiche.existing.number
        for fiche in self.fiches:
            if fiche.existing is None:
                fiche.number = next_child_number(fiche.axe.number, taken)
                taken.add(fiche.number)
            existing_subs = list(fiche.existing.sub_actions.all()) if fiche.existing else []
            sub_numbers = {s.number for s in existing_subs}
            for folded, item in fiche.sub_actions.items():
                same = next((s for s in existing_subs if fold(s.title) == folded), None)
                item[2] = same.number if same else next_child_number(fiche.number, sub_numbers)
                sub_numbers.add(item[2])

    def _all_axes(self):
        for axe in self.axes.values():
            yield axe
            yield from axe.children.values()

    # The portal's rows

    def axe_rows(self):
        rows = []
        for axe in self._all_axes():
            values = {"number": axe.number, "title": axe.title, "parent": axe.parent.number if axe.parent else ""}
            if axe.existing is None and axe.parent is None:
                values["position"] = int(axe.number)
            rows.append(RowData(self.title, axe.row, values, {"number": axe.header, "title": axe.header,
                                                              "parent": axe.header}))  # fmt: skip
        return rows

    def fiche_rows(self):
        rows = []
        for fiche in self.fiches:
            source = fiche.row
            values = {"axe": fiche.axe.number, "number": fiche.number, "title": fiche.title}
            headers = {"axe": self.headers["axe"], "number": self.headers["title"], "title": self.headers["title"]}
            if source is None:
                self.warn(
                    f"l'action « {fiche.title} » n'a pas de ligne à elle, seulement des sous-actions : elle est créée "
                    "avec son seul titre.",
                    fiche.first_row,
                    self.headers["title"],
                )
            else:
                values |= self.fiche_values(source, fiche)
                headers |= {key: self.headers.get(key, "") for key in values if key in self.headers}
                headers |= {
                    "pilote_name": self.headers.get("pilote_person") or self.headers.get("pilote_service", ""),
                    "human_means": self.headers.get("human_means") or self.headers.get("financing", ""),
                }
            rows.append(RowData(self.title, source.row if source else fiche.first_row, values, headers))
        return rows

    def fiche_values(self, row, fiche):
        values = {}
        for key in ("description", "governance_instance", "general_objective", "expected_results",
                    "elected_referent", "citizen_participation"):  # fmt: skip
            if key in row.values:
                values[key] = row.values[key]
        for key in ("start_date", "end_date"):
            if key in row.values:
                values[key] = self.date(row, key)
        sub_sub_axe = row.values.get("_sub_sub_axe")
        if sub_sub_axe:
            values["description"] = "\n\n".join(
                part for part in (cells.read_text(values.get("description")), f"Sous-sous-axe : {sub_sub_axe}") if part
            )
        if "porteur" in row.values:
            names = [name for name in NAME_SPLIT.split(self.text(row, "porteur")) if name]
            values["porteur"] = names[0] if names else ""
            if len(names) > 1:
                self.warn(
                    f"le portail retient un seul porteur par fiche : « {names[0]} » ; "
                    f"{', '.join(f'« {n} »' for n in names[1:])} sont ajoutés aux partenaires.",
                    row.row,
                    self.headers["porteur"],
                )
            partners = [name for name in NAME_SPLIT.split(self.text(row, "partners")) if name] + names[1:]
            values["partners"] = cells.LIST_SEPARATOR.join(partners)
        elif "partners" in row.values:
            values["partners"] = cells.LIST_SEPARATOR.join(
                name for name in NAME_SPLIT.split(self.text(row, "partners")) if name
            )
        if "pilote_person" in row.values or "pilote_service" in row.values:
            person, service = self.text(row, "pilote_person"), self.text(row, "pilote_service")
            values["pilote_name"] = f"{person} ({service})" if person and service else person or service
        if "human_means" in row.values or "financing" in row.values:
            means, financing = self.text(row, "human_means"), self.text(row, "financing")
            values["human_means"] = "\n\n".join(
                part for part in (means, f"Financements : {financing}" if financing else "") if part
            )
        # An unknown status or priority is reported here, with TeT's values, and not read again by the portal's checks.
        status = self.status(row) if "status" in row.values else None
        if status is not None:
            values["status"] = status
            if status == FicheStatus.DONE.label:
                values["progress"] = 100
        priority = self.priority(row) if "priority" in row.values else None
        if priority is not None:
            values["priority"] = priority
        return values

    # Dates

    def written_month_first(self, row) -> bool:
        for key in ("start_date", "end_date"):
            value = row.values.get(key)
            readings = cells.date_readings(value) if isinstance(value, str) else None
            if readings and readings[0] is None and readings[1] is not None:
                return True
        return False

    def date(self, row, key, *, report=True):
        """A date as TeT files hold them: a date cell, a serial in a « General » cell (45292), a text day first
        (« 14/12/2020 ») or month first (« 12/14/20 », what a spreadsheet set to English writes). A text that reads
        both ways is ambiguous, unless its year has four digits and no date of the file is written month first (the
        French order is then meant); an ambiguous or unreadable date is an error at its cell."""
        value = row.values.get(key)
        try:
            if isinstance(value, bool):
                raise cells.CellError(f"« {cells.read_text(value)} » n'est pas une date.")
            if isinstance(value, int | float):
                return cells.date_from_serial(value, epoch=getattr(self.worksheet, "epoch", None))
            text = cells.read_text(value) if isinstance(value, str) else ""
            readings = cells.date_readings(text) if text else None
            if readings is None:
                return cells.read_date(value)
            day_first, month_first, short_year = readings
            if day_first and month_first and day_first != month_first:
                if short_year or self.month_first:
                    raise cells.CellError(
                        f"« {text} » est une date ambiguë : {cells.long_date(day_first)} ou "
                        f"{cells.long_date(month_first)} ? Écrivez-la au format JJ/MM/AAAA, par exemple "
                        f"{cells.format_date(month_first if self.month_first else day_first)}."
                    )
                return day_first
            if month_first and not day_first and report:
                self.warn(
                    f"« {text} » est lue comme le {cells.long_date(month_first)} : le mois y est écrit en premier.",
                    row.row,
                    self.headers[key],
                )
            if day_first or month_first:
                return day_first or month_first
            raise cells.CellError(f"« {text} » n'est pas une date : écrivez-la au format JJ/MM/AAAA.")
        except cells.CellError as error:
            if report:
                self.error(str(error), row.row, self.headers[key])
            return None

    def status(self, row):
        """The status's label, "" when empty, None when unknown (reported)."""
        text = self.text(row, "status")
        if not text:
            return ""
        status = STATUSES.get(fold(text))
        if status is None:
            self.error(
                f"« {text} » n'est pas un statut de Territoires en Transitions. Statuts possibles : "
                f"{', '.join(f'« {label} »' for label in TET_STATUSES)}.",
                row.row,
                self.headers["status"],
            )
            return None
        if fold(text) not in ("a venir", "en cours", "realise", "realisee", "en pause", "abandonne", "abandonnee",
                              "bloque", "bloquee"):  # fmt: skip
            reason = (
                "le retard est calculé par le portail d'après la date de fin"
                if fold(text) == "en retard"
                else "le portail n'a pas ce statut"
            )
            self.warn(f"statut « {text} » lu comme « {status.label} » : {reason}.", row.row, self.headers["status"])
        return status.label

    def priority(self, row):
        text = self.text(row, "priority")
        if not text:
            return ""
        priority = PRIORITIES.get(fold(text))
        if priority is None:
            self.error(
                f"« {text} » n'est pas un niveau de priorité de Territoires en Transitions. Niveaux possibles : "
                f"{', '.join(f'« {label} »' for label in TET_PRIORITIES)}.",
                row.row,
                self.headers["priority"],
            )
            return None
        return priority.label

    def sub_action_rows(self):
        rows = []
        for fiche in self.fiches:
            for title, row, number in fiche.sub_actions.values():
                values = {"fiche": fiche.number, "number": number, "title": title}
                headers = {"fiche": self.headers["title"], "number": self.headers.get("sub_action", ""),
                           "title": self.headers.get("sub_action") or self.headers.get("steps", "")}  # fmt: skip
                if row is not None:
                    if "description" in row.values:
                        values["description"] = row.values["description"]
                        headers["description"] = self.headers["description"]
                    for key in ("start_date", "end_date"):
                        if key in row.values:
                            values[key] = self.date(row, key)
                            headers[key] = self.headers[key]
                    if "pilote_person" in row.values:
                        values["pilote"] = row.values["pilote_person"]
                        headers["pilote"] = self.headers["pilote_person"]
                    status = self.status(row) if "status" in row.values else None
                    if status is not None:
                        values["status"] = status
                        headers["status"] = self.headers["status"]
                line = row.row if row is not None else (fiche.row.row if fiche.row else fiche.first_row)
                rows.append(RowData(self.title, line, values, headers))
        return rows

    def budget_rows(self):
        rows = []
        for fiche in self.fiches:
            row = fiche.row
            if row is not None:
                rows += self.fiche_budget(fiche, row)
        return rows

    def fiche_budget(self, fiche, row):
        """The budget lines of an action: one per « Financeur n » with its amount, in the year the action starts.
        « Budget prévisionnel total » is kept: the share no funder's amount covers (all of it when no amount is
        given) is a line « Autre — Financeur non précisé », or the amount of the only funder named without one."""
        year = self.budget_year(row)
        lines, without_amount, covered = [], [], Decimal(0)
        for n in (1, 2, 3):
            name = self.text(row, f"funder_{n}")
            amount = row.values.get(f"amount_{n}")
            if not name:
                if amount not in (None, ""):
                    self.error(
                        "un montant sans financeur : indiquez le financeur à gauche.",
                        row.row,
                        self.headers[f"amount_{n}"],
                    )
                continue
            funder, label = funder_of(name)
            line = self.budget_line(fiche, row, year, funder, label, amount, f"funder_{n}", f"amount_{n}")
            lines.append(line)
            try:
                value = cells.read_decimal(amount)
            except cells.CellError:
                value = None  # reported by the checks of the budget line
                covered = None
            if value is None and amount in (None, ""):
                without_amount.append((line, name))
            elif value is not None and covered is not None:
                covered += value
        total_cell = row.values.get("budget_total")
        if total_cell in (None, "") or covered is None:
            return lines
        try:
            total = cells.read_decimal(total_cell)
        except cells.CellError as error:
            self.error(str(error), row.row, self.headers["budget_total"])
            return lines
        header = self.headers["budget_total"]
        if total is None or total <= covered:
            if total is not None and total < covered:
                self.warn(
                    f"le budget total ({_euros(total)}) est inférieur à la somme des montants des financeurs "
                    f"({_euros(covered)}) : les montants des financeurs sont retenus.",
                    row.row,
                    header,
                )
            return lines
        rest = total - covered
        if len(without_amount) == 1 and not covered:
            line, name = without_amount[0]
            line.values["planned_amount"] = total
            line.headers["planned_amount"] = header
            self.warn(
                f"« {name} » n'a pas de montant : le budget total ({_euros(total)}) lui est attribué.", row.row, header
            )
            return lines
        if lines and covered:
            self.warn(
                f"les montants des financeurs ne couvrent pas le budget total ({_euros(total)}) : les "
                f"{_euros(rest)} restants sont une ligne « Autre — Financeur non précisé ».",
                row.row,
                header,
            )
        elif lines:
            self.warn(
                f"les financeurs n'ont pas de montant : le budget total ({_euros(total)}) est une ligne « Autre — "
                "Financeur non précisé », à répartir entre eux dans le portail.",
                row.row,
                header,
            )
        lines.append(
            self.budget_line(fiche, row, year, Funder.OTHER, UNSPECIFIED_FUNDER, rest, "budget_total", "budget_total")
        )
        return lines

    def budget_line(self, fiche, row, year, funder, label, amount, funder_key, amount_key):
        values = {"fiche": fiche.number, "year": year, "funder": funder.label, "funder_label": label,
                  "planned_amount": amount}  # fmt: skip
        headers = {
            "fiche": self.headers["title"],
            "year": self.headers.get("start_date", ""),
            "funder": self.headers[funder_key],
            "funder_label": self.headers[funder_key],
            "planned_amount": self.headers.get(amount_key, ""),
        }
        return RowData(self.title, row.row, values, headers)

    def budget_year(self, row):
        """TeT budgets have no year: the year the action starts, else the contract's first year, else this year."""
        start = self.date(row, "start_date", report=False) if "start_date" in row.values else None
        if start:
            return start.year
        if self.contract.start_date:
            return self.contract.start_date.year
        return timezone.localdate().year

    def indicator_rows(self):
        rows = []
        for fiche in self.fiches:
            row = fiche.row
            if row is None or "indicators" not in row.values:
                continue
            seen = set()
            for item in LIST_SPLIT.split(self.text(row, "indicators")):
                name = BULLET.sub("", item)
                if name and (is_instruction(name) or is_example(name)):
                    self.warn(
                        f"« {name} » est un texte du modèle de Territoires en Transitions et non un indicateur : "
                        "ignoré.",
                        row.row,
                        self.headers["indicators"],
                    )
                    continue
                if name and fold(name) not in seen:
                    seen.add(fold(name))
                    rows.append(
                        RowData(
                            self.title,
                            row.row,
                            {"fiche": fiche.number, "name": name},
                            {"fiche": self.headers["title"], "name": self.headers["indicators"]},
                        )
                    )
        return rows


def _euros(amount) -> str:
    return f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",").replace(",00", "") + " €"


def funder_of(name: str) -> tuple[Funder, str]:
    """The portal's funder for a funder written in words, and the precision to keep (the name as written)."""
    words = f" {fold(name)} "
    for funder, keys in FUNDER_WORDS:
        if any(f" {key} " in words for key in keys):
            return funder, "" if fold(name) == fold(funder.label) else name
    return Funder.OTHER, name
