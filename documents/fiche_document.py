"""The document of one fiche-action (sent to a partner) and of a selection of fiches, up to the whole plan.

    document = build_fiche(fiche)                 # or build_selection(contract, fiche_ids=[…]) ; [] : the whole plan
    document.title, document.filename, document.data(), document.render_pdf(footer="Version 2 du …")

The fields are those of `actions.fields` (the fiche form's sections, in their order), with the fiche's sub-actions,
budget (years × funders, `actions.budget`) and indicators with their yearly values. `data()` is read from the
database in a bounded number of queries, whatever the number of fiches; the PDF is rendered from it alone, so a
version can be told apart from another by the SHA-256 of its data.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.db.models import Prefetch
from django.utils.text import capfirst, slugify

from actions.budget import budget_table
from actions.fields import form_sections
from actions.models import BudgetLine, FicheAction, FicheIndicator, FicheIndicatorValue, SubAction
from actions.validators import number_key
from cls_portal.pdf import ARCHIVAL, render_pdf
from cls_portal.templatetags.portail import long_date
from cls_portal.text import decimal_text
from referentials.models import PrsElement

TEMPLATE = "documents/pdf/fiches.html"
# Shown in the fiche's heading rather than in its list of fields.
IN_HEADING = {"axe", "number", "title"}


def fiches_queryset():
    """Fiches with everything their document shows, in a number of queries that does not grow with them."""
    return FicheAction.objects.select_related(
        "contract", "axe", "axe__parent", "porteur", "pilote", "ars_theme", "avenant"
    ).prefetch_related(
        "target_publics",
        "communes",
        "partners",
        "prs_priorities",
        Prefetch("prs_elements", queryset=PrsElement.objects.select_related("prs").order_by("prs", "position")),
        Prefetch("sub_actions", queryset=SubAction.objects.order_by("position", "number")),
        Prefetch("budget_lines", queryset=BudgetLine.objects.order_by("year", "funder", "funder_label")),
        Prefetch(
            "indicators",
            queryset=FicheIndicator.objects.order_by("position", "id").prefetch_related(
                Prefetch("values", queryset=FicheIndicatorValue.objects.order_by("year"))
            ),
        ),
    )


def _amount(value) -> str:
    return "" if value is None else str(Decimal(value).quantize(Decimal("0.01")))


def _date(value) -> str:
    return long_date(value) if value else ""


def field_value(fiche, key, model_field) -> str:
    """A field of the fiche as a text a partner reads (lists joined with « ; »)."""
    if key == "pilote":
        return fiche.pilote_label
    if key == "avenant":
        return f"Avenant n° {fiche.avenant.number}" if fiche.avenant_id else ""
    if model_field.many_to_many:
        return " ; ".join(str(item) for item in getattr(fiche, key).all())
    value = getattr(fiche, key)
    if model_field.choices:
        return getattr(fiche, f"get_{key}_display")() if value not in (None, "") else ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime.date):
        return _date(value)
    if key == "progress":
        return f"{value} %"
    return "" if value is None else str(value)


def fiche_data(fiche) -> dict:
    """Everything the document of `fiche` shows, as JSON-serialisable values."""
    sections = []
    for title, keys in form_sections():
        fields = []
        for key in keys:
            if key in IN_HEADING:
                continue
            model_field = FicheAction._meta.get_field(key)
            fields.append(
                {
                    "key": key,
                    "label": capfirst(model_field.verbose_name),
                    "value": field_value(fiche, key, model_field),
                }
            )
        sections.append({"title": title, "fields": fields})
    indicators = list(fiche.indicators.all())
    value_years = sorted({value.year for indicator in indicators for value in indicator.values.all()})
    axe = fiche.axe
    return {
        "number": fiche.number,
        "title": fiche.title,
        "axe": {"number": axe.number, "title": axe.title},
        "parent_axe": {"number": axe.parent.number, "title": axe.parent.title} if axe.parent_id else None,
        "status": fiche.get_status_display(),
        "progress": fiche.progress,
        "is_demo_content": fiche.is_demo_content,
        "sections": sections,
        "sub_actions": [
            {
                "number": sub.number,
                "title": sub.title,
                "description": sub.description,
                "status": sub.get_status_display(),
                "pilote": sub.pilote,
                "start_date": _date(sub.start_date),
                "end_date": _date(sub.end_date),
            }
            for sub in fiche.sub_actions.all()
        ],
        "budget": [
            {
                "year": line.year,
                "funder": line.funder_display,
                "kind": line.get_kind_display() if line.kind else "",
                "planned": _amount(line.planned_amount),
                "actual": _amount(line.actual_amount),
            }
            for line in fiche.budget_lines.all()
        ],
        "indicator_years": value_years,
        "indicators": [
            {
                "name": indicator.name,
                "kind": indicator.get_kind_display(),
                "unit": indicator.unit,
                "baseline": indicator.baseline,
                "target": indicator.target,
                "source": indicator.source,
                "values": [
                    next((decimal_text(v.value) for v in indicator.values.all() if v.year == year), "")
                    for year in value_years
                ],
            }
            for indicator in indicators
        ],
    }


def _budget_grid(lines):
    """The years × funders table of the fiche page, rebuilt from the snapshot's lines."""
    return budget_table(
        [
            SimpleNamespace(
                year=line["year"],
                funder_display=line["funder"],
                planned_amount=Decimal(line["planned"] or 0),
                actual_amount=Decimal(line["actual"]) if line["actual"] else None,
            )
            for line in lines
        ]
    )


