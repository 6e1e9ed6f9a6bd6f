"""Export of a plan d'action to the portal's Excel template (`schema`), in a bounded number of queries."""

import io

from django.db.models import Prefetch
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from actions.enums import BudgetKind, FicheStatus, Funder, IndicatorKind, Modality, Priority, Public
from actions.excel.schema import (
    AXES,
    BUDGET,
    DATA_SHEETS,
    FICHES,
    INDICATOR_VALUES,
    INDICATORS,
    README_TITLE,
    SUB_ACTIONS,
)
from actions.models import Axe, FicheAction, FicheIndicator
from actions.validators import number_key
from cls_portal.imports import cells
from contracts.enums import OrganisationKind
from referentials.models import ArsTheme, PrsElement, PrsPriority

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE5F5")
VALIDATED_ROWS = 1000  # data validation lists cover the exported rows and room to add more
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_filename(contract) -> str:
    return f"plan-{contract.slug}-{timezone.localdate():%Y-%m-%d}.xlsx"


def fiches_for_export(contract):
    """Every fiche of the contract with all it carries: a fixed number of queries whatever their number."""
    return sorted(
        FicheAction.objects.filter(contract=contract)
        .select_related("axe", "porteur", "pilote", "ars_theme", "avenant")
        .prefetch_related(
            "target_publics",
            "communes",
            "partners",
            Prefetch("prs_elements", queryset=PrsElement.objects.select_related("prs")),
            "prs_priorities",
            "sub_actions",
            "budget_lines",
            Prefetch("indicators", queryset=FicheIndicator.objects.prefetch_related("values")),
        ),
        key=lambda fiche: fiche.number_key,
    )


def prs_element_code(element) -> str:
    return f"{element.prs.code}:{element.code}"


def _naive(value):
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def _label(choices, value):
    return choices(value).label if value else ""


def fiche_values(fiche) -> dict:
    """The cells of a fiche's row, by column key."""
    return {
        "axe": fiche.axe.number,
        "number": fiche.number,
        "target_publics": [Public(p.code).label for p in sorted(fiche.target_publics.all(), key=lambda p: p.position)],
        "communes": sorted(c.code for c in fiche.communes.all()),
        "porteur": fiche.porteur.name if fiche.porteur else "",
        "porteur_kind": _label(OrganisationKind, fiche.porteur.kind) if fiche.porteur else "",
        "pilote": fiche.pilote.email if fiche.pilote else "",
        "partners": sorted((o.name for o in fiche.partners.all()), key=str.lower),
        "prs_elements": sorted((prs_element_code(e) for e in fiche.prs_elements.all()), key=str.lower),
        "ars_theme": fiche.ars_theme.code if fiche.ars_theme else "",
        "prs_priorities": [p.code for p in sorted(fiche.prs_priorities.all(), key=lambda p: p.position)],
        "priority": _label(Priority, fiche.priority),
        "modality": _label(Modality, fiche.modality),
        "status": _label(FicheStatus, fiche.status),
        "avenant": fiche.avenant.number if fiche.avenant else None,
        "created_at": _naive(fiche.created_at),
        "updated_at": _naive(fiche.updated_at),
    }


def _cell(column, value):
    if column.kind == "list":
        return cells.list_cell(value)
    if column.kind == "bool":
        return cells.bool_cell(value)
    if column.kind in ("date", "int", "decimal"):
        return value
    return cells.text_cell(value)


def _rows(sheet, objects, values):
    for obj in objects:
        special = values(obj)
        yield [
            _cell(column, special[column.key] if column.key in special else getattr(obj, column.key))
            for column in sheet.columns
        ]


