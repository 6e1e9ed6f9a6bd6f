"""Checking the rows of a workbook against the plan in the database: every problem located, nothing written.

Each row becomes an unsaved object (a copy of the one it updates, or a new one) checked by its model's own validation
(`full_clean`: field validators, `clean()`, constraints, with their French messages; `cls_portal.imports.validation`
locates them). What only a file can get wrong is checked here: cells that cannot be read, unknown codes (axe, fiche,
avenant, commune, PRS, account...), a row given twice. Sub-objects are matched by natural key: sub-action by number,
budget line by (year, funder, precision), indicator by name, indicator value by (indicator, year).
"""

import copy
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.text import capfirst

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind, Public
from actions.excel.exporters import fiches_for_export, prs_element_code
from actions.excel.preview import EMPTY, Change, ChildOp, ImportPreview, NewOrganisation, ObjectChange, same, show
from actions.excel.reading import PlanRows
from actions.excel.schema import AXES, BUDGET, FICHES, INDICATOR_VALUES, INDICATORS, SUB_ACTIONS
from actions.fields import FICHE_FIELDS
from actions.models import Axe, BudgetLine, FicheAction, FicheIndicator, FicheIndicatorValue, SubAction, TargetPublic
from actions.models.plan import coverable_communes, settled_progress, validate_territory
from actions.perms import eligible_pilotes
from actions.validators import number_key, validate_number, validate_year
from cls_portal.imports import cells
from cls_portal.imports.reading import RowData
from cls_portal.imports.report import lower_first
from cls_portal.imports.validation import REQUIRED_MESSAGE, validate_row
from cls_portal.text import fold
from contracts.enums import OrganisationKind
from contracts.models import Organisation
from referentials.models import ArsTheme, Commune, PrsElement, PrsPriority

INVALID = object()  # a cell that could not be read (its problem is already recorded)

# Readers of the plain fields of the « Fiches » sheet, by the kind of their column (`actions.fields`).
PLAIN_READERS = {"text": cells.read_text, "date": cells.read_date, "int": cells.read_int}


def prepare_import(contract, rows: PlanRows) -> ImportPreview:
    """Validate the rows against the database and say what importing them would change; writes nothing."""
    return _Preparer(contract, rows).run()


def probe(model, existing, values, **relations):
    """An unsaved object with the values of a row: a copy of `existing` (left untouched), or a new one."""
    instance = copy.copy(existing) if existing is not None else model()
    for key, value in {**relations, **values}.items():
        if value is INVALID:
            continue
        if isinstance(value, NewOrganisation):
            value = Organisation(name=value.name, kind=value.kind)
        setattr(instance, key, value)
    return instance