class FichesDocument:
    """One fiche or several, each on its own page, grouped by axe, after a cover and a table of contents."""

    def __init__(self, contract, fiches, *, title, filename, whole_plan=False):
        self.contract = contract
        self.fiches = sorted(fiches, key=lambda fiche: number_key(fiche.number))
        self.title = title
        self.filename = filename
        self.whole_plan = whole_plan
        self._data = None

    def data(self) -> dict:
        if self._data is None:
            contract = self.contract
            self._data = {
                "title": self.title,
                "whole_plan": self.whole_plan,
                "contract": {
                    "name": contract.name,
                    "slug": contract.slug,
                    "departement": str(contract.departement),
                    "period": contract.period_label or "",
                    "status": contract.get_status_display(),
                },
                "fiches": [fiche_data(fiche) for fiche in self.fiches],
            }
        return self._data

    def render_pdf(self, *, footer: str = "") -> bytes:
        # Tagged and identified as PDF/A-3a, like the contract (cls_portal.pdf.ARCHIVAL).
        return render_pdf(
            TEMPLATE, pdf_context(self.data(), footer=footer), variant=ARCHIVAL, lang="fr", title=self.title
        )


def pdf_context(data: dict, *, footer: str = "") -> dict:
    """What the template needs from a snapshot: the fiches grouped by axe, their budget grids."""
    groups = []
    for fiche in data["fiches"]:
        fiche = {**fiche, "budget_grid": _budget_grid(fiche["budget"]) if fiche["budget"] else None}
        if not groups or groups[-1]["axe"] != fiche["axe"]:
            groups.append({"axe": fiche["axe"], "parent_axe": fiche["parent_axe"], "fiches": []})
        groups[-1]["fiches"].append(fiche)
    return {"document": data, "groups": groups, "footer": footer, "single": len(data["fiches"]) == 1}


def build_fiche(fiche) -> FichesDocument:
    """The document of one fiche-action, for a partner."""
    fiche = fiches_queryset().get(pk=fiche.pk)
    contract = fiche.contract
    return FichesDocument(
        contract,
        [fiche],
        title=f"Fiche-action {fiche.number} — {fiche.title}",
        filename=f"fiche-{slugify(fiche.number.replace('.', '-'))}-{contract.slug}.pdf",
    )


def build_selection(contract, fiche_ids=()) -> FichesDocument:
    """The fiches `fiche_ids` of `contract` (those still there), or every fiche of the plan when none is given."""
    fiches = fiches_queryset().filter(contract=contract)
    if fiche_ids:
        fiches = fiches.filter(pk__in=list(fiche_ids))
        fiches = list(fiches)
        count = len(fiches)
        title = f"{count} fiche{'s' if count > 1 else ''}-action — {contract.name}"
        filename = f"fiches-{contract.slug}.pdf"
    else:
        fiches = list(fiches)
        title = f"Plan d'action — {contract.name}"
        filename = f"plan-action-{contract.slug}.pdf"
    return FichesDocument(contract, fiches, title=title, filename=filename, whole_plan=not fiche_ids)
