"""Filters of the contract document: its data hold ISO dates and decimal strings (`documents.snapshot`)."""

import datetime
from decimal import Decimal, InvalidOperation

from django import template

from cls_portal.templatetags.portail import long_date
from documents.placeholders import french_number

register = template.Library()


@register.filter
def iso_date(value):
    """« 4 novembre 2016 » from "2016-11-04"; "" stays ""."""
    if not value:
        return ""
    return long_date(datetime.date.fromisoformat(str(value)[:10]))


@register.filter
def short_date(value):
    """« 04/11/2016 » from "2016-11-04"."""
    if not value:
        return ""
    return datetime.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")


@register.filter
def number_fr(value):
    if value in (None, ""):
        return ""
    return french_number(int(value))


@register.filter
def euros(value):
    """« 12 500 € », « 1 234,50 € » from a decimal string."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    text = french_number(whole)
    return f"{text},{cents:02d}\u00a0€" if cents else f"{text}\u00a0€"