def _write_sheet(workbook, sheet, rows):
    worksheet = workbook.create_sheet(sheet.title)
    worksheet.append([column.header for column in sheet.columns])
    count = 0
    for row in rows:
        worksheet.append(row)
        count += 1
    for index, column in enumerate(sheet.columns, 1):
        letter = get_column_letter(index)
        worksheet.column_dimensions[letter].width = column.width
        header = worksheet.cell(row=1, column=index)
        header.font = HEADER_FONT
        header.fill = HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
        number_format = {"date": cells.DATE_FORMAT, "decimal": "#,##0.00", "code": "@"}.get(column.kind)
        if column.key in ("created_at", "updated_at"):
            number_format = "DD/MM/YYYY HH:MM"
        for (cell,) in worksheet.iter_rows(min_row=2, max_row=count + 1, min_col=index, max_col=index):
            if number_format:
                cell.number_format = number_format
            if column.width >= 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        _add_validation(worksheet, column, letter)
    worksheet.freeze_panes = "A2" if sheet is not FICHES else "C2"
    worksheet.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{count + 1}"
    return worksheet


def _add_validation(worksheet, column, letter):
    if column.readonly:
        return
    if column.kind == "bool":
        values = ["oui", "non"]
    elif column.kind == "choice":
        values = list(column.choices.labels)
    else:
        return
    validation = DataValidation(
        type="list",
        formula1='"{}"'.format(",".join(values)),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Valeur non prévue",
        error=f"Choisissez une valeur de la liste : {', '.join(values)}.",
    )
    validation.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
    worksheet.add_data_validation(validation)


