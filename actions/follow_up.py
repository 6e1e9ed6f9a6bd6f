"""What a pilote records on a fiche besides its status and progress: a dated note, the indicator values of a year.

The follow-up form saves the fiche's status and progress under the fiche's version (`VersionedFormMixin`), then calls
`record_follow_up` in the same transaction: a value changed by someone else since the form showed it is not
overwritten (StaleObjectError, and nothing of the follow-up is saved).
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from actions.models import FicheAction, FicheIndicator, FicheIndicatorValue, FollowUpNote
from cls_portal.locking import claim_version


@dataclass(frozen=True)
class NoteInput:
    date: datetime.date
    done: str
    difficulties: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class IndicatorReading:
    """A value typed for an indicator. `seen`: the form showed the values of the year the reading is for, and
    `version` is the version of the value it showed (None: it showed none)."""

    indicator: FicheIndicator
    value: Decimal
    seen: bool = True
    version: int | None = None


@transaction.atomic
def record_follow_up(fiche: FicheAction, *, author, note: NoteInput | None, year: int, readings=()) -> None:
    """Add the note (when there is one) and write the values of `year`; StaleObjectError when a value the form
    showed (or a value that appeared for that year since) was changed meanwhile."""
    if note is not None:
        FollowUpNote.objects.create(
            fiche=fiche,
            date=note.date,
            done=note.done,
            difficulties=note.difficulties,
            next_steps=note.next_steps,
            author=author,
        )
    readings = list(readings)
    stored = {
        value.indicator_id: value
        for value in FicheIndicatorValue.objects.filter(indicator__in=[r.indicator for r in readings], year=year)
    }
    for reading in readings:
        existing = stored.get(reading.indicator.pk)
        if existing is None:
            FicheIndicatorValue.objects.create(indicator=reading.indicator, year=year, value=reading.value)
            continue
        if existing.value == reading.value:
            continue
        existing.indicator = reading.indicator  # for the refusal's message
        # A year the form did not show has nothing to compare with: its value is replaced, as the form says.
        claim_version(existing, reading.version if reading.seen else existing.version)
        existing.value = reading.value
        existing.save()
