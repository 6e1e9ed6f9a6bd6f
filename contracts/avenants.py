"""Avenants: signed amendments of a contract in force (new axe or fiches, new signatory, new end date)."""

from django.db import transaction
from django.db.models import Max

from cls_portal.locking import bump_version
from contracts.enums import IN_FORCE_STATUSES
from contracts.lifecycle import LifecycleError
from contracts.models import Avenant, Contract

NOT_IN_FORCE = "Un avenant ne peut être signé que sur un contrat en vigueur (signé ou en évaluation)."


def add_avenant(contract, *, signed_on, object, by, new_end_date=None):  # noqa: A002 - the domain word
    """Record avenant n° (last + 1). A new end date moves the contract's end; the avenant keeps the previous one."""
    with transaction.atomic():
        locked = Contract.objects.select_for_update().get(pk=contract.pk)
        problems = []
        if locked.status not in IN_FORCE_STATUSES:
            problems.append(NOT_IN_FORCE)
        if signed_on is None:
            problems.append("Indiquez la date de signature de l'avenant.")
        elif locked.signature_date and signed_on < locked.signature_date:
            problems.append("L'avenant ne peut pas être signé avant le contrat.")
        if not (object or "").strip():
            problems.append("Indiquez l'objet de l'avenant.")
        if new_end_date is not None and locked.start_date and new_end_date <= locked.start_date:
            problems.append("La nouvelle fin du contrat doit suivre son début.")
        if problems:
            raise LifecycleError(problems)
        number = (locked.avenants.aggregate(last=Max("number"))["last"] or 0) + 1
        avenant = Avenant(contract=locked, number=number, signed_on=signed_on, object=object, created_by=by)
        if new_end_date is not None:
            avenant.new_end_date = new_end_date
            avenant.previous_end_date = locked.end_date
            locked.end_date = new_end_date
            locked._history_user = by
            bump_version(locked)  # a contract form opened before must not put the old end date back
            locked.save()
            contract.end_date, contract.version = new_end_date, locked.version
        avenant._history_user = by
        avenant.save()
    return avenant


def as_signed(queryset):
    """Items of the contract as first signed (not brought by an avenant): parties, axes or fiches."""
    return queryset.filter(avenant__isnull=True)
