"""Numbers of fiches and sub-actions: the next free one, renumbering an axe, moving a fiche to another axe."""

from django.db import transaction

from actions.models import Axe, FicheAction
from cls_portal.locking import bump_version


def next_child_number(prefix: str, numbers) -> str:
    """`prefix.N` where N follows the highest direct child number among `numbers`."""
    depth = prefix.count(".") + 1
    last = 0
    for number in numbers:
        parts = number.split(".")
        if number.startswith(f"{prefix}.") and len(parts) == depth + 1 and parts[-1].isdigit():
            last = max(last, int(parts[-1]))
    return f"{prefix}.{last + 1}"


def next_fiche_number(axe: Axe) -> str:
    numbers = FicheAction.objects.filter(contract_id=axe.contract_id, number__startswith=f"{axe.number}.")
    return next_child_number(axe.number, numbers.values_list("number", flat=True))


def next_fiche_numbers(contract) -> dict[int, str]:
    """The next free fiche number of every axe of `contract` (axe pk -> number), in two queries."""
    numbers = list(FicheAction.objects.filter(contract=contract).values_list("number", flat=True))
    axes = Axe.objects.filter(contract=contract).values_list("pk", "number")
    return {pk: next_child_number(number, numbers) for pk, number in axes}


def next_sub_action_number(fiche: FicheAction) -> str:
    return next_child_number(fiche.number, fiche.sub_actions.values_list("number", flat=True))


def _renumber_sub_actions(fiche: FicheAction, old_number: str):
    """Sub-actions follow their fiche: "1.3.2" becomes "2.1.2" when fiche 1.3 becomes 2.1."""
    sub_actions = sorted(fiche.sub_actions.all(), key=lambda s: (s.position, s.number_key))
    taken = set()
    for index, sub_action in enumerate(sub_actions, 1):
        if sub_action.number.startswith(f"{old_number}."):
            new_number = fiche.number + sub_action.number[len(old_number) :]
        else:
            new_number = f"{fiche.number}.{index}"
        while new_number in taken:  # only when numbers did not follow their fiche before
            new_number = f"{new_number}.{index}"
        taken.add(new_number)
        if new_number != sub_action.number:
            sub_action.number = new_number
            bump_version(sub_action)  # a sub-action form opened before must not put the old number back
            sub_action.save(update_fields=["number"])


def _apply_numbers(targets: list[tuple[FicheAction, str]]):
    """Give each fiche its new number, through temporary ones so that the unique constraint never trips."""
    changed = [(fiche, new) for fiche, new in targets if fiche.number != new]
    for fiche, _ in changed:
        FicheAction.objects.filter(pk=fiche.pk).update(number=f"~{fiche.pk}")
    for fiche, new in changed:
        old = fiche.number
        fiche.number = new
        bump_version(fiche)  # a fiche form opened before must not put the old number or axe back
        fiche.save(update_fields=["number", "axe", "updated_at"])
        _renumber_sub_actions(fiche, old)
    return {fiche.pk: fiche.number for fiche, _ in changed}


def _ordered_targets(axe: Axe, fiches, last=None):
    ordered = sorted(fiches, key=lambda f: (last is not None and f.pk == last.pk, f.number_key))
    return [(fiche, f"{axe.number}.{index}") for index, fiche in enumerate(ordered, 1)]


@transaction.atomic
def renumber_axe(axe: Axe) -> dict:
    """Number the fiches of the axe x.1, x.2... in their current order. Returns {fiche pk: new number} of changes."""
    fiches = list(FicheAction.objects.select_for_update().filter(axe=axe))
    return _apply_numbers(_ordered_targets(axe, fiches))


@transaction.atomic
def move_fiche(fiche: FicheAction, to_axe: Axe) -> FicheAction:
    """Move the fiche to the end of `to_axe`, under the next free number; sub-actions follow it.

    No other fiche changes number: numbers are how people refer to fiches (minutes, exports, links), so closing the
    gap left behind is the separate, explicit `renumber_axe`.
    """
    if to_axe.contract_id != fiche.contract_id:
        raise ValueError("L'axe de destination doit appartenir au même contrat.")
    moved = FicheAction.objects.select_for_update().get(pk=fiche.pk)
    if moved.axe_id == to_axe.pk:
        return moved
    # Lock the destination's fiches so that two moves at once cannot take the same number.
    list(FicheAction.objects.select_for_update().filter(axe=to_axe).values_list("pk", flat=True))
    moved.axe = to_axe
    _apply_numbers([(moved, next_fiche_number(to_axe))])
    moved.refresh_from_db()
    return moved
