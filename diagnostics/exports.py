"""The comparison of a contract as XLSX or CSV, and a diagnostic as a workbook.

Numbers stay numbers in XLSX; the CSV is what French spreadsheets open directly (« ; », decimal comma, UTF-8 with a
byte order mark). Every cell goes through `cls_portal.exports` (formula injection, control characters).
"""

import csv
import io

from django.utils import timezone
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from cls_portal.exports import export_cell, export_row
from diagnostics.comparison import REFERENCES
from diagnostics.formatting import french_number, gap_text

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
DEMO_NOTE = "Données de démonstration : valeurs fictives"
HEADER_FILL = PatternFill("solid", fgColor="DDDDEE")


def comparison_columns(comparison):
    names = comparison.names
    columns = ["Thème", "Indicateur", "Unité", "Année", f"{names['perimeter']}", "Obtenu"]
    for level in REFERENCES:
        columns += [names[level], f"Écart à {names[level]}", f"Situation par rapport à {names[level]}"]
    return [*columns, "Part du département (%)", "Source", "Démonstration"]


def comparison_rows(comparison, *, as_text=False):
    """One list per indicator; numbers as floats, or as French text for the CSV (`as_text`)."""

    def number(value, decimals):
        if value is None:
            return ""
        return french_number(value, decimals) if as_text else round(value, decimals + 2)

    for row in comparison.rows:
        indicator = row.indicator
        values = [
            indicator.get_theme_display(),
            indicator.label,
            indicator.unit,
            row.year or "",
            number(row.perimeter.value, indicator.decimals) if row.perimeter.has_value else row.perimeter.explanation,
            row.perimeter.explanation if row.perimeter.has_value else "",
        ]
        for level in REFERENCES:
            cell, gap = row.references[level], row.gaps.get(level)
            values.append(number(cell.value, indicator.decimals) if cell.has_value else cell.explanation)
            if as_text:
                values.append(gap_text(gap, indicator))
            else:
                values.append(number(gap.absolute, indicator.decimals) if gap and gap.absolute is not None else "")
            values.append(gap.situation if gap else "")
        values += [
            number(row.share_of_departement, 1) if row.share_of_departement is not None else "",
            indicator.source_label,
            DEMO_NOTE if row.is_demo else "",
        ]
        yield values


def _title(comparison):
    contract = comparison.contract
    return f"{contract.name} : indicateurs du périmètre comparés au département, à la région et à la France"


def export_filename(contract, suffix, extension):
    return f"{slugify(contract.slug)}-{suffix}-{timezone.localdate():%Y-%m-%d}.{extension}"


def comparison_csv(comparison) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([export_cell(_title(comparison))])
    if comparison.has_demo:
        writer.writerow([DEMO_NOTE + " (colonne « Démonstration »)."])
    writer.writerow(export_row(comparison_columns(comparison)))
    for values in comparison_rows(comparison, as_text=True):
        writer.writerow(export_row(values))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _header(sheet, row, columns, widths=None):
    for index, title in enumerate(columns, 1):
        cell = sheet.cell(row=row, column=index, value=export_cell(title))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = (widths or {}).get(index, 18)


def _comparison_sheet(sheet, comparison):
    sheet.title = "Comparaison"
    sheet["A1"] = export_cell(_title(comparison))
    sheet["A1"].font = Font(bold=True, size=12)
    sheet["A2"] = (
        f"{comparison.commune_count} communes, {comparison.population} habitants (population municipale 2023). "
        "Écart = périmètre − territoire de comparaison."
    )
    start = 3
    if comparison.has_demo:
        sheet["A3"] = DEMO_NOTE + " : ne pas les diffuser comme des données réelles."
        sheet["A3"].font = Font(bold=True, color="B00000")
        start = 4
    columns = comparison_columns(comparison)
    _header(sheet, start, columns, {1: 22, 2: 45, 3: 22})
    for offset, values in enumerate(comparison_rows(comparison), start + 1):
        for index, value in enumerate(values, 1):
            sheet.cell(row=offset, column=index, value=export_cell(value))
    sheet.freeze_panes = sheet.cell(row=start + 1, column=3)


def _trend_sheet(sheet, comparison):
    names = comparison.names
    columns = ["Indicateur", "Unité", "Année", names["perimeter"], *[names[level] for level in REFERENCES]]
    _header(sheet, 1, columns, {1: 45, 2: 22})
    line = 2
    for row in comparison.rows:
        for year, perimeter, references in row.trend:
            cells = [perimeter, *[references[level] for level in REFERENCES]]
            values = [row.indicator.label, row.indicator.unit, year]
            values += [round(c.value, row.indicator.decimals + 2) if c.has_value else c.explanation for c in cells]
            for index, value in enumerate(values, 1):
                sheet.cell(row=line, column=index, value=export_cell(value))
            line += 1


