"""Copy of the unfinished part of a plan d'action into the next generation of a contract.

Written against the actions models generically (every concrete field but the identity, the contract, the axe, the
version, the timestamps and the avenant, plus the many-to-many links) so that a field added to a fiche is carried
over without touching this module. Rows hanging off a fiche (indicators, budget lines, follow-up notes) stay with
the old contract: they describe what was done under it.

What a copied fiche does not keep (`RESET_ON_COPY`): its start and end dates. They belong to the old contract's
calendar, so a copy keeping them would be « en retard » in a contract still in élaboration; the copy starts
without dates, to be planned again in the new contract. Its status and progress are kept: they say where the work
stands.
"""

from django.db import models

from actions.enums import FINISHED_STATUSES
from cls_portal.text import count

# Never copied: the new rows get their own identity, contract, axe and version; an avenant belongs to the old
# contract (in the new one everything is part of the signed text).
SKIPPED_FIELDS = {"id", "contract", "axe", "parent", "version", "avenant", "created_at", "updated_at"}

# Fiche fields the copy starts without (see the module docstring).
RESET_ON_COPY = {"start_date": None, "end_date": None}


def _copyable_fields(model):
    fields = []
    for field in model._meta.concrete_fields:
        if field.primary_key or field.name in SKIPPED_FIELDS:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            continue
        if field.unique:  # a unique value cannot be shared with the original
            continue
        fields.append(field)
    return fields


def copy_instance(instance, **overrides):
    """A new saved row of `instance`'s model with the copyable fields and M2M links of `instance`."""
    model = type(instance)
    new = model(**{**{f.attname: getattr(instance, f.attname) for f in _copyable_fields(model)}, **overrides})
    new.save()
    for field in model._meta.many_to_many:
        if isinstance(field, models.ManyToManyField) and field.remote_field.through._meta.auto_created:
            getattr(new, field.name).set(getattr(instance, field.name).all())
    return new


def unfinished_fiches(contract):
    return contract.fiches.exclude(status__in=FINISHED_STATUSES)


def copy_unfinished_fiches(source, target):
    """Copy the fiches of `source` not done nor abandoned, with their axes, into `target`, without their start
    and end dates (`RESET_ON_COPY`). Returns the count."""
    fiches = list(unfinished_fiches(source).select_related("axe__parent").order_by("axe_id", "pk"))
    new_axes = {}

    def copy_axe(axe):
        if axe.pk not in new_axes:
            # A sub-axe's parent is copied first so that the new sub-axe points into the new contract.
            parent = copy_axe(axe.parent) if axe.parent_id else None
            new_axes[axe.pk] = copy_instance(axe, contract=target, parent=parent)
        return new_axes[axe.pk]

    for fiche in fiches:
        copy_instance(fiche, contract=target, axe=copy_axe(fiche.axe), **RESET_ON_COPY)
    return len(fiches)


def carry_over_unfinished_fiches(previous, successor) -> str:
    """The renewal's carry-over (`contracts.lifecycle.renew`): the sentence its timeline shows."""
    copied = copy_unfinished_fiches(previous, successor)
    return count(copied, "fiche-action non terminée reprise", "fiches-action non terminées reprises")
