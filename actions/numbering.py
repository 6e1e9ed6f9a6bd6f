"""Numbers of fiches and sub-actions: the next free one, renumbering an axe, moving a fiche to another axe."""

from django.db import transaction
from django.db.models import F

from actions.models import Axe, FicheAction
from actions.validators import number_key


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
            sub_action.save(update_fields=["number"])


def _apply_numbers(targets: list[tuple[FicheAction, str]]):
    """Give each fiche its new number, through temporary ones so that the unique constraint never trips."""
    changed = [(fiche, new) for fiche, new in targets if fiche.number != new]
    for fiche, _ in changed:
        FicheAction.objects.filter(pk=fiche.pk).update(number=f"~{fiche.pk}")
    for fiche, new in changed:
        old = fiche.number
        fiche.number = new
        fiche.version = F("version") + 1
        fiche.save(update_fields=["number", "axe", "version", "updated_at"])
        fiche.refresh_from_db(fields=["version"])
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
    """Move the fiche to the end of `to_axe`, then renumber both axes (sub-actions follow their fiche)."""
    if to_axe.contract_id != fiche.contract_id:
        raise ValueError("L'axe de destination doit appartenir au même contrat.")
    from_axe = fiche.axe
    if from_axe.pk == to_axe.pk:
        renumber_axe(to_axe)
        fiche.refresh_from_db()
        return fiche
    locked = {f.pk: f for f in FicheAction.objects.select_for_update().filter(axe__in=[from_axe, to_axe])}
    moved = locked[fiche.pk]
    moved.axe = to_axe
    staying = [f for f in locked.values() if f.axe_id == from_axe.pk]
    arriving = [f for f in locked.values() if f.axe_id == to_axe.pk]
    targets = _ordered_targets(from_axe, staying) + _ordered_targets(to_axe, arriving, last=moved)
    # The moved fiche always changes number (axe numbers are unique), so _apply_numbers saves its new axe too.
    _apply_numbers(targets)
    fiche.refresh_from_db()
    return fiche


def sort_fiches(fiches):
    return sorted(fiches, key=lambda f: number_key(f.number))
