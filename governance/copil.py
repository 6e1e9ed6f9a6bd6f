"""Fiches-action not updated since the last COPIL of their contract, for the ARS overview: the actions a COPIL
reviewed and nobody has touched since. "Updated" is what the pilotes' reminders mean (governance.reminders): the
fiche saved (status, progress, any field) or a follow-up note written, on the day of the COPIL or later. Finished
fiches (done, abandoned) and contracts without a COPIL held yet are left out. Two queries, whatever the number of
contracts and fiches."""

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone

from actions.enums import FINISHED_STATUSES
from actions.models import FicheAction
from governance.enums import HELD_STATUSES, InstanceKind
from governance.models import Meeting

LISTED = 100


def stale_since_copil(contracts, today=None):
    """Unfinished fiches of `contracts` with `last_copil` (date of their contract's last COPIL held, up to today)
    later than `last_update` (the day of the fiche's last save or note)."""
    today = today or timezone.localdate()
    last_copil = (
        Meeting.objects.filter(
            instance__contract=OuterRef("contract_id"),
            instance__kind=InstanceKind.COPIL,
            status__in=HELD_STATUSES,
            date__lte=today,
        )
        .order_by("-date")
        .values("date")[:1]
    )
    return (
        FicheAction.objects.filter(contract__in=contracts)
        .exclude(status__in=FINISHED_STATUSES)
        .with_last_update()
        .annotate(last_copil=Subquery(last_copil), last_update=TruncDate("last_updated_at"))
        .filter(last_copil__isnull=False, last_update__lt=F("last_copil"))
    )


def stale_by_contract(contracts, today=None) -> list[dict]:
    """[{"contract_id", "name", "slug", "last_copil", "count"}] by contract name, in one GROUP BY."""
    return list(
        stale_since_copil(contracts, today)
        .order_by()
        .values("contract_id", "last_copil", name=F("contract__name"), slug=F("contract__slug"))
        .annotate(count=Count("pk"))
        .order_by("name", "contract_id")
    )


def stale_fiches(contracts, today=None, limit=LISTED) -> list:
    """The first `limit` of those fiches, by contract and number, with their contract and pilote."""
    fiches = (
        stale_since_copil(contracts, today)
        .select_related("contract", "pilote")
        .order_by("contract__name", "contract_id", "number")[:limit]
    )
    return sorted(fiches, key=lambda fiche: (fiche.contract.name, fiche.contract_id, fiche.number_key))
