"""Optimistic locking: a form saves only if nobody saved the same row since the form was displayed.

Every model a form edits inherits `Versioned`. Its `version` moves by one at each write that changes what a form
shows, and only through this module:

    claim_version(obj, expected)   # a form's save: UPDATE ... SET version = version + 1 WHERE pk = ... AND
                                   # version = expected; StaleObjectError when someone saved first
    bump_version(obj)              # a write that does not come from a form (lifecycle move, avenant, numbering)
    bump_versions(queryset)        # the same for several rows at once (bulk change)

`cls_portal.forms.VersionedFormMixin` carries the version in a hidden field and saves through `claim_version`.
A plain `save()` does not move the version: call one of the three in the transaction of the write.
"""

from django.db import models, transaction
from django.db.models import F


class Versioned(models.Model):
    """A row edited through forms: its `version` says which state of the row a form was displayed at."""

    version = models.PositiveIntegerField("version", default=1, editable=False)

    class Meta:
        abstract = True


class StaleObjectError(Exception):
    """Someone saved the object since the version the form was displayed at (or deleted it).

    `instance` is the caller's copy (with their input), `current` the row as saved now (None when it was deleted),
    `changed_by` and `changed_at` who saved it last and when, from the object's history when it has one.
    """

    def __init__(self, instance):
        self.instance = instance
        self.current = type(instance)._base_manager.filter(pk=instance.pk).first()
        self.changed_by, self.changed_at = last_change(self.current)
        super().__init__(f"{type(instance).__name__} {instance.pk} modifié depuis la version lue.")


def last_change(obj) -> tuple:
    """(who, when) of the last save of `obj`: its latest history record; the person is None when unknown."""
    if obj is None:
        return None, None
    history = getattr(obj, "history", None)
    last = history.select_related("history_user").order_by("-history_date", "-history_id").first() if history else None
    if last is not None:
        return last.history_user, last.history_date
    return None, getattr(obj, "updated_at", None)


def claim_version(instance: Versioned, expected: int | None) -> None:
    """Move the row from `expected` to the next version, or raise StaleObjectError: then the caller must not write.

    `UPDATE ... WHERE pk = ... AND version = ...` either matches the row (nobody saved in between: the caller now
    owns the next version, and the row stays locked until its transaction ends) or matches nothing. Call it in the
    transaction of the write that follows (`VersionedFormMixin.save_checked` does).
    """
    model = type(instance)
    with transaction.atomic():
        claimed = model._base_manager.filter(pk=instance.pk, version=expected).update(version=F("version") + 1)
        if not claimed:
            raise StaleObjectError(instance)
    instance.version = expected + 1


def bump_version(instance: Versioned) -> None:
    """Move the row to its next version (a write that forms opened before it must not overwrite); `instance.version`
    is then the row's. A `save()` of `instance` after it keeps that version."""
    model = type(instance)
    with transaction.atomic():
        rows = model._base_manager.filter(pk=instance.pk)
        rows.update(version=F("version") + 1)
        instance.version = rows.values_list("version", flat=True).get()


def bump_versions(queryset) -> int:
    """`bump_version` for every row of `queryset`, in one query; the number of rows."""
    return queryset.update(version=F("version") + 1)
