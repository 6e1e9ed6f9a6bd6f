"""Small display helpers of the plan d'action pages."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def euros(value):
    """12 345 € (no cents when round), "—" when empty."""
    if value is None or value == "":
        return "—"
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return f"{number_format(value, places, force_grouping=True)}\u00a0€"


@register.inclusion_tag("actions/_progress.html")
def progress_bar(value, label=""):
    """A DSFR-coloured progress bar with its percentage; `value` None shows "—"."""
    return {"value": value, "label": label}
