"""What an import would do, shown before anything is written: created, updated and unchanged axes and fiches."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model

from actions.excel.exporters import prs_element_code
from actions.history import Change
from actions.models import Axe, TargetPublic
from cls_portal.imports import cells, uploads
from cls_portal.imports.report import Report
from cls_portal.text import clean_text, count
from referentials.models import ArsTheme, Commune, PrsElement, PrsPriority

EMPTY = "—"


@dataclass(frozen=True)
class NewOrganisation:
    name: str
    kind: str

    def __str__(self):
        return f"{self.name} (nouvelle organisation)"


@dataclass
class ChildOp:
    """A sub-object to create or update; `values` are the fields the file sets."""

    model: type
    label: str
    existing: object | None
    values: dict
    changes: list[Change] = field(default_factory=list)
    indicator_key: tuple | None = None  # indicator values: (fiche number, indicator name)

    @property
    def is_change(self):
        return self.existing is None or bool(self.changes)


@dataclass
class ObjectChange:
    """An axe or a fiche of the preview: created, updated or unchanged, with its changes."""

    number: str
    title: str
    existing: object | None = None
    values: dict = field(default_factory=dict)
    m2m: dict = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    children: list[ChildOp] = field(default_factory=list)
    in_file: bool = True
    parent_number: str = ""  # axes
    axe_number: str = ""  # fiches
    version_read: int | None = None

    @property
    def action(self):
        if self.existing is None:
            return "created"
        if self.changes or any(child.is_change for child in self.children):
            return "updated"
        return "unchanged"

    @property
    def all_changes(self):
        return self.changes + [change for child in self.children for change in child.changes]

    @property
    def new_children(self):
        return [child for child in self.children if child.existing is None]


@dataclass(kw_only=True)
class ImportPreview(Report):
    """The errors and warnings of the file (`Report`), and what importing it would change."""

    contract: object
    source: str
    axes: list[ObjectChange] = field(default_factory=list)
    fiches: list[ObjectChange] = field(default_factory=list)
    absent: list = field(default_factory=list)
    new_organisations: list[NewOrganisation] = field(default_factory=list)
    default_axe: str = ""  # TeT: the axe named in the preview for the actions without one
    without_axe: list[int] = field(default_factory=list)  # TeT: the rows of the actions without an axe

    @property
    def needs_default_axe(self):
        """Actions without an axe, and no axe named for them yet: the preview asks for one."""
        return bool(self.without_axe) and not self.default_axe

    def _with(self, objects, action):
        return [obj for obj in objects if obj.action == action]

    @property
    def created(self):
        return self._with(self.fiches, "created")

    @property
    def updated(self):
        return self._with(self.fiches, "updated")

    @property
    def unchanged(self):
        return [f for f in self._with(self.fiches, "unchanged") if f.in_file]

    @property
    def axes_created(self):
        return self._with(self.axes, "created")

    @property
    def axes_updated(self):
        return self._with(self.axes, "updated")

    @property
    def has_changes(self):
        return bool(self.created or self.updated or self.axes_created or self.axes_updated or self.new_organisations)

    def fingerprint(self) -> str:
        """What the import would do; confirming checks it did not change since the preview was shown."""
        summary = [
            [(o.number, o.action, [(c.label, c.old, c.new) for c in o.all_changes]) for o in self.axes + self.fiches],
            [(o.name, o.kind) for o in self.new_organisations],
        ]
        return uploads.fingerprint(summary)

    def summary(self) -> str:
        return (
            f"{count(len(self.created), 'fiche créée', 'fiches créées')}, "
            f"{count(len(self.updated), 'mise à jour', 'mises à jour')}, "
            f"{count(len(self.unchanged), 'inchangée')} ; {count(len(self.axes_created), 'axe créé', 'axes créés')}, "
            f"{count(len(self.axes_updated), 'modifié')} ; "
            f"{count(len(self.new_organisations), 'organisation créée', 'organisations créées')}."
        )


# Showing values ----------


def show(value, choices=None) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return cells.bool_cell(value)
    if choices is not None:
        return choices(value).label
    if hasattr(value, "strftime"):
        return cells.format_date(value)
    if isinstance(value, Decimal):
        return f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    if isinstance(value, list | tuple | set):
        return cells.LIST_SEPARATOR.join(show(item) for item in value)
    if isinstance(value, Axe):
        return value.number
    if isinstance(value, PrsElement):
        return prs_element_code(value)
    if isinstance(value, TargetPublic):
        return value.label
    if isinstance(value, Commune | ArsTheme | PrsPriority):
        return value.code if not isinstance(value, Commune) else f"{value.name} ({value.code})"
    if isinstance(value, get_user_model()):
        return value.email
    return str(value)


def same_text(old, new) -> bool:
    """Texts equal as a file brings them back (`cls_portal.exports`): line breaks, control characters, spaces."""
    normalise = lambda text: clean_text(text or "").strip()  # noqa: E731
    return normalise(old) == normalise(new)


def same(old, new) -> bool:
    if isinstance(old, str) or isinstance(new, str):
        return same_text(old, new)
    if hasattr(old, "pk") or hasattr(new, "pk"):
        return getattr(old, "pk", old) == getattr(new, "pk", new) and not isinstance(new, NewOrganisation)
    return old == new
