"""Changing several fiches at once from the plan page: one status, or one pilote, in one transaction."""

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from actions.models import FicheAction
from cls_portal.locking import bump_versions


@transaction.atomic
def _change(fiche_ids, *, by, field: str, value) -> list[FicheAction]:
    rows = FicheAction.objects.filter(pk__in=fiche_ids)
    # The fiches move to their next version: an edit form opened before this change refuses to overwrite it.
    bump_versions(rows)
    fiches = list(rows.select_for_update())
    now = timezone.now()
    for fiche in fiches:
        setattr(fiche, field, value)
        fiche.settle_progress()
        fiche.updated_at = now
    bulk_update_with_history(fiches, FicheAction, [field, "progress", "updated_at"], default_user=by)
    return fiches


def set_status(fiche_ids, status, *, by) -> list[FicheAction]:
    """Give the fiches `status`; returns them, changed."""
    return _change(fiche_ids, by=by, field="status", value=status)


def set_pilote(fiche_ids, pilote, *, by) -> list[FicheAction]:
    """Make `pilote` (a user, or None to remove it) the pilote of the fiches; returns them, changed."""
    return _change(fiche_ids, by=by, field="pilote", value=pilote)
