"""Checking the rows of a workbook against the plan in the database: every problem located, nothing written.

Rules are those of the forms and of the model constraints (actions/forms.py, actions/models/). Sub-objects are
matched by natural key: sub-action by number, budget line by (year, funder, precision), indicator by name, indicator
value by (indicator, year).
"""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind, Modality, Priority, Public
from actions.excel import cells
from actions.excel.exporters import fiches_for_export, prs_element_code
from actions.excel.preview import EMPTY, Change, ChildOp, ImportPreview, NewOrganisation, ObjectChange, same, show
from actions.excel.reading import (
    PlanRows,
    Problem,
    RowData,
)
from actions.excel.schema import AXES, BUDGET, FICHES, INDICATOR_VALUES, INDICATORS, SUB_ACTIONS
from actions.models import Axe, BudgetLine, FicheAction, FicheIndicator, FicheIndicatorValue, SubAction, TargetPublic
from actions.perms import eligible_pilotes
from actions.validators import number_key, starts_with, validate_number
from cls_portal.text import fold
from contracts.enums import OrganisationKind
from contracts.models import Organisation
from referentials.models import ArsTheme, Commune, PrsElement, PrsPriority

INVALID = object()  # a cell that could not be read (its problem is already recorded)

# Scalar fields of a fiche read from the Fiches sheet, in the sheet's order.
FICHE_TEXT_FIELDS = (
    "title", "context", "general_objective", "operational_objectives", "description", "expected_results",
    "priority_neighbourhoods", "pilote_name", "elected_referent", "human_means", "citizen_participation",
    "governance_instance", "other_plans",
)  # fmt: skip
FICHE_CHOICE_FIELDS = {"priority": Priority, "modality": Modality, "status": FicheStatus}
FICHE_M2M_FIELDS = ("target_publics", "communes", "partners", "prs_elements", "prs_priorities")
FICHE_DEFAULTS = {"whole_territory": True, "status": FicheStatus.PLANNED, "progress": 0, "is_demo_content": False}


def prepare_import(contract, rows: PlanRows) -> ImportPreview:
    """Validate the rows against the database and say what importing them would change; writes nothing."""
    return _Preparer(contract, rows).run()


