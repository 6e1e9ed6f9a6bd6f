"""Governance pages issue a bounded number of SQL queries whatever the number of members, meetings or fiches.

Each test builds the same situation at two sizes (3 and 60 members; 5 and 80 fiches for the pages that show the
plan) and asserts one bound for both. The bounds are what the pages issue today plus 2: a query per member, per
meeting or per fiche fails here. Session, user and memberships are 3 of them.
"""

import pytest
from django.urls import reverse

from governance.enums import InstanceKind, MemberRole
from tests.factories import OrganisationFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory

MEMBER_SIZES = [3, 60]
INSTANCE_QUERIES = 10  # 8 today
CONTACTS_QUERIES = 8  # 6 today
INDEX_QUERIES = 9  # 7 today


def seat_people(instance, count):
    organisations = [OrganisationFactory(name=f"Organisation {n}") for n in range(3)]
    president = MemberFactory(instance=instance, role=MemberRole.PRESIDENT, organisation=organisations[0])
    for index in range(count - 2):
        MemberFactory(instance=instance, organisation=organisations[index % 3], person=PersonFactory())
    MemberFactory(instance=instance, role=MemberRole.SUBSTITUTE, substitute_for=president)


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_instance_page_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    seat_people(copil, count)
    client.force_login(coordinator)
    with django_assert_max_num_queries(INSTANCE_QUERIES):
        response = client.get(reverse("governance:instance", args=[copil.pk]))
    assert response.status_code == 200
    assert len(response.context["current_members"]) == count


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_contacts_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    seat_people(copil, count)
    technical = InstanceFactory(
        contract=copil.contract, kind=InstanceKind.TECHNICAL_COMMITTEE, name="Comité technique"
    )
    seat_people(technical, count)
    client.force_login(coordinator)
    for name in ("contacts", "contacts_xlsx", "contacts_csv"):
        with django_assert_max_num_queries(CONTACTS_QUERIES, info=name):
            response = client.get(reverse(f"governance:{name}", args=[copil.contract.slug]))
        assert response.status_code == 200
    assert len(response.content.decode().splitlines()) == 2 * count + 1


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_index_queries_are_bounded(client, ars_animator, contract, departement, count, django_assert_max_num_queries):
    for index in range(count):
        seat_people(InstanceFactory(contract=contract, name=f"Groupe de travail {index}"), 3)
    InstanceFactory(territorial=True, departement=departement)
    client.force_login(ars_animator)
    with django_assert_max_num_queries(INDEX_QUERIES):
        response = client.get(reverse("governance:index"))
    assert response.content.decode().count("3 membres") == count


MEETING_QUERIES = 22  # 20 today


def held_meeting_with(copil, count, coordinator):
    """A held meeting of `count` members who all answered, `count` agenda items, decisions and tasks, after a
    convened meeting whose snapshot it is compared with."""
    import datetime

    from governance import lifecycle
    from governance.enums import AttendanceStatus, MeetingStatus
    from governance.models import Attendance, Decision, FollowUpTask, Guest, MeetingSnapshot
    from governance.snapshots import plan_state
    from tests.governance.factories import AgendaItemFactory, MeetingFactory

    seat_people(copil, count)
    previous = MeetingFactory(instance=copil, date=datetime.date(2024, 1, 10), status=MeetingStatus.MINUTES_WRITTEN)
    MeetingSnapshot.objects.create(meeting=previous, data=plan_state(copil.contract))
    meeting = MeetingFactory(instance=copil, date=datetime.date(2024, 3, 28))
    lifecycle.register_meeting(meeting, by=coordinator)
    meeting.status = MeetingStatus.HELD
    meeting.save()
    for index in range(count):
        AgendaItemFactory(meeting=meeting, title=f"Point {index}", minutes="Échanges.",
                          approves_minutes_of=previous if index == 0 else None)  # fmt: skip
    for member in copil.members.all():
        Attendance.objects.create(meeting=meeting, member=member, status=AttendanceStatus.PRESENT)
        Guest.objects.create(meeting=meeting, name=f"Invité {member.pk}")
        Decision.objects.create(meeting=meeting, text="Décision", contract=copil.contract)
        FollowUpTask.objects.create(meeting=meeting, text="Suite", owner=member.person)
    return meeting


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_meeting_page_queries_are_bounded(client, coordinator, reader, copil, count, django_assert_max_num_queries):
    meeting = held_meeting_with(copil, count, coordinator)
    for user in (coordinator, reader):
        client.force_login(user)
        with django_assert_max_num_queries(MEETING_QUERIES, info=f"meeting page as {user}"):
            response = client.get(reverse("governance:meeting", args=[meeting.pk]))
        assert response.status_code == 200
    assert response.context["changes"] is not None


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_attendance_form_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    meeting = held_meeting_with(copil, count, coordinator)
    client.force_login(coordinator)
    with django_assert_max_num_queries(9):  # 7 today
        response = client.get(reverse("governance:attendance", args=[meeting.pk]))
    assert response.status_code == 200


