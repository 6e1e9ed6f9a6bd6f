"""Saving a fiche without overwriting someone else's changes (optimistic locking on `FicheAction.version`)."""

from django.db import transaction
from django.db.models import F

from actions.models import FicheAction


class StaleFicheError(Exception):
    """The fiche was saved by someone else since the form was displayed."""

    def __init__(self, fiche: FicheAction):
        self.fiche = fiche
        last = fiche.history.select_related("history_user").order_by("-history_date", "-history_id").first()
        self.changed_by = (last.history_user if last else None) or "une autre personne"
        self.changed_at = last.history_date if last else fiche.updated_at
        super().__init__(f"Fiche {fiche.pk} modifiée depuis la version lue.")


@transaction.atomic
def claim_version(fiche: FicheAction, expected_version: int) -> None:
    """Atomically move the fiche from `expected_version` to the next one, or raise StaleFicheError.

    `UPDATE ... WHERE pk = ... AND version = ...` either matches the row (nobody saved in between: we now own the next
    version) or matches nothing: then someone else saved first and the caller must not write.
    """
    claimed = FicheAction.objects.filter(pk=fiche.pk, version=expected_version).update(version=F("version") + 1)
    if not claimed:
        raise StaleFicheError(FicheAction.objects.get(pk=fiche.pk))
    fiche.version = expected_version + 1


def save_form_checked(form, *, expected_version: int):
    """Save a ModelForm of a fiche if nobody saved it since `expected_version`; all or nothing."""
    with transaction.atomic():
        claim_version(form.instance, expected_version)
        return form.save()
