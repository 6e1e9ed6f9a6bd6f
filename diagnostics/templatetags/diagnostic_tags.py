"""Indicator values as the pages say them: French numbers, the reason when there is none, gaps with their sign."""

import json

from django import template

from diagnostics.enums import DiagnosticStatus
from diagnostics.formatting import french_number, gap_text, work_period

register = template.Library()

STATUS_BADGES = {
    DiagnosticStatus.DRAFT: "fr-badge--new",
    DiagnosticStatus.SHARED: "fr-badge--info",
    DiagnosticStatus.VALIDATED: "fr-badge--success",
}


@register.filter
def number(value, decimals=1):
    """« 1 234,5 »."""
    return french_number(value, int(decimals))


@register.filter
def cell_value(cell, indicator):
    """The value of a comparison cell with the indicator's decimals, or why there is none."""
    if cell is None:
        return "—"
    if cell.has_value:
        return french_number(cell.value, indicator.decimals)
    return cell.explanation


register.filter("gap_text", gap_text)


@register.filter
def share_text(value):
    return f"{french_number(value, 1)} %" if value is not None else ""


@register.inclusion_tag("diagnostics/_status_badge.html")
def diagnostic_badge(status, small=False):
    return {"label": DiagnosticStatus(status).label, "css": STATUS_BADGES[DiagnosticStatus(status)], "small": small}


@register.filter
def as_json(value):
    """A Python list as the JSON a DSFR Chart attribute reads (the template escapes it as any attribute)."""
    return json.dumps(value, ensure_ascii=False)


@register.filter
def period(work):
    """When a qualitative work took place (see `formatting.work_period`)."""
    return work_period(work.start_date, work.end_date)
