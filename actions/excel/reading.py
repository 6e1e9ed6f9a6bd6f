"""Reading the rows of the portal's plan template (the generic reading is `cls_portal.imports.reading`)."""

from dataclasses import dataclass, field

from actions.excel.schema import DATA_SHEETS, FICHES
from cls_portal.imports.reading import RowData, SheetRows, WorkbookError, find_sheet, read_sheet, sheet_names
from cls_portal.imports.report import Report


@dataclass(kw_only=True)
class PlanRows(Report):
    """What a workbook says, sheet by sheet, in the portal's template terms (also produced by the TeT reader)."""

    source: str  # "portail" or "tet"
    sheets: dict[str, SheetRows] = field(default_factory=dict)
    default_axe: str = ""  # TeT: the axe given in the preview to the actions without one
    without_axe: list[int] = field(default_factory=list)  # TeT: the rows of actions without an axe

    def rows(self, sheet) -> list[RowData]:
        return self.sheets.get(sheet.title, SheetRows()).rows

    def present(self, sheet) -> bool:
        return self.sheets.get(sheet.title, SheetRows()).present


def read_portal_rows(workbook) -> PlanRows:
    """Rows of every data sheet of the portal's template; a missing required column is a WorkbookError."""
    plan = PlanRows(source="portail")
    for sheet in DATA_SHEETS:
        worksheet = find_sheet(workbook, sheet.title)
        if worksheet is None:
            if sheet is FICHES:
                raise WorkbookError(
                    f"Le classeur n'a pas de feuille « Fiches » (feuilles trouvées : {sheet_names(workbook)})."
                )
            continue
        plan.sheets[sheet.title] = read_sheet(worksheet, sheet, plan)
    return plan
