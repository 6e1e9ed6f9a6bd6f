"""Renewing a contract together with its plan d'action: the lifecycle's move, plus the unfinished fiches."""

from actions.plan_copy import carry_over_unfinished_fiches
from contracts import lifecycle


def renew(contract, *, by, on, copy_unfinished_fiches=False, **kwargs):
    """`contracts.lifecycle.renew`, carrying over the fiches not done nor abandoned (with their axes) on request."""
    carry_over = carry_over_unfinished_fiches if copy_unfinished_fiches else None
    return lifecycle.renew(contract, by=by, on=on, carry_over=carry_over, **kwargs)