FICHE_SIZES = [5, 80]


@pytest.mark.parametrize("count", FICHE_SIZES)
def test_meeting_page_with_a_large_plan_is_bounded(client, departement, count, django_assert_max_num_queries):
    """The comparison with the previous meeting reads the plan in a constant number of queries."""
    import datetime

    from actions.enums import FicheStatus
    from actions.models import FicheAction
    from governance.enums import MeetingStatus
    from governance.models import MeetingSnapshot
    from governance.snapshots import plan_state
    from tests.actions.large_plan import build_plan
    from tests.factories import ContractFactory
    from tests.governance.factories import MeetingFactory

    contract = ContractFactory(departement=departement, signed=True, slug="grand-plan")
    plan = build_plan(contract, count)
    copil = InstanceFactory(contract=contract)
    previous = MeetingFactory(instance=copil, date=datetime.date(2024, 1, 10), status=MeetingStatus.HELD)
    MeetingSnapshot.objects.create(meeting=previous, data=plan_state(contract))
    FicheAction.objects.filter(contract=contract).update(status=FicheStatus.DONE, progress=100)
    meeting = MeetingFactory(instance=copil, date=datetime.date(2099, 3, 28))
    client.force_login(plan["coordinator"] if "coordinator" in plan else contract.memberships.first().user)
    with django_assert_max_num_queries(MEETING_QUERIES):
        response = client.get(reverse("governance:meeting", args=[meeting.pk]))
    assert len(response.context["changes"].finished) == count - len(
        [f for f in previous.snapshot.data["fiches"].values() if f["status"] in ("done", "abandoned")]
    )


@pytest.mark.parametrize("count", FICHE_SIZES)
def test_roadmap_page_queries_are_bounded(client, ars_animator, cts, count, django_assert_max_num_queries):
    from actions.models import Axe, FicheAction
    from governance import roadmaps

    roadmap = roadmaps.create_roadmap(cts, by=ars_animator, title="Feuille de route")
    axes = [
        Axe.objects.create(contract=roadmap.contract, number=str(n), title=f"Défi {n}", position=n) for n in (1, 2)
    ]
    for index in range(count):
        FicheAction.objects.create(
            contract=roadmap.contract,
            axe=axes[index % 2],
            number=f"{index % 2 + 1}.{index + 1}",
            title=f"Action {index}",
        )
    client.force_login(ars_animator)
    with django_assert_max_num_queries(12):  # 10 today
        response = client.get(reverse("governance:roadmap", args=[cts.pk]))
    assert response.content.decode().count("Action ") >= count


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_agenda_month_and_feed_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    import datetime

    from django.utils import timezone

    from governance import feeds
    from tests.governance.factories import AgendaItemFactory, MeetingFactory

    today = timezone.localdate()
    for index in range(count):
        meeting = MeetingFactory(
            instance=copil, date=today + datetime.timedelta(days=index % 25), title=f"Réunion {index}"
        )
        AgendaItemFactory(meeting=meeting)
    client.force_login(coordinator)
    for url in (reverse("governance:agenda"), reverse("governance:month", args=[today.year, today.month])):
        with django_assert_max_num_queries(7, info=url):  # 5 today
            assert client.get(url).status_code == 200
    key = feeds.active_token(coordinator).key
    client.logout()
    with django_assert_max_num_queries(7):
        response = client.get(reverse("governance:feed", args=[key]))
    assert response.content.decode().count("BEGIN:VEVENT") == count


@pytest.mark.parametrize("count", FICHE_SIZES)
def test_contract_calendar_queries_are_bounded(client, coordinator, contract, count, django_assert_max_num_queries):
    import datetime

    from governance.models import Milestone, Phase

    start = datetime.date(2022, 1, 1)
    for index in range(count):
        shift = datetime.timedelta(days=index)
        phase = Phase.objects.create(
            contract=contract, title=f"Phase {index}", position=index, planned_start=start + shift,
            planned_end=start + datetime.timedelta(days=60) + shift,
        )  # fmt: skip
        Milestone.objects.create(contract=contract, phase=phase, title=f"Jalon {index}", planned_on=start + shift)
    client.force_login(coordinator)
    with django_assert_max_num_queries(8):  # 6 today
        response = client.get(reverse("governance:contract_calendar", args=[contract.slug]))
    assert len(response.context["timeline"].rows) == 2 * count