class _Preparer:
    def __init__(self, contract, rows: PlanRows):
        self.contract = contract
        self.rows = rows
        self.preview = ImportPreview(
            contract=contract, source=rows.source, default_axe=rows.default_axe, without_axe=rows.without_axe
        )
        self.preview.extend(rows)
        self.new_orgs: dict[tuple, NewOrganisation] = {}

    # Problems

    def error(self, row: RowData | None, key, message):
        self.preview.error(message, row.at(key) if row else None)

    def warn(self, row: RowData | None, key, message):
        self.preview.warn(message, row.at(key) if row else None)

    def read(self, row, key, reader, *args, **kwargs):
        try:
            return reader(row.values.get(key), *args, **kwargs)
        except cells.CellError as error:
            self.error(row, key, str(error))
            return INVALID

    def text(self, row, key):
        return self.read(row, key, cells.read_text)

    def key_text(self, row, key):
        """The text of a column that identifies the row: it cannot be empty."""
        value = self.text(row, key)
        if value == "":
            self.error(row, key, REQUIRED_MESSAGE)
            return INVALID
        return value

    @staticmethod
    def writes(change, readable) -> bool:
        """Whether the model's validation checks a row: when the import writes it (new or changed), and when a cell
        could not be read, to report every problem of the row at once. An unchanged object is not written: its
        validation would cost queries (related rows, constraints) for nothing."""
        return not readable or change.existing is None or bool(change.changes)

    def validate(self, instance, row, values, *, exclude=()) -> bool:
        """The model's own validation of `instance`, but for the fields whose cell could not be read."""
        exclude = set(exclude) | {key for key, value in values.items() if value is INVALID}
        return validate_row(instance, row, self.preview, exclude=exclude)

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
        self.commune_codes = wanted("communes")
        self.communes = {c.code: c for c in Commune.objects.filter(code__in=self.commune_codes)}
        self.coverable = {None: self.coverable_codes(None)}
        prs_codes = wanted("prs_elements")
        prs_prefixes = {code.split(":", 1)[0] for code in prs_codes if ":" in code}
        self.prs_elements = {
            prs_element_code(e): e
            for e in PrsElement.objects.filter(prs__code__in=prs_prefixes).select_related("prs")
            if prs_element_code(e) in prs_codes
        }
        self.prs_objectives = set(
            PrsElement.objects.objectives()
            .filter(pk__in=[e.pk for e in self.prs_elements.values()])
            .values_list("pk", flat=True)
        )
        names = wanted("partners") | {cells.read_text(row.values.get("porteur")) for row in fiche_rows}
        self.organisations = {}
        for organisation in Organisation.objects.filter(search_name__in={fold(n) for n in names if n}):
            self.organisations.setdefault(organisation.search_name, []).append(organisation)
        emails = {cells.read_text(row.values.get("pilote")).lower() for row in fiche_rows} - {""}
        users = get_user_model().objects.filter(email__in=emails | {e for e in emails})
        self.users = {user.email.lower(): user for user in users}
        self.eligible = set(eligible_pilotes(contract).filter(email__in=emails).values_list("pk", flat=True))

    def coverable_codes(self, fiche):
        """The codes of the file's communes that a fiche may cover (`coverable_communes`)."""
        return set(
            coverable_communes(self.contract, fiche).filter(code__in=self.commune_codes).values_list("code", flat=True)
        )

    def may_cover(self, existing, code) -> bool:
        """One query for every new fiche; one more for an existing fiche only if it names a commune beyond them."""
        if code in self.coverable[None]:
            return True
        if existing is None:
            return False
        if existing.pk not in self.coverable:
            self.coverable[existing.pk] = self.coverable_codes(existing)
        return code in self.coverable[existing.pk]

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

    # Reading cells

    def number(self, row, key):
        """A number that identifies an axe, a fiche or a sub-action (the model's format, `validate_number`)."""
        number = self.read(row, key, cells.read_number_code)
        if number is INVALID:
            return number
        if not number:
            self.error(row, key, REQUIRED_MESSAGE)
            return INVALID
        try:
            validate_number(number)
        except ValidationError as error:
            self.error(row, key, lower_first(error.messages[0]))
            return INVALID
        return number

    def int_cell(self, row, key, default=0):
        value = self.read(row, key, cells.read_int)
        return default if value is None else value

    def year(self, row, key):
        """The year of a budget line or an indicator value: required, and a year of the plan (`validate_year`)."""
        year = self.read(row, key, cells.read_int)
        if year is None:
            self.error(row, key, REQUIRED_MESSAGE)
            return INVALID
        if year is INVALID:
            return year
        try:
            validate_year(year)
        except ValidationError as error:
            self.error(row, key, lower_first(error.messages[0]))
            return INVALID
        return year

    def avenant(self, row):
        number = self.read(row, "avenant", cells.read_int)
        if number is INVALID or number is None:
            return None if number is None else INVALID
        if number not in self.avenants:
            self.error(row, "avenant", f"le contrat n'a pas d'avenant n° {number}.")
            return INVALID
        return self.avenants[number]

    # Axes

    def prepare_axes(self):
        seen = {}
        self.file_axes = {}
        for row in self.rows.rows(AXES):
            number = self.number(row, "number")
            values = {"title": self.text(row, "title")}
            parent_number = self.read(row, "parent", cells.read_number_code) if row.has("parent") else ""
            if row.has("description"):
                values["description"] = self.text(row, "description")
            if row.has("position"):
                values["position"] = self.int_cell(row, "position")
            if row.has("avenant"):
                values["avenant"] = self.avenant(row)
            if number is INVALID:
                continue
            if number in seen:
                self.error(row, "number", f"l'axe {number} apparaît déjà ligne {seen[number]}.")
                continue
            seen[number] = row.row
            existing = self.db_axes.get(number)
            title = values["title"]
            change = ObjectChange(number, title if title is not INVALID else "", existing=existing)
            change.parent_number = parent_number if parent_number is not INVALID else ""
            change.values = values
            change.row = row
            change.probe = probe(Axe, existing, values, contract=self.contract, number=number)
            self.file_axes[number] = change
        # Parents first, so that each axe is checked with its parent as the file makes it.
        valid = {}
        for change in self.file_axes.values():
            row, parent_number = change.row, change.parent_number
            valid[change.number] = True
            if not row.has("parent"):
                continue
            if parent_number and not self.axe_exists(parent_number):
                self.error(
                    row, "parent", f"l'axe parent {parent_number} n'existe ni dans la feuille ni dans le portail."
                )
                valid[change.number] = False
            else:
                change.probe.parent = self.axe_probe(parent_number) if parent_number else None
        for change in self.file_axes.values():
            row = change.row
            readable = valid[change.number] and not any(value is INVALID for value in change.values.values())
            if readable and change.existing is not None:
                self.diff(change, change.existing, change.values, AXE_LABELS)
                current_parent = change.existing.parent.number if change.existing.parent else ""
                if row.has("parent") and current_parent != change.parent_number:
                    change.changes.append(Change("Axe parent", current_parent or EMPTY, change.parent_number or EMPTY))
            if self.writes(change, readable) and not self.validate(change.probe, row, change.values):
                continue
            if not readable:
                continue
            if change.existing is None:
                change.values.setdefault("position", 0)
            self.preview.axes.append(change)

    def axe_exists(self, number):
        return number in self.file_axes or number in self.db_axes

    def axe_probe(self, number):
        """The axe as the file makes it (unsaved if the file creates it), else as it is in the portal."""
        change = self.file_axes.get(number)
        return change.probe if change is not None else self.db_axes[number]

    # Fiches

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
            if axe_number is not INVALID and not self.axe_exists(axe_number):
                self.error(row, "axe", f"l'axe {axe_number} n'existe ni dans la feuille « Axes » ni dans le portail.")
                axe_number = INVALID
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
            relations = {"contract": self.contract, "number": number}
            if axe_number is not INVALID:
                relations["axe"] = self.axe_probe(axe_number)  # unsaved if the file creates it
            change.probe = probe(FicheAction, existing, values, **relations)
            if existing is not None:
                change.version_read = existing.version
            readable = axe_number is not INVALID and not any(v is INVALID for v in (*values.values(), *m2m.values()))
            if readable and existing is not None:
                if axe_number != existing.axe.number:
                    change.changes.append(Change("Axe", existing.axe.number, axe_number))
                self.diff(change, existing, values, FICHE_LABELS)
                for key, new in m2m.items():
                    old = list(getattr(existing, key).all())
                    if {o.pk for o in old} != {getattr(n, "pk", n) for n in new} or any(
                        isinstance(n, NewOrganisation) for n in new
                    ):
                        change.changes.append(Change(FICHE_LABELS[key], show(_sorted(old)), show(_sorted(new))))
            exclude = ["axe"] if axe_number is INVALID else []
            valid = not self.writes(change, readable) or self.validate(change.probe, row, values, exclude=exclude)
            valid = self.check_territory(row, change.probe, values, m2m, existing) and valid
            if not valid or not readable:
                continue
            if existing is not None:
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
        """The fields a fiche row sets: plain values, and the lists of its many-to-many fields."""
        values, m2m = {}, {}
        for field in FICHE_FIELDS:
            model_field = field.model_field
            key = field.key
            if model_field is None or field.column.readonly or key in ("axe", "number") or not row.has(key):
                continue
            if model_field.many_to_many:
                m2m[key] = getattr(self, f"read_{key}")(row, existing)
            elif model_field.is_relation:
                values[key] = getattr(self, f"read_{key}")(row, existing)
            else:
                values[key] = self.plain(row, field)
        status = values.get("status")
        if status not in (None, INVALID) and values.get("progress") is not INVALID:
            # The preview shows the progress the fiche will be saved with (« Réalisée » is 100 %).
            progress = values.get("progress", getattr(existing, "progress", 0))
            if "progress" in values or settled_progress(status, progress) != progress:
                values["progress"] = settled_progress(status, progress)
        return values, m2m

    def plain(self, row, field):
        """The value of a plain field's cell; an empty cell gives the model's default (« À venir », 0 %, « oui »)."""
        model_field, column = field.model_field, field.column
        default = model_field.get_default() if model_field.has_default() else None
        if column.kind == "choice":
            value = self.read(row, field.key, cells.read_choice, column.choices)
            return value or default or "" if value is not INVALID else INVALID
        if column.kind == "bool":
            return self.read(row, field.key, cells.read_bool, default=default)
        value = self.read(row, field.key, PLAIN_READERS[column.kind])
        return default if value is None and default is not None else value

    def check_territory(self, row, fiche, values, m2m, existing) -> bool:
        """The rule on the communes (`validate_territory`): many-to-many, so checked outside `full_clean`."""
        communes = m2m.get("communes", list(existing.communes.all()) if existing else [])
        if values.get("whole_territory") is INVALID or communes is INVALID:
            return True
        try:
            validate_territory(fiche.whole_territory, communes)
        except ValidationError as error:
            self.error(row, "communes" if row.has("communes") else "whole_territory", lower_first(error.messages[0]))
            return False
        return True

    def read_avenant(self, row, existing):
        return self.avenant(row)

    def read_ars_theme(self, row, existing):
        return self.by_code(row, "ars_theme", self.themes, "thématique ARS")

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

    def read_prs_priorities(self, row, existing):
        items = self.read(row, "prs_priorities", cells.read_list)
        if items is INVALID:
            return items
        return self.codes_of(row, "prs_priorities", items, self.priorities, "priorité du PRS")

    def read_target_publics(self, row, existing):
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

    def read_communes(self, row, existing):
        items = self.read(row, "communes", cells.read_list)
        if items is INVALID:
            return items
        found = []
        for code in items:
            commune = self.communes.get(code)
            if commune is None:
                self.error(row, "communes", f"« {code} » n'est pas un code INSEE de commune connu.")
                return INVALID
            if not self.may_cover(existing, code):
                self.error(
                    row, "communes", f"la commune {commune.name} ({code}) n'est pas dans le périmètre du contrat."
                )
                return INVALID
            found.append(commune)
        return _unique(found)

    def read_prs_elements(self, row, existing):
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
            if element.pk not in self.prs_objectives:
                self.error(row, "prs_elements", f"« {code} » est une orientation : choisissez un objectif du PRS.")
                return INVALID
            found.append(element)
        return _unique(found)

    def organisation(self, row, key, name, kind, current):
        """An existing organisation of that name (the fiche's own first), or a new one of kind `kind` or "Autre"."""
        candidates = self.organisations.get(fold(name), [])
        if kind:
            candidates = [o for o in candidates if o.kind == kind]
        if candidates:
            current_pks = {o.pk for o in current if o}
            ranked = sorted(candidates, key=lambda o: (o.pk not in current_pks, o.name != name, o.pk))
            return ranked[0]
        kind = kind or OrganisationKind.OTHER
        new = self.new_orgs.get((fold(name), kind))
        if new is None:
            new = NewOrganisation(name, kind)
            organisation = Organisation(name=name, kind=kind)
            at = _as_row(row, key, ("name", "kind"))
            # `search_name` is derived from the name when the organisation is saved.
            if not validate_row(organisation, at, self.preview, exclude=["search_name"]):
                return INVALID
            self.new_orgs[(fold(name), kind)] = new
        return new

    def read_porteur(self, row, existing):
        name = self.text(row, "porteur")
        kind = self.read(row, "porteur_kind", cells.read_choice, OrganisationKind) if row.has("porteur_kind") else ""
        if name is INVALID or kind is INVALID:
            return INVALID
        if not name:
            return None
        return self.organisation(row, "porteur", name, kind, [existing.porteur] if existing else [])

    def read_partners(self, row, existing):
        items = self.read(row, "partners", cells.read_list)
        if items is INVALID:
            return items
        current = list(existing.partners.all()) if existing else []
        found = [self.organisation(row, "partners", name, None, current) for name in items]
        return INVALID if INVALID in found else _unique(found)

    def read_pilote(self, row, existing):
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
                f"le compte {email} n'est ni membre du contrat ni animateur ou animatrice ARS du département : il ne "
                "peut pas piloter une fiche.",
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
        change.probe = existing
        self.fiche_changes[number] = change
        self.preview.fiches.append(change)
        return change

    def child(self, change, model, label, existing, values, labels, row, **relations):
        """The change of a sub-object of the fiche `change`, if the model's validation accepts it (None otherwise)."""
        instance = probe(model, existing, values, **relations)
        readable = not any(v is INVALID for v in values.values())
        op = ChildOp(model, label, existing, values)
        op.probe = instance
        if existing is None:
            op.changes.append(Change(label, EMPTY, "ajout"))
        elif readable:
            for key, new in values.items():
                old = getattr(existing, key)
                if not same(old, new):
                    op.changes.append(
                        Change(
                            f"{label} : {labels[key]}", show(old, labels.choices(key)), show(new, labels.choices(key))
                        )
                    )
        if self.writes(op, readable) and not self.validate(instance, row, values):
            return None
        if not readable:
            return None
        change.children.append(op)
        return op

    def prepare_sub_actions(self):
        seen = {}
        for row in self.rows.rows(SUB_ACTIONS):
            fiche = self.fiche_for(row)
            number = self.number(row, "number")
            values = {"title": self.text(row, "title")}
            for key in ("description", "pilote"):
                if row.has(key):
                    values[key] = self.text(row, key)
            if row.has("status"):
                values["status"] = self.sub_action_status(row)
            for key in ("start_date", "end_date"):
                if row.has(key):
                    values[key] = self.read(row, key, cells.read_date)
            if row.has("position"):
                values["position"] = self.int_cell(row, "position")
            if fiche is None or number is INVALID:
                continue
            key = (fiche.number, number)
            if key in seen:
                self.error(row, "number", f"la sous-action {number} apparaît déjà ligne {seen[key]}.")
                continue
            seen[key] = row.row
            existing = None
            if fiche.existing is not None:
                existing = next((s for s in fiche.existing.sub_actions.all() if s.number == number), None)
            values["number"] = number
            label = f"Sous-action {number}"
            self.child(fiche, SubAction, label, existing, values, SUB_ACTION_LABELS, row, fiche=fiche.probe)

    def sub_action_status(self, row):
        """A fiche's status; « oui » / « non » of the former column « Réalisée » as « Réalisée » / « À venir »."""
        value = row.values.get("status")
        try:
            done = cells.read_bool(value)
        except cells.CellError:
            done = None
        if done is not None:
            return FicheStatus.DONE if done else FicheStatus.PLANNED
        status = self.read(row, "status", cells.read_choice, FicheStatus)
        return status or FicheStatus.PLANNED

    def prepare_budget(self):
        seen = {}
        for row in self.rows.rows(BUDGET):
            fiche = self.fiche_for(row)
            year = self.year(row, "year")
            funder = self.read(row, "funder", cells.read_choice, Funder)
            if funder == "":
                self.error(row, "funder", REQUIRED_MESSAGE)
                funder = INVALID
            label = self.text(row, "funder_label") if row.has("funder_label") else ""
            values = {}
            if row.has("kind"):
                values["kind"] = self.read(row, "kind", cells.read_choice, BudgetKind)
            for key in ("planned_amount", "actual_amount"):
                if row.has(key):
                    values[key] = self.read(row, key, cells.read_decimal)
            if "planned_amount" in values and values["planned_amount"] is None:
                values["planned_amount"] = Decimal("0.00")
            if fiche is None or INVALID in (year, funder, label):
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
            self.child(fiche, BudgetLine, title, existing, values, BUDGET_LABELS, row, fiche=fiche.probe)

    def prepare_indicators(self):
        seen = {}
        self.file_indicators = {}
        for row in self.rows.rows(INDICATORS):
            fiche = self.fiche_for(row)
            name = self.key_text(row, "name")
            values = {}
            if row.has("kind"):
                kind = self.read(row, "kind", cells.read_choice, IndicatorKind)
                values["kind"] = kind or IndicatorKind.PROCESS if kind is not INVALID else INVALID
            for key in ("unit", "baseline", "target", "source"):
                if row.has(key):
                    values[key] = self.text(row, key)
            if row.has("position"):
                values["position"] = self.int_cell(row, "position")
            if fiche is None or name is INVALID:
                continue
            key = (fiche.number, name)
            if key in seen:
                self.error(
                    row, "name", f"la fiche {fiche.number} a déjà un indicateur « {name} » (ligne {seen[key]})."
                )
                continue
            seen[key] = row.row
            existing = self.db_indicator(fiche, name)
            values["name"] = name
            label = f"Indicateur « {name} »"
            op = self.child(fiche, FicheIndicator, label, existing, values, INDICATOR_LABELS, row, fiche=fiche.probe)
            if op is not None:
                self.file_indicators[key] = op.probe

    @staticmethod
    def db_indicator(fiche, name):
        if fiche.existing is None:
            return None
        return next((i for i in fiche.existing.indicators.all() if i.name == name), None)

    def prepare_indicator_values(self):
        seen = {}
        for row in self.rows.rows(INDICATOR_VALUES):
            fiche = self.fiche_for(row)
            name = self.key_text(row, "indicator")
            year = self.year(row, "year")
            values = {"value": self.read(row, "value", cells.read_decimal)}
            if row.has("comment"):
                values["comment"] = self.text(row, "comment")
            if fiche is None or INVALID in (name, year):
                continue
            indicator = self.db_indicator(fiche, name)
            in_file = self.file_indicators.get((fiche.number, name))
            if in_file is None and indicator is None:
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
                indicator=in_file or indicator,
            )
            if op is not None:
                op.indicator_key = (fiche.number, name)


class _Labels(dict):
    """Field labels of a model for the preview, and the choices of its enum fields."""

    def __init__(self, model, choices=None, **extra):
        super().__init__(
            {f.name: str(capfirst(f.verbose_name)) for f in model._meta.get_fields() if hasattr(f, "verbose_name")}
        )
        self.update(extra)
        self._choices = choices or {}

    def choices(self, key):
        return self._choices.get(key)


AXE_LABELS = _Labels(Axe)
FICHE_LABELS = _Labels(FicheAction, {f.key: f.column.choices for f in FICHE_FIELDS if f.column.kind == "choice"})
SUB_ACTION_LABELS = _Labels(SubAction, {"status": FicheStatus})
BUDGET_LABELS = _Labels(BudgetLine, {"funder": Funder, "kind": BudgetKind})
INDICATOR_LABELS = _Labels(FicheIndicator, {"kind": IndicatorKind})
INDICATOR_VALUE_LABELS = _Labels(FicheIndicatorValue)


def _as_row(row: RowData, key, fields) -> RowData:
    """`row` seen from another model whose `fields` all come from the column `key` (an organisation from its name)."""
    header = row.headers.get(key)
    return RowData(row.sheet, row.row, row.values, {name: header for name in fields} if header else {})


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