def _write_readme(workbook, contract):
    worksheet = workbook.create_sheet(README_TITLE)
    worksheet.column_dimensions["A"].width = 40
    worksheet.column_dimensions["B"].width = 100
    bold = Font(bold=True)

    def line(first="", second="", *, strong=False):
        worksheet.append([cells.text_cell(first), cells.text_cell(second)])
        if strong:
            worksheet.cell(row=worksheet.max_row, column=1).font = bold

    worksheet.append([cells.text_cell(f"Plan d'action — {contract.name}")])
    worksheet["A1"].font = Font(bold=True, size=14)
    line("Contrat (identifiant court)", contract.slug)
    line("Exporté le", timezone.localtime().strftime("%d/%m/%Y à %H:%M"))
    line()
    for paragraph in README_PARAGRAPHS:
        line(paragraph)
    line()
    for sheet in DATA_SHEETS:
        line(f"Feuille « {sheet.title} »", sheet.help, strong=True)
        for column in sheet.columns:
            notes = [column.help]
            if column.required:
                notes.insert(0, "Obligatoire.")
            if column.readonly:
                notes.insert(0, "Non relue à l'import.")
            if column.kind == "choice":
                notes.append("Valeurs : " + ", ".join(f"« {label} »" for label in column.choices.labels) + ".")
            line(f"  {column.header}", " ".join(note for note in notes if note))
        line()
    line("Valeurs possibles", "", strong=True)
    line("  Publics cibles", ", ".join(f"« {label} »" for label in Public.labels))
    for title, choices in (
        ("Statut", FicheStatus),
        ("Priorité", Priority),
        ("Modalité", Modality),
        ("Financeur", Funder),
        ("Nature", BudgetKind),
        ("Type d'indicateur", IndicatorKind),
        ("Type d'organisation", OrganisationKind),
    ):
        line(f"  {title}", ", ".join(f"« {label} »" for label in choices.labels))
    line()
    line("Thématiques ARS (code)", "", strong=True)
    for theme in ArsTheme.objects.order_by("position"):
        line(f"  {theme.code}", theme.label)
    line("Priorités du PRS (code)", "", strong=True)
    for priority in PrsPriority.objects.order_by("position"):
        line(f"  {priority.code}", priority.label)
    line("Objectifs du PRS de la région (code)", "", strong=True)
    elements = (
        PrsElement.objects.objectives()
        .filter(prs__region_id=contract.departement.region_id)
        .select_related("prs")
        .order_by("prs", "position")
    )
    for element in elements:
        line(f"  {prs_element_code(element)}", f"{element.short_label} — {element.title}")
    for row in worksheet.iter_rows(min_row=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


README_PARAGRAPHS = (
    "Ce classeur est à la fois l'export du plan d'action et le modèle à remplir pour l'importer dans le portail.",
    "Ne renommez ni les feuilles ni les en-têtes de colonnes ; l'ordre des colonnes et des lignes est libre.",
    "Une fiche est reconnue par son numéro : une ligne dont le numéro existe met la fiche à jour, une ligne "
    "nouvelle crée une fiche. Les fiches absentes du classeur sont conservées dans le portail, sans changement.",
    "Les sous-actions, lignes de budget, indicateurs et valeurs absents du classeur sont eux aussi conservés : "
    "supprimez-les dans le portail.",
    "Les listes s'écrivent en séparant les éléments par « ; ». Les dates au format JJ/MM/AAAA. Oui/non : « oui » "
    "ou « non ».",
    "Un texte qui commence par =, +, - ou @ est précédé d'une apostrophe à l'export pour qu'il ne soit pas pris pour "
    "une formule (sauf un nombre écrit en texte, comme un numéro de téléphone) ; l'import la retire.",
    "L'import est tout ou rien : s'il y a une seule erreur, rien n'est enregistré et chaque erreur est signalée avec "
    "sa feuille, sa ligne et sa colonne. Un aperçu des changements est présenté avant l'enregistrement.",
)


def build_workbook(contract) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    fiches = fiches_for_export(contract)
    for fiche in fiches:
        fiche.contract = contract  # already fetched; avoids one query per fiche
    axes = sorted(
        Axe.objects.filter(contract=contract).select_related("parent", "avenant"),
        key=lambda axe: number_key(axe.number),
    )
    fiche_rows = _rows(FICHES, fiches, lambda f: fiche_values(f) | {"contract": contract.slug})
    _write_sheet(workbook, FICHES, fiche_rows)
    _write_sheet(
        workbook,
        AXES,
        _rows(
            AXES,
            axes,
            lambda a: {
                "parent": a.parent.number if a.parent else "",
                "avenant": a.avenant.number if a.avenant else None,
            },
        ),
    )
    _write_sheet(
        workbook,
        SUB_ACTIONS,
        _rows(
            SUB_ACTIONS,
            [(f, s) for f in fiches for s in sorted(f.sub_actions.all(), key=lambda s: (s.number_key, s.pk))],
            lambda pair: (
                {"fiche": pair[0].number}
                | _fields(pair[1], SUB_ACTIONS)
                | {"status": _label(FicheStatus, pair[1].status)}
            ),
        ),
    )
    _write_sheet(
        workbook,
        BUDGET,
        _rows(
            BUDGET,
            [
                (f, b)
                for f in fiches
                for b in sorted(f.budget_lines.all(), key=lambda b: (b.year, b.funder, b.funder_label))
            ],
            lambda pair: (
                {"fiche": pair[0].number}
                | _fields(pair[1], BUDGET)
                | {"funder": Funder(pair[1].funder).label, "kind": _label(BudgetKind, pair[1].kind)}
            ),
        ),
    )
    indicators = [(f, i) for f in fiches for i in sorted(f.indicators.all(), key=lambda i: (i.position, i.pk))]
    _write_sheet(
        workbook,
        INDICATORS,
        _rows(
            INDICATORS,
            indicators,
            lambda pair: (
                {"fiche": pair[0].number}
                | _fields(pair[1], INDICATORS)
                | {"kind": _label(IndicatorKind, pair[1].kind)}
            ),
        ),
    )
    _write_sheet(
        workbook,
        INDICATOR_VALUES,
        _rows(
            INDICATOR_VALUES,
            [(f, i, v) for f, i in indicators for v in sorted(i.values.all(), key=lambda v: v.year)],
            lambda triple: (
                {"fiche": triple[0].number, "indicator": triple[1].name} | _fields(triple[2], INDICATOR_VALUES)
            ),
        ),
    )
    _write_readme(workbook, contract)
    workbook.active = 0
    workbook.properties.title = f"Plan d'action — {contract.name}"
    workbook.properties.subject = contract.slug
    workbook.properties.creator = "Portail CLS"
    return workbook


def _fields(obj, sheet):
    """Plain fields of a sub-object (its fiche and indicator are written by number and name by the caller)."""
    return {
        column.key: getattr(obj, column.key)
        for column in sheet.columns
        if column.key not in ("fiche", "indicator") and hasattr(obj, column.key)
    }


def export_plan(contract) -> bytes:
    """The plan d'action of `contract` as an .xlsx file."""
    buffer = io.BytesIO()
    build_workbook(contract).save(buffer)
    return buffer.getvalue()