class _Preparer:
    def __init__(self, contract, rows: PlanRows):
        self.contract = contract
        self.rows = rows
        self.preview = ImportPreview(contract=contract, source=rows.source)
        self.preview.errors += rows.problems
        self.preview.warnings += rows.warnings
        self.new_orgs: dict[tuple, NewOrganisation] = {}

    # Problems

    def error(self, row: RowData | None, key, message):
        self.preview.errors.append(Problem(message, row.at(key) if row else None))

    def warn(self, row: RowData | None, key, message):
        self.preview.warnings.append(Problem(message, row.at(key) if row else None))

    def read(self, row, key, reader, *args, **kwargs):
        try:
            return reader(row.values.get(key), *args, **kwargs)
        except cells.CellError as error:
            self.error(row, key, str(error))
            return INVALID

    def text(self, row, key, model, *, required=False, field=None):
        """The text of a cell, checked against the max length of `model`'s field `field` (by default `key`)."""
        value = self.read(row, key, cells.read_text)
        if value is INVALID:
            return value
        if required and not value:
            self.error(row, key, "cette colonne est obligatoire.")
            return INVALID
        max_length = getattr(model._meta.get_field(field or key), "max_length", None)
        if max_length and len(value) > max_length:
            self.error(row, key, f"le texte compte {len(value)} caractères : {max_length} au plus.")
            return INVALID
        return value

    # Loading what exists, in a fixed number of queries

    def load(self):
        contract = self.contract
        self.db_axes = {axe.number: axe for axe in Axe.objects.filter(contract=contract).select_related("parent")}
        self.db_fiches = {fiche.number: fiche for fiche in fiches_for_export(contract)}
        for fiche in self.db_fiches.values():
            fiche.contract = contract
        self.avenants = {avenant.number: avenant for avenant in contract.avenants.all()}
        self.publics = {p.code: p for p in TargetPublic.objects.all()}
        self.themes = list(ArsTheme.objects.all())
        self.priorities = list(PrsPriority.objects.all())
        fiche_rows = self.rows.rows(FICHES)
        wanted = lambda key: {  # noqa: E731
            item for row in fiche_rows for item in _safe_list(row.values.get(key))
        }
        codes = wanted("communes")
        self.communes = {c.code: c for c in Commune.objects.filter(code__in=codes)}
        perimeter = contract.perimeter_communes()
        allowed = perimeter if perimeter.exists() else Commune.objects.filter(departement_id=contract.departement_id)
        self.allowed_communes = set(allowed.filter(code__in=codes).values_list("code", flat=True))
        prs_codes = wanted("prs_elements")
        prs_prefixes = {code.split(":", 1)[0] for code in prs_codes if ":" in code}
        self.prs_elements = {
            prs_element_code(e): e
            for e in PrsElement.objects.filter(prs__code__in=prs_prefixes).select_related("prs")
            if prs_element_code(e) in prs_codes
        }
        names = wanted("partners") | {cells.read_text(row.values.get("porteur")) for row in fiche_rows}
        self.organisations = {}
        for organisation in Organisation.objects.filter(search_name__in={fold(n) for n in names if n}):
            self.organisations.setdefault(organisation.search_name, []).append(organisation)
        emails = {cells.read_text(row.values.get("pilote")).lower() for row in fiche_rows} - {""}
        users = get_user_model().objects.filter(email__in=emails | {e for e in emails})
        self.users = {user.email.lower(): user for user in users}
        self.eligible = set(eligible_pilotes(contract).filter(email__in=emails).values_list("pk", flat=True))

    def run(self) -> ImportPreview:
        self.load()
        self.prepare_axes()
        self.prepare_fiches()
        self.prepare_sub_actions()
        self.prepare_budget()
        self.prepare_indicators()
        self.prepare_indicator_values()
        in_file = {f.number for f in self.preview.fiches}
        self.preview.absent = [f for n, f in self.db_fiches.items() if n not in in_file]
        self.preview.fiches.sort(key=lambda f: number_key(f.number))
        self.preview.axes.sort(key=lambda a: number_key(a.number))
        self.preview.new_organisations = list(self.new_orgs.values())
        return self.preview

    # Axes

    def prepare_axes(self):
        seen = {}
        self.file_axes = {}
        for row in self.rows.rows(AXES):
            number = self.number(row, "number")
            title = self.text(row, "title", Axe, required=True)
            parent_number = self.read(row, "parent", cells.read_number_code) if row.has("parent") else INVALID
            values = {}
            if row.has("description"):
                values["description"] = self.text(row, "description", Axe)
            if row.has("position"):
                values["position"] = self.small_int(row, "position")
            if row.has("avenant"):
                values["avenant"] = self.avenant(row)
            if number is INVALID:
                continue
            if number in seen:
                self.error(row, "number", f"l'axe {number} apparaît déjà ligne {seen[number]}.")
                continue
            seen[number] = row.row
            values["title"] = title
            existing = self.db_axes.get(number)
            change = ObjectChange(number, title if title is not INVALID else "", existing=existing)
            change.parent_number = parent_number if parent_number is not INVALID else ""
            change.values = values
            change.row = row
            self.file_axes[number] = change
        for change in self.file_axes.values():
            row = change.row
            parent_number = change.parent_number
            if parent_number:
                if parent_number not in self.file_axes and parent_number not in self.db_axes:
                    self.error(
                        row, "parent", f"l'axe parent {parent_number} n'existe ni dans la feuille ni dans le portail."
                    )
                elif not starts_with(change.number, parent_number):
                    self.error(
                        row,
                        "number",
                        f"le numéro d'un sous-axe commence par celui de son axe parent (« {parent_number}. »).",
                    )
                else:
                    grand = self.file_axes.get(parent_number)
                    grand_parent = (
                        grand.parent_number if grand else getattr(self.db_axes[parent_number].parent, "number", "")
                    )
                    if grand_parent:
                        self.error(row, "parent", "un sous-axe ne peut pas avoir lui-même de sous-axe.")
            if any(value is INVALID for value in change.values.values()):
                continue
            if change.existing is None:
                change.values.setdefault("position", 0)
            else:
                self.diff(change, change.existing, change.values, AXE_LABELS)
                current_parent = change.existing.parent.number if change.existing.parent else ""
                if row.has("parent") and current_parent != parent_number:
                    change.changes.append(Change("Axe parent", current_parent or EMPTY, parent_number or EMPTY))
            self.preview.axes.append(change)

    def axe_exists(self, number):
        return number in self.file_axes or number in self.db_axes

    # Fiches

    def number(self, row, key):
        number = self.read(row, key, cells.read_number_code)
        if number is INVALID:
            return number
        if not number:
            self.error(row, key, "cette colonne est obligatoire.")
            return INVALID
        try:
            validate_number(number)
        except ValidationError as error:
            self.error(row, key, _lower_first(error.messages[0]))
            return INVALID
        return number

    def small_int(self, row, key, *, default=0, low=0, high=32767):
        value = self.read(row, key, cells.read_int)
        if value is INVALID:
            return value
        if value is None:
            return default
        if not low <= value <= high:
            self.error(row, key, f"« {value} » : attendu un nombre entre {low} et {high}.")
            return INVALID
        return value

    def avenant(self, row):
        number = self.read(row, "avenant", cells.read_int)
        if number is INVALID or number is None:
            return None if number is None else INVALID
        if number not in self.avenants:
            self.error(row, "avenant", f"le contrat n'a pas d'avenant n° {number}.")
            return INVALID
        return self.avenants[number]

    def prepare_fiches(self):
        seen = {}
        self.fiche_changes = {}
        slug_warned = False
        for row in self.rows.rows(FICHES):
            number = self.number(row, "number")
            axe_number = self.number(row, "axe")
            if number is INVALID:
                continue
            if number in seen:
                self.error(row, "number", f"la fiche {number} apparaît déjà ligne {seen[number]}.")
                continue
            seen[number] = row.row
            existing = self.db_fiches.get(number)
            if axe_number is not INVALID:
                if not self.axe_exists(axe_number):
                    self.error(
                        row, "axe", f"l'axe {axe_number} n'existe ni dans la feuille « Axes » ni dans le portail."
                    )
                elif not starts_with(number, axe_number):
                    self.error(
                        row,
                        "number",
                        f"le numéro d'une fiche de l'axe {axe_number} commence par « {axe_number}. », "
                        f"par exemple « {axe_number}.1 ».",
                    )
            values, m2m = self.fiche_values(row, existing)
            if row.has("contract") and not slug_warned:
                slug = cells.read_text(row.values["contract"])
                if slug and slug != self.contract.slug:
                    slug_warned = True
                    self.warn(
                        row,
                        "contract",
                        f"le fichier a été exporté du contrat « {slug} » : il est importé "
                        f"dans « {self.contract.slug} ».",
                    )
            title = values.get("title")
            change = ObjectChange(
                number,
                title if isinstance(title, str) else getattr(existing, "title", ""),
                existing=existing,
                values=values,
                m2m=m2m,
                axe_number=axe_number if axe_number is not INVALID else "",
            )
            change.row = row
            if existing is not None:
                change.version_read = existing.version
            if axe_number is INVALID or any(v is INVALID for v in (*values.values(), *m2m.values())):
                continue
            if existing is None:
                for key, default in FICHE_DEFAULTS.items():
                    values.setdefault(key, default)
            else:
                if axe_number != existing.axe.number:
                    change.changes.append(Change("Axe", existing.axe.number, axe_number))
                self.diff(change, existing, values, FICHE_LABELS)
                for key, new in m2m.items():
                    old = list(getattr(existing, key).all())
                    if {o.pk for o in old} != {getattr(n, "pk", n) for n in new} or any(
                        isinstance(n, NewOrganisation) for n in new
                    ):
                        change.changes.append(Change(FICHE_LABELS[key], show(_sorted(old)), show(_sorted(new))))
                version = self.read(row, "version", cells.read_int) if row.has("version") else None
                if change.changes and isinstance(version, int) and version < existing.version:
                    self.warn(
                        row,
                        "version",
                        f"la fiche {number} a été modifiée dans le portail depuis l'export (version {version} dans le "
                        f"fichier, {existing.version} aujourd'hui) : les valeurs du fichier remplaceront les siennes.",
                    )
            self.fiche_changes[number] = change
            self.preview.fiches.append(change)

    def fiche_values(self, row, existing):
        values, m2m = {}, {}
        for key in FICHE_TEXT_FIELDS:
            if row.has(key):
                values[key] = self.text(row, key, FicheAction, required=(key == "title"))
        if existing is None and not row.has("title"):
            self.error(row, None, "l'intitulé de la nouvelle fiche manque.")
        for key, choices in FICHE_CHOICE_FIELDS.items():
            if row.has(key):
                value = self.read(row, key, cells.read_choice, choices)
                values[key] = value or FICHE_DEFAULTS.get(key, "") if value is not INVALID else INVALID
        for key in ("whole_territory", "is_demo_content"):
            if row.has(key):
                values[key] = self.read(row, key, cells.read_bool, default=FICHE_DEFAULTS[key])
        for key in ("start_date", "end_date"):
            if row.has(key):
                values[key] = self.read(row, key, cells.read_date)
        if row.has("progress"):
            value = self.read(row, "progress", cells.read_int)
            if isinstance(value, int) and not 0 <= value <= 100:
                self.error(row, "progress", f"l'avancement est un pourcentage entre 0 et 100 (et non {value}).")
                value = INVALID
            values["progress"] = 0 if value is None else value
        if row.has("avenant"):
            values["avenant"] = self.avenant(row)
        if row.has("ars_theme"):
            values["ars_theme"] = self.by_code(row, "ars_theme", self.themes, "thématique ARS")
        if row.has("porteur"):
            values["porteur"] = self.porteur(row, existing)
        if row.has("pilote"):
            values["pilote"] = self.pilote(row, existing)
        self.check_dates(row, values, existing, "la fin de l'action", "start_date", "end_date")
        if row.has("target_publics"):
            m2m["target_publics"] = self.publics_of(row)
        if row.has("communes"):
            m2m["communes"] = self.communes_of(row, existing)
        if row.has("partners"):
            items = self.read(row, "partners", cells.read_list)
            current = list(existing.partners.all()) if existing else []
            m2m["partners"] = (
                items if items is INVALID else _unique(self.organisation(n, None, current) for n in items)
            )
        if row.has("prs_elements"):
            m2m["prs_elements"] = self.prs_elements_of(row)
        if row.has("prs_priorities"):
            items = self.read(row, "prs_priorities", cells.read_list)
            m2m["prs_priorities"] = (
                items
                if items is INVALID
                else self.codes_of(row, "prs_priorities", items, self.priorities, "priorité du PRS")
            )
        whole = values.get("whole_territory", existing.whole_territory if existing else True)
        communes = m2m.get("communes", list(existing.communes.all()) if existing else [])
        if whole is False and communes == []:
            self.error(
                row,
                "communes" if row.has("communes") else "whole_territory",
                "choisissez les communes concernées, ou indiquez « oui » dans « Tout le périmètre du contrat ».",
            )
        return values, m2m

    def check_dates(self, row, values, existing, what, start_key, end_key):
        start = values.get(start_key, getattr(existing, start_key, None))
        end = values.get(end_key, getattr(existing, end_key, None))
        if start and end and start is not INVALID and end is not INVALID and end < start:
            subject = "la date de fin" if what == "la fin de l'action" else f"{what}"
            self.error(
                row,
                end_key if row.has(end_key) else start_key,
                f"{subject} ({cells.format_date(end)}) précède la date de début ({cells.format_date(start)}).",
            )
            values[end_key] = INVALID

    def by_code(self, row, key, objects, what):
        text = self.read(row, key, cells.read_text)
        if text is INVALID or not text:
            return None if text == "" else INVALID
        found = self.find_code(text, objects)
        if found is None:
            codes = ", ".join(f"« {o.code} »" for o in objects)
            self.error(row, key, f"« {text} » n'est pas une {what} connue. Codes possibles : {codes}.")
            return INVALID
        return found

    @staticmethod
    def find_code(text, objects):
        wanted = fold(text)
        return next((o for o in objects if wanted in (fold(o.code), fold(o.label))), None)

    def codes_of(self, row, key, items, objects, what):
        found = []
        for item in items:
            obj = self.find_code(item, objects)
            if obj is None:
                codes = ", ".join(f"« {o.code} »" for o in objects)
                self.error(row, key, f"« {item} » n'est pas une {what} connue. Codes possibles : {codes}.")
                return INVALID
            found.append(obj)
        return _unique(found)

    def publics_of(self, row):
        items = self.read(row, "target_publics", cells.read_list)
        if items is INVALID:
            return items
        found = []
        for item in items:
            try:
                code = cells.read_choice(item, Public)
            except cells.CellError as error:
                self.error(row, "target_publics", str(error))
                return INVALID
            found.append(self.publics[code])
        return _unique(found)

    def communes_of(self, row, existing):
        items = self.read(row, "communes", cells.read_list)
        if items is INVALID:
            return items
        current = {c.code for c in existing.communes.all()} if existing else set()
        found = []
        for code in items:
            commune = self.communes.get(code)
            if commune is None:
                self.error(row, "communes", f"« {code} » n'est pas un code INSEE de commune connu.")
                return INVALID
            if code not in self.allowed_communes and code not in current:
                self.error(
                    row, "communes", f"la commune {commune.name} ({code}) n'est pas dans le périmètre du contrat."
                )
                return INVALID
            found.append(commune)
        return _unique(found)

    def prs_elements_of(self, row):
        items = self.read(row, "prs_elements", cells.read_list)
        if items is INVALID:
            return items
        found = []
        for code in items:
            element = self.prs_elements.get(code)
            if element is None:
                self.error(
                    row,
                    "prs_elements",
                    f"« {code} » n'est pas un objectif du PRS connu : écrivez « code du PRS:numéro », par exemple "
                    "« PDL-2023-2028:1.2 » (liste dans la feuille « Lisez-moi »).",
                )
                return INVALID
            if element.level == "orientation":
                self.error(row, "prs_elements", f"« {code} » est une orientation : choisissez un objectif du PRS.")
                return INVALID
            found.append(element)
        return _unique(found)

    def organisation(self, name, kind, current):
        """An existing organisation of that name (the fiche's own first), or a new one of kind `kind` or "Autre"."""
        candidates = self.organisations.get(fold(name), [])
        if kind:
            candidates = [o for o in candidates if o.kind == kind]
        if candidates:
            current_pks = {o.pk for o in current if o}
            ranked = sorted(candidates, key=lambda o: (o.pk not in current_pks, o.name != name, o.pk))
            return ranked[0]
        kind = kind or OrganisationKind.OTHER
        return self.new_orgs.setdefault((fold(name), kind), NewOrganisation(name, kind))

    def porteur(self, row, existing):
        name = self.text(row, "porteur", Organisation, field="name")
        kind = self.read(row, "porteur_kind", cells.read_choice, OrganisationKind) if row.has("porteur_kind") else ""
        if name is INVALID or kind is INVALID:
            return INVALID
        if not name:
            return None
        return self.organisation(name, kind, [existing.porteur] if existing else [])

    def pilote(self, row, existing):
        email = self.read(row, "pilote", cells.read_text)
        if email is INVALID or not email:
            return None if email == "" else INVALID
        user = self.users.get(email.lower())
        if user is None:
            self.error(row, "pilote", f"aucun compte du portail n'a l'adresse « {email} ».")
            return INVALID
        if user.pk not in self.eligible and not (existing and existing.pilote_id == user.pk):
            self.error(
                row,
                "pilote",
                f"le compte {email} n'est ni membre du contrat ni animateur·rice ARS du département : il ne peut pas "
                "piloter une fiche.",
            )
            return INVALID
        return user

    def diff(self, change, existing, values, labels):
        for key, new in values.items():
            old = getattr(existing, key)
            if not same(old, new):
                change.changes.append(
                    Change(labels[key], show(old, labels.choices(key)), show(new, labels.choices(key)))
                )

    # Sub-objects

    def fiche_for(self, row) -> ObjectChange | None:
        number = self.number(row, "fiche")
        if number is INVALID:
            return None
        change = self.fiche_changes.get(number)
        if change is not None:
            return change
        existing = self.db_fiches.get(number)
        if existing is None:
            if number not in {f.number for f in self.preview.fiches}:
                known = {cells.read_number_code(r.values.get("number")) for r in self.rows.rows(FICHES)}
                if number not in known:
                    self.error(
                        row, "fiche", f"la fiche {number} n'existe ni dans la feuille « Fiches » ni dans le portail."
                    )
            return None
        change = ObjectChange(number, existing.title, existing=existing, in_file=False, axe_number=existing.axe.number)
        change.version_read = existing.version
        self.fiche_changes[number] = change
        self.preview.fiches.append(change)
        return change

    def child(self, fiche, model, label, existing, values, labels, row):
        op = ChildOp(model, label, existing, values)
        if existing is None:
            op.changes.append(Change(label, EMPTY, "ajout"))
        else:
            for key, new in values.items():
                old = getattr(existing, key)
                if not same(old, new):
                    op.changes.append(
                        Change(
                            f"{label} : {labels[key]}", show(old, labels.choices(key)), show(new, labels.choices(key))
                        )
                    )
        fiche.children.append(op)
        return op

    def prepare_sub_actions(self):
        seen = {}
        for row in self.rows.rows(SUB_ACTIONS):
            fiche = self.fiche_for(row)
            number = self.number(row, "number")
            values = {"title": self.text(row, "title", SubAction, required=True)}
            for key in ("description", "pilote"):
                if row.has(key):
                    values[key] = self.text(row, key, SubAction)
            if row.has("done"):
                values["done"] = self.read(row, "done", cells.read_bool, default=False)
            for key in ("start_date", "end_date"):
                if row.has(key):
                    values[key] = self.read(row, key, cells.read_date)
            if row.has("position"):
                values["position"] = self.small_int(row, "position")
            if fiche is None or number is INVALID:
                continue
            if not starts_with(number, fiche.number):
                self.error(
                    row, "number", f"le numéro d'une sous-action commence par celui de sa fiche (« {fiche.number}. »)."
                )
                continue
            key = (fiche.number, number)
            if key in seen:
                self.error(row, "number", f"la sous-action {number} apparaît déjà ligne {seen[key]}.")
                continue
            seen[key] = row.row
            existing = None
            if fiche.existing is not None:
                existing = next((s for s in fiche.existing.sub_actions.all() if s.number == number), None)
            self.check_dates(row, values, existing, "la date de fin", "start_date", "end_date")
            if any(v is INVALID for v in values.values()):
                continue
            values["number"] = number
            self.child(fiche, SubAction, f"Sous-action {number}", existing, values, SUB_ACTION_LABELS, row)

    def prepare_budget(self):
        seen = {}
        for row in self.rows.rows(BUDGET):
            fiche = self.fiche_for(row)
            year = self.small_int(row, "year", default=None, low=2000, high=2100)
            if year is None:
                self.error(row, "year", "cette colonne est obligatoire.")
                year = INVALID
            funder = self.read(row, "funder", cells.read_choice, Funder)
            if funder == "":
                self.error(row, "funder", "cette colonne est obligatoire.")
                funder = INVALID
            label = self.text(row, "funder_label", BudgetLine) if row.has("funder_label") else ""
            if funder == Funder.OTHER and label == "":
                self.error(row, "funder_label", "précisez le nom du financeur « Autre ».")
                label = INVALID
            values = {}
            if row.has("kind"):
                values["kind"] = self.read(row, "kind", cells.read_choice, BudgetKind)
            for key in ("planned_amount", "actual_amount"):
                if row.has(key):
                    values[key] = self.amount(row, key)
            if "planned_amount" in values and values["planned_amount"] is None:
                values["planned_amount"] = Decimal("0.00")
            if fiche is None or INVALID in (year, funder, label) or any(v is INVALID for v in values.values()):
                continue
            key = (fiche.number, year, funder, label)
            if key in seen:
                self.error(
                    row, "funder", f"ce financeur a déjà une ligne pour {year} dans cette fiche (ligne {seen[key]})."
                )
                continue
            seen[key] = row.row
            existing = None
            if fiche.existing is not None:
                existing = next(
                    (b for b in fiche.existing.budget_lines.all() if (b.year, b.funder, b.funder_label) == key[1:]),
                    None,
                )
            values |= {"year": year, "funder": funder, "funder_label": label}
            title = f"Budget {year} {Funder(funder).label}" + (f" ({label})" if label else "")
            self.child(fiche, BudgetLine, title, existing, values, BUDGET_LABELS, row)

    def amount(self, row, key):
        value = self.read(row, key, cells.read_decimal)
        if isinstance(value, Decimal):
            if value < 0:
                self.error(row, key, f"le montant ne peut pas être négatif ({show(value)} €).")
                return INVALID
            if value >= Decimal("1e10"):
                self.error(row, key, f"le montant {show(value)} € est trop grand.")
                return INVALID
        return value

    def prepare_indicators(self):
        seen = {}
        self.file_indicators = set()
        for row in self.rows.rows(INDICATORS):
            fiche = self.fiche_for(row)
            name = self.text(row, "name", FicheIndicator, required=True)
            values = {}
            if row.has("kind"):
                kind = self.read(row, "kind", cells.read_choice, IndicatorKind)
                values["kind"] = kind or IndicatorKind.PROCESS if kind is not INVALID else INVALID
            for key in ("unit", "baseline", "target", "source"):
                if row.has(key):
                    values[key] = self.text(row, key, FicheIndicator)
            if row.has("position"):
                values["position"] = self.small_int(row, "position")
            if fiche is None or name is INVALID or any(v is INVALID for v in values.values()):
                continue
            key = (fiche.number, name)
            if key in seen:
                self.error(
                    row, "name", f"la fiche {fiche.number} a déjà un indicateur « {name} » (ligne {seen[key]})."
                )
                continue
            seen[key] = row.row
            self.file_indicators.add(key)
            existing = self.db_indicator(fiche, name)
            values["name"] = name
            self.child(fiche, FicheIndicator, f"Indicateur « {name} »", existing, values, INDICATOR_LABELS, row)

    @staticmethod
    def db_indicator(fiche, name):
        if fiche.existing is None:
            return None
        return next((i for i in fiche.existing.indicators.all() if i.name == name), None)

    def prepare_indicator_values(self):
        seen = {}
        for row in self.rows.rows(INDICATOR_VALUES):
            fiche = self.fiche_for(row)
            name = self.text(row, "indicator", FicheIndicator, required=True, field="name")
            year = self.small_int(row, "year", default=None, low=2000, high=2100)
            if year is None:
                self.error(row, "year", "cette colonne est obligatoire.")
                year = INVALID
            value = self.read(row, "value", cells.read_decimal)
            if value is None:
                self.error(row, "value", "cette colonne est obligatoire.")
                value = INVALID
            elif isinstance(value, Decimal) and abs(value) >= Decimal("1e12"):
                self.error(row, "value", "la valeur est trop grande.")
                value = INVALID
            values = {"value": value}
            if row.has("comment"):
                values["comment"] = self.text(row, "comment", FicheIndicatorValue)
            if fiche is None or INVALID in (name, year) or any(v is INVALID for v in values.values()):
                continue
            indicator = self.db_indicator(fiche, name)
            if (fiche.number, name) not in self.file_indicators and indicator is None:
                self.error(
                    row,
                    "indicator",
                    f"la fiche {fiche.number} n'a pas d'indicateur « {name} » (ni dans la feuille « Indicateurs » ni "
                    "dans le portail).",
                )
                continue
            key = (fiche.number, name, year)
            if key in seen:
                self.error(row, "year", f"cet indicateur a déjà une valeur pour {year} (ligne {seen[key]}).")
                continue
            seen[key] = row.row
            existing = next((v for v in indicator.values.all() if v.year == year), None) if indicator else None
            values["year"] = year
            op = self.child(
                fiche,
                FicheIndicatorValue,
                f"Valeur {year} de « {name} »",
                existing,
                values,
                INDICATOR_VALUE_LABELS,
                row,
            )
            op.indicator_key = (fiche.number, name)


class _Labels(dict):
    """Field labels of a model for the preview, and the choices of its enum fields."""

    def __init__(self, model, choices=None, **extra):
        super().__init__(
            {f.name: str(f.verbose_name).capitalize() for f in model._meta.get_fields() if hasattr(f, "verbose_name")}
        )
        self.update(extra)
        self._choices = choices or {}

    def choices(self, key):
        return self._choices.get(key)


AXE_LABELS = _Labels(Axe)
FICHE_LABELS = _Labels(FicheAction, FICHE_CHOICE_FIELDS)
SUB_ACTION_LABELS = _Labels(SubAction)
BUDGET_LABELS = _Labels(BudgetLine, {"funder": Funder, "kind": BudgetKind})
INDICATOR_LABELS = _Labels(FicheIndicator, {"kind": IndicatorKind})
INDICATOR_VALUE_LABELS = _Labels(FicheIndicatorValue)


def _safe_list(value):
    try:
        return cells.read_list(value)
    except cells.CellError:
        return []


def _unique(items):
    result = []
    for item in items:
        if item not in result:
            result.append(item)
    return result


def _sorted(items):
    return sorted(items, key=lambda item: show(item).lower())


def _lower_first(text):
    return text[:1].lower() + text[1:]
