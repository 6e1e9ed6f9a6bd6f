"""The life of a meeting: one mapping of allowed moves, a guard per move, every move logged, French refusals."""

import datetime

import pytest

from governance import lifecycle
from governance.enums import MeetingStatus
from governance.lifecycle import MeetingError
from governance.models import Meeting
from tests.governance.factories import AgendaItemFactory, MeetingFactory

S = MeetingStatus
TODAY = datetime.date(2099, 5, 1)


@pytest.fixture
def meeting(copil, coordinator):
    meeting = lifecycle.register_meeting(
        Meeting(instance=copil, date=datetime.date(2099, 6, 4), start_time=datetime.time(14),
                end_time=datetime.time(16, 30), place="Beaupréau-en-Mauges"),
        by=coordinator,
    )  # fmt: skip
    AgendaItemFactory(meeting=meeting, title="Bilan annuel du plan d'action")
    return meeting


def moves(meeting):
    return [(t.from_status, t.to_status) for t in meeting.transitions.order_by("at", "id")]


def test_a_meeting_goes_from_planned_to_approved_minutes_through_a_later_meeting(meeting, coordinator, copil):
    lifecycle.convene(meeting, by=coordinator, today=TODAY)
    assert (meeting.status, meeting.sequence) == (S.CONVENED, 0) and meeting.convened_at
    lifecycle.mark_held(meeting, by=coordinator, today=datetime.date(2099, 6, 4))
    meeting.minutes = "Le plan avance."
    meeting.save()
    lifecycle.mark_minutes_written(meeting, by=coordinator)
    later = MeetingFactory(instance=copil, date=datetime.date(2099, 10, 2), status=S.HELD)
    item = AgendaItemFactory(meeting=later, title="Approbation du compte rendu du 4 juin", approves_minutes_of=meeting)
    approved = lifecycle.approve_minutes(item, by=coordinator)
    meeting.refresh_from_db()
    assert approved == meeting
    assert (meeting.status, meeting.minutes_approved_on) == (S.MINUTES_APPROVED, datetime.date(2099, 10, 2))
    assert moves(meeting) == [
        ("", S.PLANNED),
        (S.PLANNED, S.CONVENED),
        (S.CONVENED, S.HELD),
        (S.HELD, S.MINUTES_WRITTEN),
        (S.MINUTES_WRITTEN, S.MINUTES_APPROVED),
    ]
    assert meeting.transitions.last().by == coordinator


def test_minutes_that_are_not_written_cannot_be_approved(copil, coordinator):
    earlier = MeetingFactory(instance=copil, held=True)
    later = MeetingFactory(instance=copil, date=datetime.date(2024, 6, 30), status=S.HELD)
    item = AgendaItemFactory(meeting=later, approves_minutes_of=earlier)
    with pytest.raises(MeetingError) as raised:
        lifecycle.approve_minutes(item, by=coordinator)
    assert raised.value.messages == [
        "Le compte rendu de la réunion du 28 mars 2024 n'est pas encore rédigé : il ne peut pas être approuvé."
    ]
    earlier.refresh_from_db()
    assert earlier.status == S.HELD


def test_minutes_are_approved_during_a_held_meeting_once(copil, coordinator):
    earlier = MeetingFactory(instance=copil, minutes_written=True)
    later = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 30))
    item = AgendaItemFactory(meeting=later, approves_minutes_of=earlier)
    with pytest.raises(MeetingError, match="s'approuve pendant la réunion : enregistrez d'abord sa tenue"):
        lifecycle.approve_minutes(item, by=coordinator)
    later.status = S.HELD
    later.save()
    lifecycle.approve_minutes(item, by=coordinator)
    with pytest.raises(MeetingError, match="est déjà approuvé"):
        lifecycle.approve_minutes(item, by=coordinator)


def test_an_agenda_item_approves_an_earlier_meeting_of_the_same_instance(copil, coordinator):
    from django.core.exceptions import ValidationError

    later = MeetingFactory(instance=copil, date=datetime.date(2024, 6, 30), status=S.HELD)
    after = MeetingFactory(instance=copil, date=datetime.date(2024, 9, 30), minutes_written=True)
    other = MeetingFactory(minutes_written=True)
    for target, message in (
        (after, "Une réunion approuve le compte rendu d'une réunion qui la précède."),
        (other, "Le compte rendu approuvé doit être celui d'une réunion de la même instance."),
        (later, "Une réunion n'approuve pas son propre compte rendu."),
    ):
        item = AgendaItemFactory.build(meeting=later, title="Approbation", approves_minutes_of=target)
        with pytest.raises(ValidationError) as raised:
            item.full_clean()
        assert message in raised.value.messages


def test_convening_needs_a_place_an_agenda_and_a_future_date(copil, coordinator):
    meeting = MeetingFactory(instance=copil, place="", date=datetime.date(2099, 1, 1))
    with pytest.raises(MeetingError) as raised:
        lifecycle.convene(meeting, by=coordinator, today=TODAY)
    assert raised.value.messages == [
        "La réunion du 1er janvier 2099 est passée : elle ne peut plus être convoquée.",
        "Indiquez un lieu ou un lien de visioconférence.",
        "L'ordre du jour doit comporter au moins un point.",
    ]
    meeting.refresh_from_db()
    assert meeting.status == S.PLANNED and not meeting.transitions.exists()


