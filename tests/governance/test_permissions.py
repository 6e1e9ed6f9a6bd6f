"""Who may do what on governance pages: 404 when the instance is invisible, 403 when visible but forbidden.

The personas of tests/conftest.py, plus `seated`: no role on any contract, a member of the COPIL."""

import pytest
from django.urls import reverse

from contracts.enums import ContractStatus
from governance import perms
from tests.governance.factories import MemberFactory

OK, FORBIDDEN, NOT_FOUND, REDIRECT = 200, 403, 404, 302
PERSONAS = ["ars_animator", "coordinator", "reader", "outsider", "superuser", "seated"]


def row(ars_animator, coordinator, reader, outsider, superuser, seated):
    return dict(zip(PERSONAS, (ars_animator, coordinator, reader, outsider, superuser, seated), strict=True))


# page -> expected status per persona, for the COPIL of the contract "mauges" and the CTS of the animator's
# département.
MATRIX = {
    "index": row(OK, OK, OK, OK, OK, OK),
    "instance": row(OK, OK, OK, NOT_FOUND, OK, OK),
    "instance_edit": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "member_add": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "member_edit": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "member_remove": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "instance_create": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND),
    "contacts": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND),
    "contacts_xlsx": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND),
    "contacts_csv": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, NOT_FOUND),
    "territorial_instance_create": row(OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
    "cts": row(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
    "cts_edit": row(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
}
CASES = [(page, persona, status) for page, expected in MATRIX.items() for persona, status in expected.items()]


def _url(page, copil, cts, president):
    contract = copil.contract
    if page in ("instance_create", "contacts", "contacts_xlsx", "contacts_csv"):
        return reverse(f"governance:{page}", args=[contract.slug])
    if page in ("index", "territorial_instance_create"):
        return reverse(f"governance:{page}")
    if page in ("member_edit", "member_remove"):
        return reverse(f"governance:{page}", args=[copil.pk, president.pk])
    if page == "cts":
        return reverse("governance:instance", args=[cts.pk])
    if page == "cts_edit":
        return reverse("governance:instance_edit", args=[cts.pk])
    return reverse(f"governance:{page}", args=[copil.pk])


@pytest.mark.parametrize(("page", "persona", "status"), CASES, ids=[f"{p}-{u}" for p, u, _ in CASES])
def test_permission_matrix(client, gov_personas, copil, cts, president, page, persona, status):
    client.force_login(gov_personas[persona])
    assert client.get(_url(page, copil, cts, president)).status_code == status


def test_anonymous_visitors_are_sent_to_the_login_page(client, copil):
    response = client.get(reverse("governance:instance", args=[copil.pk]))
    assert response.status_code == REDIRECT and "/compte/connexion/" in response["Location"]


@pytest.mark.parametrize(
    ("persona", "personal"),
    [("ars_animator", True), ("coordinator", True), ("reader", False), ("superuser", True), ("seated", True)],
)
def test_personal_data_is_shown_to_those_who_run_the_instance_and_to_its_members(
    client, gov_personas, copil, president, persona, personal
):
    client.force_login(gov_personas[persona])
    html = client.get(reverse("governance:instance", args=[copil.pk])).content.decode()
    assert ("d.huchon@mauges.exemple.fr" in html) is personal
    assert ("Didier Huchon" in html) is personal
    if not personal:
        assert "réservées à ceux qui l'animent et à ses membres" in html


def test_a_former_member_no_longer_sees_the_instance_of_a_contract_they_have_no_role_in(client, seated, copil):
    import datetime

    copil.members.filter(person__user=seated).update(end_date=datetime.date(2020, 1, 1))
    client.force_login(seated)
    assert client.get(reverse("governance:instance", args=[copil.pk])).status_code == NOT_FOUND


def test_a_member_of_a_cts_sees_it_without_any_role(client, cts, seated):
    MemberFactory(instance=cts, person=seated.governance_people.get())
    client.force_login(seated)
    assert client.get(reverse("governance:instance", args=[cts.pk])).status_code == OK


def test_a_closed_contract_keeps_its_instances_read_only(client, coordinator, copil, president):
    copil.contract.status = ContractStatus.EXPIRED
    copil.contract.save()
    assert not perms.can_run_instance(coordinator, copil)
    assert perms.can_see_personal_data(coordinator, copil)
    client.force_login(coordinator)
    response = client.get(reverse("governance:member_add", args=[copil.pk]))
    assert response.status_code == FORBIDDEN
    assert "ses instances, leurs réunions et leurs comptes rendus restent consultables" in response.content.decode()
    assert client.get(reverse("governance:instance", args=[copil.pk])).status_code == OK


def test_forbidden_posts_change_nothing(client, reader, copil, president):
    client.force_login(reader)
    response = client.post(reverse("governance:member_remove", args=[copil.pk, president.pk]))
    assert response.status_code == FORBIDDEN
    assert copil.members.filter(pk=president.pk).exists()


def test_regional_instances_are_run_by_the_animators_of_the_region(ars_animator, departement, outsider):
    from governance.models import Instance

    regional = Instance.objects.create(kind="cdcpps", name="Commission régionale", region=departement.region)
    assert perms.can_run_instance(ars_animator, regional)
    assert not perms.can_view_instance(outsider, regional)
    assert regional in perms.visible_instances(ars_animator)


# Meeting pages, on a held meeting of the COPIL (planned for the pages of a meeting still to come).
MEETING_MATRIX = {
    "meeting": row(OK, OK, OK, NOT_FOUND, OK, OK),
    "meeting_create": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "meeting_edit": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "convocation": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "agenda_item_create": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "attendance": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "minutes_edit": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "decision_create": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "task_create": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "guest_add": row(OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
    "cts_meeting": row(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
}
MEETING_CASES = [(p, u, s) for p, expected in MEETING_MATRIX.items() for u, s in expected.items()]
UPCOMING_PAGES = {"meeting_edit", "convocation", "agenda_item_create"}


def _meeting_url(page, copil, cts):
    import datetime

    from governance.enums import MeetingStatus
    from tests.governance.factories import AgendaItemFactory, MeetingFactory

    if page == "meeting_create":
        return reverse("governance:meeting_create", args=[copil.pk])
    if page == "cts_meeting":
        return reverse("governance:meeting", args=[MeetingFactory(instance=cts).pk])
    if page in UPCOMING_PAGES:
        meeting = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 4))
        AgendaItemFactory(meeting=meeting)
    else:
        meeting = MeetingFactory(instance=copil, status=MeetingStatus.HELD, date=datetime.date(2024, 3, 28))
    if page == "convocation":
        return reverse("governance:meeting_transition", args=[meeting.pk, "convocation"])
    return reverse(f"governance:{page}", args=[meeting.pk])


@pytest.mark.parametrize(("page", "persona", "status"), MEETING_CASES, ids=[f"{p}-{u}" for p, u, _ in MEETING_CASES])
def test_meeting_permission_matrix(client, gov_personas, copil, cts, page, persona, status):
    url = _meeting_url(page, copil, cts)
    client.force_login(gov_personas[persona])
    assert client.get(url).status_code == status
