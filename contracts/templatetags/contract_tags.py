from django import template
from django.utils.dateformat import format as date_format
from django.utils.html import format_html

from contracts.enums import ContractStatus

register = template.Library()

# DSFR badge modifier per status, so that every page shows a status the same way.
STATUS_BADGES = {
    ContractStatus.REFLECTION: "fr-badge--new",
    ContractStatus.ELABORATION: "fr-badge--info",
    ContractStatus.SIGNED: "fr-badge--success",
    ContractStatus.EVALUATION: "fr-badge--warning",
    ContractStatus.EXPIRED: "",
    ContractStatus.RENEWED: "",
    ContractStatus.ABANDONED: "fr-badge--error",
}


@register.simple_tag
def status_badge(status, small=False):
    """<p class="fr-badge ...">En élaboration</p> for a contract status value."""
    status = ContractStatus(status)
    classes = " ".join(
        c for c in ("fr-badge", "fr-badge--no-icon", STATUS_BADGES[status], small and "fr-badge--sm") if c
    )
    return format_html('<p class="{}">{}</p>', classes, status.label)


@register.filter
def date_or_unknown(value, fmt="d/m/Y"):
    return date_format(value, fmt) if value else "date non renseignée"