def test_postponing_keeps_the_original_date_and_raises_the_sequence_once_convened(meeting, coordinator):
    lifecycle.postpone(meeting, by=coordinator, to_date=datetime.date(2099, 6, 11))
    assert (meeting.status, meeting.sequence, meeting.postponed_from) == (S.POSTPONED, 0, datetime.date(2099, 6, 4))
    lifecycle.convene(meeting, by=coordinator, today=TODAY)
    assert meeting.sequence == 0
    lifecycle.postpone(meeting, by=coordinator, to_date=datetime.date(2099, 6, 18), start_time=datetime.time(9))
    assert (meeting.date, meeting.start_time, meeting.sequence) == (datetime.date(2099, 6, 18), datetime.time(9), 1)
    assert meeting.postponed_from == datetime.date(2099, 6, 4)
    last = meeting.transitions.last()
    assert (last.from_date, last.to_date) == (datetime.date(2099, 6, 11), datetime.date(2099, 6, 18))
    assert last.comment == "Reportée du 11 juin 2099 au 18 juin 2099."
    with pytest.raises(MeetingError, match="Indiquez une nouvelle date"):
        lifecycle.postpone(meeting, by=coordinator, to_date=datetime.date(2099, 6, 18))


def test_rescheduling_a_convened_meeting_raises_its_sequence(meeting, coordinator):
    assert lifecycle.reschedule(meeting, by=coordinator, changes={"place": "Chemillé-en-Anjou"}) is False
    lifecycle.convene(meeting, by=coordinator, today=TODAY)
    assert lifecycle.reschedule(meeting, by=coordinator, changes={"place": "Chemillé-en-Anjou"}) is False
    assert lifecycle.reschedule(meeting, by=coordinator, changes={"place": "Montrevault-sur-Èvre"}) is True
    assert meeting.sequence == 1 and meeting.status == S.CONVENED
    assert meeting.transitions.last().comment == "Modification : lieu."
    with pytest.raises(MeetingError, match="L'heure de fin doit suivre l'heure de début."):
        lifecycle.reschedule(meeting, by=coordinator, changes={"end_time": datetime.time(13)})


def test_cancelling_needs_a_reason(meeting, coordinator):
    with pytest.raises(MeetingError, match="Indiquez la raison de l'annulation"):
        lifecycle.cancel(meeting, by=coordinator, comment="  ")
    lifecycle.cancel(meeting, by=coordinator, comment="Élections municipales.")
    assert meeting.status == S.CANCELLED
    assert lifecycle.allowed_targets(meeting) == []
    with pytest.raises(MeetingError) as raised:
        lifecycle.mark_held(meeting, by=coordinator)
    assert raised.value.messages == ["Une réunion « annulée » ne peut pas passer à l'état « tenue »."]


def test_a_meeting_is_held_on_or_after_its_date_and_its_minutes_need_text(meeting, coordinator):
    with pytest.raises(MeetingError, match="La réunion du 4 juin 2099 n'a pas encore eu lieu."):
        lifecycle.mark_held(meeting, by=coordinator, today=TODAY)
    lifecycle.mark_held(meeting, by=coordinator, today=datetime.date(2099, 6, 4))
    with pytest.raises(MeetingError, match="Rédigez le compte rendu"):
        lifecycle.mark_minutes_written(meeting, by=coordinator)
    meeting.agenda_items.update(minutes="Présentation du bilan.")
    lifecycle.mark_minutes_written(meeting, by=coordinator)
    assert meeting.status == S.MINUTES_WRITTEN


def test_every_status_has_a_known_set_of_moves():
    assert set(lifecycle.ALLOWED_TRANSITIONS) == set(MeetingStatus)
    assert all(targets <= set(MeetingStatus) for targets in lifecycle.ALLOWED_TRANSITIONS.values())
    assert lifecycle.ALLOWED_TRANSITIONS[S.MINUTES_WRITTEN] == {S.MINUTES_APPROVED}


def test_end_time_must_follow_start_time(copil):
    from django.core.exceptions import ValidationError

    meeting = MeetingFactory.build(instance=copil, start_time=datetime.time(16), end_time=datetime.time(14))
    with pytest.raises(ValidationError) as raised:
        meeting.full_clean()
    assert "L'heure de fin doit suivre l'heure de début." in raised.value.messages


def test_past_meetings_are_recorded_as_they_happened(copil, coordinator):
    meeting = MeetingFactory(instance=copil, date=datetime.date(2023, 3, 17))
    lifecycle.record_existing_state(meeting, to=S.MINUTES_APPROVED, by=coordinator, comment="Reprise de l'historique.")
    assert (meeting.status, meeting.minutes_approved_on) == (S.MINUTES_APPROVED, datetime.date(2023, 3, 17))
