"""Small display helpers of the plan d'action pages.

`progress_bar` and `status_badges` are written in Python rather than as included templates: the plan page shows
them once per fiche (200 fiches in a large plan), and an included template costs a new context and a render each
time, several times what the markup itself takes.
"""

from decimal import Decimal

from django import template
from django.utils.formats import localize, number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from actions.enums import FicheStatus

register = template.Library()

STATUS_LABELS = dict(FicheStatus.choices)
LATE_BADGE = mark_safe(' <p class="fr-badge fr-badge--sm fr-badge--error">En retard</p>')
NO_PROGRESS = mark_safe('<span class="fr-text--sm">—</span>')


@register.filter
def euros(value):
    """12 345 € (no cents when round), "—" when empty."""
    if value is None or value == "":
        return "—"
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return f"{number_format(value, places, force_grouping=True)}\u00a0€"


def _shown(value) -> str:
    """What `{{ value }}` prints: the usual 0 to 100 integers as they are, anything else localized."""
    if type(value) is int and -1000 < value < 1000:
        return str(value)
    return localize(value)


@register.simple_tag
def progress_bar(value, label=""):
    """A DSFR-coloured progress bar with its percentage; `value` None shows "—"."""
    if value is None:
        return NO_PROGRESS
    label = label or "Avancement"
    shown = _shown(value)
    return format_html(
        '<div class="progress-line" title="{label} : {value} %">\n'
        '  <progress class="progress" max="100" value="{value}" aria-valuenow="{value}" aria-label="{label}">'
        "{value} %</progress>\n"
        '  <span class="fr-text--sm fr-mb-0 nowrap">{value} %</span>\n'
        "</div>",
        label=label,
        value=shown,
    )


@register.simple_tag
def status_badges(fiche):
    """The badge of the fiche's status, followed by « En retard » when it is late."""
    label = STATUS_LABELS.get(fiche.status, fiche.status)  # get_status_display(), without its dict per call
    badge = format_html('<p class="fr-badge fr-badge--sm fr-badge--no-icon {}">{}</p>', fiche.status_badge, label)
    return badge + LATE_BADGE if fiche.is_late else badge
