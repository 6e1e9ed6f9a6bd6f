"""Copying a fiche: a new draft with the same content, to adapt."""

from django.db import transaction

from actions.enums import FicheStatus
from actions.models import FicheAction
from actions.plan_copy import copy_instance


@transaction.atomic
def duplicate_fiche(fiche: FicheAction, *, axe, number: str) -> FicheAction:
    """Copy of the fiche numbered `number` in `axe`: "(copie)" title, à venir, 0 %, no avenant.

    Every field and list of the fiche is copied (`copy_instance`, so a field added later is copied too), with its
    sub-actions (back to « À venir »), indicators (without values) and planned budget lines (without actual
    amounts); follow-up notes, documents and history are not: they belong to the original.
    """
    copy = copy_instance(
        fiche,
        contract_id=fiche.contract_id,
        axe=axe,
        number=number,
        title=f"{fiche.title} (copie)",
        status=FicheStatus.PLANNED,
        progress=0,
    )
    for sub_action in fiche.sub_actions.all():
        suffix = sub_action.number[len(fiche.number) :] if sub_action.number.startswith(f"{fiche.number}.") else ""
        copy_instance(
            sub_action,
            fiche_id=copy.pk,
            number=f"{number}{suffix or f'.{sub_action.position or sub_action.pk}'}",
            status=FicheStatus.PLANNED,
        )
    for indicator in fiche.indicators.all():
        copy_instance(indicator, fiche_id=copy.pk)
    for line in fiche.budget_lines.all():
        copy_instance(line, fiche_id=copy.pk, actual_amount=None)
    return copy
