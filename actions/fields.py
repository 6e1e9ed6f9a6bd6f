"""The fields of a fiche-action, declared once, in the order of the « Fiches » sheet of the Excel template.

Each field says its Excel column (header, kind, width, what to write in it), the section of the fiche form that shows
it, and whether the « complétude » panel counts it. Labels and help texts of the form are the model's
(`FicheAction`); a column's header is the model's label unless the column needs to say more (a format, a unit).

Built from it: the fiche form (`actions.forms.FicheForm`), the completeness check (`actions.completeness`), the Excel
template (`actions.excel.schema.FICHES`), the import's reading of a fiche row (`actions.excel.checks`) and the tables
of docs/excel.md and docs/plan.md (kept in sync by tests/actions/test_excel_docs.py).
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst

from actions.enums import FicheStatus, Modality, Priority, Public
from actions.models import FicheAction
from cls_portal.imports.reading import Column
from contracts.enums import OrganisationKind

# Sections of the fiche form, in their order on the page.
IDENTIFICATION = "Identification"
CONTENT = "Contenu"
PUBLICS = "Publics et territoire"
ACTORS = "Acteurs"
CALENDAR = "Calendrier et moyens"
REGIONAL = "Liens avec la politique régionale"
SECTIONS = (IDENTIFICATION, CONTENT, PUBLICS, ACTORS, CALENDAR, REGIONAL)

LONG = 60  # width of the columns of long texts


@dataclass(frozen=True)
class Completeness:
    """How the « complétude » panel counts a field: filled when any of `any_of` is (by default the field itself)."""

    label: str = ""  # by default the field's label
    any_of: tuple[str, ...] = ()


FILLED = Completeness()


@dataclass(frozen=True)
class FicheField:
    column: Column
    section: str = ""  # the section of the fiche form; "" when the form does not show it
    completeness: Completeness | None = None  # None when the « complétude » panel does not count it

    @property
    def key(self) -> str:
        return self.column.key

    @property
    def model_field(self):
        """The model field, or None for a pseudo-field of the sheet (« Type du porteur »)."""
        try:
            return FicheAction._meta.get_field(self.key)
        except FieldDoesNotExist:
            return None

    @property
    def label(self) -> str:
        """The model's label (« début »), or the column's header for a pseudo-field."""
        return str(self.model_field.verbose_name) if self.model_field else self.column.header

    @property
    def completeness_label(self) -> str:
        return self.completeness.label or self.label

    @property
    def completeness_fields(self) -> tuple[str, ...]:
        return self.completeness.any_of or (self.key,)


def _field(key, kind="text", width=30, *, header="", section="", completeness=None, **column) -> FicheField:
    header = header or capfirst(FicheAction._meta.get_field(key).verbose_name)
    return FicheField(Column(header, key, kind, width, **column), section, completeness)


FICHE_FIELDS = (
    _field("axe", "code", 8, required=True, section=IDENTIFICATION,
           help="Numéro de l'axe ou du sous-axe (feuille « Axes »)."),
    _field("number", "code", 10, required=True, section=IDENTIFICATION,
           help="« 1.2 » ou « 1.2.1 » : commence par le numéro de l'axe."),
    _field("title", width=50, required=True, section=IDENTIFICATION),
    _field("context", width=LONG, section=CONTENT, completeness=FILLED),
    _field("general_objective", width=LONG, section=CONTENT, completeness=FILLED),
    _field("operational_objectives", width=LONG, section=CONTENT, completeness=FILLED),
    _field("description", width=LONG, section=CONTENT, completeness=FILLED),
    _field("expected_results", width=LONG, section=CONTENT, completeness=FILLED),
    _field("target_publics", "list", 40, choices=Public, section=PUBLICS, completeness=FILLED,
           help="Libellés séparés par « ; »."),
    _field("whole_territory", "bool", 14, section=PUBLICS, help="« oui » ou « non ».",
           completeness=Completeness("territoire", ("whole_territory", "communes"))),
    _field("communes", "list", 30, header="Communes (codes INSEE)", section=PUBLICS,
           help="Codes INSEE séparés par « ; », par exemple « 49092; 49244 »."),
    _field("priority_neighbourhoods", width=40, header="Quartiers prioritaires", section=PUBLICS),
    _field("porteur", width=40, section=ACTORS, completeness=FILLED,
           help="Nom de l'organisation ; créée si elle n'existe pas encore."),
    FicheField(Column("Type du porteur", "porteur_kind", "choice", 24, choices=OrganisationKind, help="Facultatif.")),
    _field("pilote", width=32, header="Pilote (e-mail du compte)", section=ACTORS,
           completeness=Completeness("pilote", ("pilote", "pilote_name")),
           help="Adresse e-mail d'un compte du portail membre du contrat ou animateur ARS du département."),
    _field("pilote_name", width=32, section=ACTORS, help="Pour une personne sans compte."),
    _field("elected_referent", width=30, section=ACTORS, completeness=FILLED,
           former_headers=("Élu·e référent·e",)),
    _field("partners", "list", 50, section=ACTORS, completeness=FILLED,
           help="Noms des organisations séparés par « ; » ; créées si besoin."),
    _field("start_date", "date", 14, header="Date de début", section=CALENDAR, completeness=FILLED,
           help="Date au format JJ/MM/AAAA."),
    _field("end_date", "date", 14, header="Date de fin", section=CALENDAR, completeness=FILLED,
           help="Date au format JJ/MM/AAAA, pas avant le début."),
    _field("priority", "choice", 12, choices=Priority, section=IDENTIFICATION, completeness=FILLED),
    _field("modality", "choice", 16, choices=Modality, section=IDENTIFICATION, completeness=FILLED),
    _field("human_means", width=LONG, section=CALENDAR, completeness=FILLED),
    _field("citizen_participation", width=40, section=CALENDAR, completeness=FILLED),
    _field("governance_instance", width=30, section=CALENDAR, completeness=FILLED),
    _field("prs_elements", "list", 30, section=REGIONAL, completeness=FILLED,
           help="Codes « PRS:numéro » séparés par « ; », par exemple « PDL-2023-2028:1.2.1 »."),
    _field("ars_theme", "text", 20, section=REGIONAL, completeness=FILLED,
           help="Code de la thématique (liste ci-dessous)."),
    _field("prs_priorities", "list", 30, section=REGIONAL, completeness=FILLED,
           help="Codes séparés par « ; » (liste ci-dessous)."),
    _field("other_plans", width=40, header="Liens avec d'autres plans et dispositifs", section=REGIONAL),
    _field("status", "choice", 14, choices=FicheStatus, section=IDENTIFICATION, help="« À venir » si vide."),
    _field("progress", "int", 12, section=IDENTIFICATION, help="Nombre entier de 0 à 100 ; 0 si vide."),
    _field("is_demo_content", "bool", 14, help="« oui » ou « non »."),
    _field("avenant", "int", 10, header="Avenant", section=IDENTIFICATION,
           help="Numéro de l'avenant qui a ajouté la fiche."),
    _field("contract", width=20, readonly=True, help="Identifiant court du contrat (information)."),
    _field("version", "int", 10, readonly=True, help="Version de la fiche lors de l'export (information)."),
    _field("created_at", "date", 14, readonly=True, help="Information."),
    _field("updated_at", "date", 14, readonly=True, help="Information."),
)  # fmt: skip

BY_KEY = {field.key: field for field in FICHE_FIELDS}


def form_sections() -> list[tuple[str, list[str]]]:
    """The sections of the fiche form and the fields each shows, in the order of `FICHE_FIELDS`."""
    return [(title, [field.key for field in FICHE_FIELDS if field.section == title]) for title in SECTIONS]


def form_fields() -> list[str]:
    return [key for _title, keys in form_sections() for key in keys]


def completeness_fields() -> list[FicheField]:
    return [field for field in FICHE_FIELDS if field.completeness is not None]
