"""Copying a fiche: a new draft with the same content, to adapt."""

from django.db import transaction

from actions.enums import FicheStatus
from actions.models import BudgetLine, FicheAction, Indicator, SubAction

COPIED_M2M = ["target_publics", "communes", "partners", "prs_elements", "prs_priorities"]
NOT_COPIED = {
    "id",
    "contract",
    "axe",
    "avenant",
    "number",
    "title",
    "status",
    "progress",
    "version",
    "created_at",
    "updated_at",
}


@transaction.atomic
def duplicate_fiche(fiche: FicheAction, *, axe, number: str) -> FicheAction:
    """Copy of the fiche numbered `number` in `axe`: "(copie)" title, à venir, 0 %.

    Sub-actions (not done), indicators (without values) and planned budget lines (without actual amounts) are copied;
    follow-up notes, documents and history are not: they belong to the original.
    """
    values = {
        f.attname: getattr(fiche, f.attname) for f in FicheAction._meta.concrete_fields if f.name not in NOT_COPIED
    }
    copy = FicheAction.objects.create(
        contract=fiche.contract,
        axe=axe,
        number=number,
        title=f"{fiche.title} (copie)",
        status=FicheStatus.PLANNED,
        progress=0,
        **values,
    )
    for name in COPIED_M2M:
        getattr(copy, name).set(getattr(fiche, name).all())
    for sub_action in fiche.sub_actions.all():
        suffix = sub_action.number[len(fiche.number) :] if sub_action.number.startswith(f"{fiche.number}.") else ""
        SubAction.objects.create(
            fiche=copy,
            number=f"{number}{suffix or f'.{sub_action.position or sub_action.pk}'}",
            title=sub_action.title,
            description=sub_action.description,
            start_date=sub_action.start_date,
            end_date=sub_action.end_date,
            pilote=sub_action.pilote,
            position=sub_action.position,
        )
    for indicator in fiche.indicators.all():
        Indicator.objects.create(
            fiche=copy,
            name=indicator.name,
            kind=indicator.kind,
            unit=indicator.unit,
            baseline=indicator.baseline,
            target=indicator.target,
            source=indicator.source,
            position=indicator.position,
        )
    for line in fiche.budget_lines.all():
        BudgetLine.objects.create(
            fiche=copy,
            year=line.year,
            funder=line.funder,
            funder_label=line.funder_label,
            kind=line.kind,
            planned_amount=line.planned_amount,
        )
    return copy