def comparison_xlsx(comparison) -> bytes:
    workbook = Workbook()
    _comparison_sheet(workbook.active, comparison)
    _trend_sheet(workbook.create_sheet("Évolution"), comparison)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def diagnostic_xlsx(diagnostic, comparison, trace) -> bytes:
    """The diagnostic: its identity, indicators with comments, qualitative work, priorities and their answers."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Diagnostic"
    lines = [
        ("Contrat", diagnostic.contract.name),
        ("Diagnostic", diagnostic.title),
        ("Nature", diagnostic.get_kind_display()),
        ("Date", diagnostic.made_on.strftime("%d/%m/%Y")),
        ("Statut", diagnostic.get_status_display()),
        ("Rédigé par", str(diagnostic.author)),
        ("Réalisé par", diagnostic.author_detail),
        ("Synthèse", diagnostic.summary),
    ]
    for index, (label, value) in enumerate(lines, 1):
        sheet.cell(row=index, column=1, value=label).font = Font(bold=True)
        sheet.cell(row=index, column=2, value=export_cell(value)).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 100

    by_indicator = {row.indicator.pk: row for row in comparison.rows}
    indicators = workbook.create_sheet("Indicateurs")
    names = comparison.names
    columns = ["Indicateur", "Unité", "Année", names["perimeter"], *[names[level] for level in REFERENCES]]
    _header(indicators, 1, [*columns, "Commentaire", "Source", "Démonstration"], {1: 45, 8: 60, 9: 40})
    for line, item in enumerate(diagnostic.indicators.select_related("indicator"), 2):
        row = by_indicator.get(item.indicator_id)
        values = [item.indicator.label, item.indicator.unit, row.year if row else ""]
        cells = [row.perimeter, *[row.references[level] for level in REFERENCES]] if row else []
        values += [round(c.value, item.indicator.decimals + 2) if c.has_value else c.explanation for c in cells]
        values += [""] * (len(columns) - len(values))
        values += [item.comment, item.indicator.source_label, DEMO_NOTE if row and row.is_demo else ""]
        for index, value in enumerate(values, 1):
            indicators.cell(row=line, column=index, value=export_cell(value))

    works = workbook.create_sheet("Démarches qualitatives")
    _header(
        works, 1, ["Démarche", "Intitulé", "Du", "Au", "Participants", "Nombre", "Synthèse"], {2: 40, 5: 40, 7: 80}
    )
    for line, work in enumerate(diagnostic.works.all(), 2):
        values = [
            work.get_kind_display(),
            work.title,
            work.start_date.strftime("%d/%m/%Y") if work.start_date else "",
            work.end_date.strftime("%d/%m/%Y") if work.end_date else "",
            work.participants,
            work.participant_count,
            work.synthesis,
        ]
        for index, value in enumerate(values, 1):
            works.cell(row=line, column=index, value=export_cell(value))

    priorities = workbook.create_sheet("Enjeux")
    _header(
        priorities,
        1,
        ["N°", "Enjeu", "Justification", "Indicateurs", "Axes qui y répondent", "Fiches-action qui y répondent"],
        {2: 40, 3: 70, 4: 40, 5: 40, 6: 50},
    )
    for line, priority in enumerate(trace.priorities, 2):
        values = [
            priority.number,
            priority.title,
            priority.justification,
            "\n".join(item.indicator.label for item in priority.indicators.all()),
            "\n".join(f"Axe {axe.number} {axe.title}" for axe in priority.axes.all()) or "aucun",
            "\n".join(f"{fiche.number} {fiche.title}" for fiche in priority.fiches.all()),
        ]
        for index, value in enumerate(values, 1):
            priorities.cell(row=line, column=index, value=export_cell(value)).alignment = Alignment(wrap_text=True)
    if trace.orphan_fiches:
        line = len(trace.priorities) + 3
        priorities.cell(row=line, column=1, value="Fiches-action qui ne répondent à aucun enjeu").font = Font(
            bold=True
        )
        for offset, fiche in enumerate(trace.orphan_fiches, 1):
            priorities.cell(row=line + offset, column=2, value=export_cell(f"{fiche.number} {fiche.title}"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
