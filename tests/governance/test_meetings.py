"""A meeting's page and what its organisers record on it: agenda, attendance and quorum, minutes, decisions, tasks."""

import datetime

import pytest
from django.urls import reverse

from governance.enums import AttendanceSource, AttendanceStatus, MeetingStatus, MemberRole
from governance.meetings import quorum, record_attendance
from governance.models import AgendaItem, Attendance, Decision, FollowUpTask, Meeting
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import ContractFactory
from tests.governance.factories import AgendaItemFactory, MeetingFactory, MemberFactory, PersonFactory


def html_of(response):
    return response.content.decode().replace("&#x27;", "'")


@pytest.fixture
def logged(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def fiche(contract):
    return FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1", title="Sensibiliser au radon")


def test_planning_a_meeting_refuses_an_end_before_its_start(logged, copil):
    url = reverse("governance:meeting_create", args=[copil.pk])
    response = logged.post(url, {"date": "2099-06-04", "start_time": "16:00", "end_time": "14:00", "place": "Cholet"})
    assert response.status_code == 400
    assert "L'heure de fin doit suivre l'heure de début." in html_of(response)
    response = logged.post(url, {"date": "", "start_time": "14:00", "end_time": "16:00"})
    assert "Indiquez la date de la réunion." in html_of(response)
    assert not Meeting.objects.exists()
    response = logged.post(url, {"date": "2099-06-04", "start_time": "14:00", "end_time": "16:30", "place": "Cholet"})
    meeting = Meeting.objects.get()
    assert response["Location"] == meeting.get_absolute_url()
    assert meeting.transitions.get().to_status == MeetingStatus.PLANNED


def test_the_agenda_is_ordered_and_links_to_fiches_of_the_plan(logged, copil, fiche):
    meeting = MeetingFactory(instance=copil)
    url = reverse("governance:agenda_item_create", args=[meeting.pk])
    assert "1.1 — Sensibiliser au radon" in html_of(logged.get(url))
    foreign = FicheFactory(axe=AxeFactory(contract=ContractFactory(), number="1"))
    response = logged.post(url, {"title": "Radon", "fiches": [foreign.pk]})
    assert response.status_code == 400 and not AgendaItem.objects.exists()
    logged.post(url, {"title": "Accueil", "presenter": "Didier Huchon", "duration_minutes": "10"})
    logged.post(url, {"title": "Campagne radon", "fiches": [fiche.pk], "duration_minutes": "30"})
    response = logged.post(url, {"title": "Questions diverses", "duration_minutes": "0"})
    assert "La durée d'un point est comprise entre 1 et 600 minutes." in html_of(response)
    radon = AgendaItem.objects.get(title="Campagne radon")
    assert list(radon.fiches.all()) == [fiche] and radon.position == 2
    logged.post(reverse("governance:agenda_item_up", args=[meeting.pk, radon.pk]))
    assert list(meeting.agenda_items.values_list("title", flat=True)) == ["Campagne radon", "Accueil"]
    page = html_of(logged.get(meeting.get_absolute_url()))
    assert "Présenté par Didier Huchon" in page and "Durée prévue des points</dt><dd>40 minutes" in page
    assert f'href="/plans/{copil.contract.slug}/fiches/1.1/"' in page


def test_a_cls_2_meeting_may_review_fiches_of_the_cls_1(logged, coordinator, contract):
    cls1 = ContractFactory(name="CLS 1", slug="cls-1")
    contract.previous = cls1
    contract.save()
    old = FicheFactory(
        axe=AxeFactory(contract=cls1, number="2"), number="2.5", title="Structures d'exercice coordonné"
    )
    meeting = MeetingFactory(instance=copil_of(contract))
    response = logged.post(
        reverse("governance:agenda_item_create", args=[meeting.pk]), {"title": "Illustrations", "fiches": [old.pk]}
    )
    assert response.status_code == 302
    assert "(CLS 1)" in html_of(logged.get(meeting.get_absolute_url()))


def copil_of(contract):
    return contract.instances.first() or MemberFactory(instance__contract=contract).instance


def test_attendance_and_quorum(logged, copil, president):
    copil.quorum = 2
    copil.save()
    bray = MemberFactory(instance=copil, person=PersonFactory(first_name="Aline", last_name="Bray"))
    substitute = MemberFactory(instance=copil, role=MemberRole.SUBSTITUTE, substitute_for=bray,
                               person=PersonFactory(first_name="Thérèse", last_name="Colineau"))  # fmt: skip
    guest_only = MemberFactory(instance=copil, role=MemberRole.PERMANENT_GUEST)
    meeting = MeetingFactory(instance=copil, held=True)
    url = reverse("governance:attendance", args=[meeting.pk])
    response = logged.post(url, {f"status_{president.pk}": "represented"})
    assert response.status_code == 400 and "Indiquez qui représente Didier Huchon." in html_of(response)
    response = logged.post(
        url,
        {
            f"status_{president.pk}": "represented",
            f"represented_by_{president.pk}": str(bray.pk),
            f"status_{bray.pk}": "excused",
            f"status_{substitute.pk}": "present",
            f"status_{guest_only.pk}": "present",
        },
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get(member=president)
    assert attendance.represented_by == bray and attendance.source == AttendanceSource.SECRETARIAT
    page = html_of(logged.get(meeting.get_absolute_url()))
    # The president is represented, the substitute stands in for the excused titular; a permanent guest does not count.
    assert "Quorum atteint : 2 membres présents ou représentés pour 2 requis." in page
    Attendance.objects.filter(member=substitute).update(status=AttendanceStatus.ABSENT)
    members, attendances = list(copil.members.all()), list(meeting.attendances.all())
    assert quorum(meeting, members, attendances).counted == 1 and not quorum(meeting, members, attendances).reached


def test_attendance_is_for_members_of_the_instance(copil, president):
    from governance.errors import GovernanceError

    meeting = MeetingFactory(instance=copil, held=True)
    with pytest.raises(GovernanceError, match="ne siège pas dans l'instance"):
        record_attendance(meeting, MemberFactory(), status="present", source="secretariat")
    with pytest.raises(GovernanceError, match="présence de Didier Huchon à des réunions est enregistrée"):
        from governance.members import remove_member

        record_attendance(meeting, president, status="present", source="secretariat")
        remove_member(president)


def test_minutes_are_written_after_the_meeting_and_frozen_once_approved(logged, copil):
    meeting = MeetingFactory(instance=copil)
    item = AgendaItemFactory(meeting=meeting, title="Bilan")
    assert logged.get(reverse("governance:minutes_edit", args=[meeting.pk])).status_code == 403
    meeting.status = MeetingStatus.HELD
    meeting.save()
    response = logged.post(
        reverse("governance:minutes_edit", args=[meeting.pk]),
        {f"item_{item.pk}": "Le bilan est présenté.\n- 12 fiches en cours", "minutes": "Prochaine réunion en juin."},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.minutes.startswith("Le bilan est présenté.")
    response = logged.post(reverse("governance:meeting_transition", args=[meeting.pk, "compte-rendu-redige"]), {})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_WRITTEN
    meeting.status, meeting.minutes_approved_on = MeetingStatus.MINUTES_APPROVED, datetime.date(2024, 6, 1)
    meeting.save()
    response = logged.get(reverse("governance:minutes_edit", args=[meeting.pk]))
    assert response.status_code == 403 and "Le compte rendu est approuvé : il ne se modifie plus." in html_of(response)


def test_readers_see_decisions_and_approved_minutes_not_drafts(client, reader, copil, president):
    meeting = MeetingFactory(instance=copil, minutes_written=True, minutes="Texte du brouillon")
    Decision.objects.create(meeting=meeting, text="Le COPIL valide le programme d'actions.", contract=copil.contract)
    client.force_login(reader)
    page = html_of(client.get(meeting.get_absolute_url()))
    assert "Le COPIL valide le programme d'actions." in page
    assert "Texte du brouillon" not in page and "Le compte rendu sera visible une fois approuvé" in page
    assert "Didier Huchon" not in page and 'id="presences"' not in page
    meeting.status, meeting.minutes_approved_on = MeetingStatus.MINUTES_APPROVED, datetime.date(2024, 6, 1)
    meeting.save()
    assert "Texte du brouillon" in html_of(client.get(meeting.get_absolute_url()))


def test_a_decision_linked_to_a_fiche_shows_on_the_contract_page(logged, copil, fiche):
    meeting = MeetingFactory(instance=copil, held=True)
    url = reverse("governance:decision_create", args=[meeting.pk])
    response = logged.post(url, {"text": ""})
    assert "Indiquez la décision prise." in html_of(response)
    response = logged.post(url, {"text": "Étendre la campagne radon aux six communes.", "fiche": fiche.pk})
    assert response.status_code == 302
    decision = Decision.objects.get()
    assert (decision.contract, decision.fiche, decision.created_by.email) == (
        copil.contract,
        fiche,
        "coordinateur@mauges.exemple.fr",
    )
    page = html_of(logged.get(reverse("contracts:detail", args=[copil.contract.slug])))
    assert "Étendre la campagne radon aux six communes." in page and "1.1 — Sensibiliser au radon" in page


def test_decisions_and_tasks_wait_for_the_meeting(logged, copil):
    meeting = MeetingFactory(instance=copil)
    response = logged.get(reverse("governance:decision_create", args=[meeting.pk]))
    assert response.status_code == 403 and "une fois la réunion tenue" in html_of(response)
    assert logged.get(reverse("governance:task_create", args=[meeting.pk])).status_code == 403


def test_a_follow_up_task_with_its_owner_and_fiche(logged, copil, president, fiche):
    meeting = MeetingFactory(instance=copil, held=True)
    response = logged.post(
        reverse("governance:task_create", args=[meeting.pk]),
        {"text": "Envoyer le bilan aux communes", "owner": president.person.pk, "due_date": "2024-05-15",
         "fiche": fiche.pk},
    )  # fmt: skip
    assert response.status_code == 302
    task = FollowUpTask.objects.get()
    assert (task.owner, task.fiche, task.done) == (president.person, fiche, False) and task.is_late
    logged.post(reverse("governance:task_toggle", args=[meeting.pk, task.pk]))
    task.refresh_from_db()
    assert task.done and task.done_on is not None


def test_a_meeting_of_another_contract_answers_404(logged, other_contract):
    meeting = MeetingFactory(instance=MemberFactory(instance__contract=other_contract).instance)
    assert logged.get(meeting.get_absolute_url()).status_code == 404


def test_an_unknown_move_answers_404_and_a_forbidden_one_403(logged, copil):
    meeting = MeetingFactory(instance=copil, held=True)
    assert logged.get(reverse("governance:meeting_transition", args=[meeting.pk, "envol"])).status_code == 404
    response = logged.get(reverse("governance:meeting_transition", args=[meeting.pk, "convocation"]))
    assert response.status_code == 403
    assert "Une réunion « tenue » ne peut pas passer à l'état « convoquée »." in html_of(response)


def test_approving_earlier_minutes_from_the_page(logged, copil):
    earlier = MeetingFactory(instance=copil, minutes_written=True)
    later = MeetingFactory(instance=copil, date=datetime.date(2024, 6, 30), status=MeetingStatus.HELD)
    item = AgendaItemFactory(meeting=later, title="Approbation du compte rendu", approves_minutes_of=earlier)
    page = html_of(logged.get(later.get_absolute_url()))
    assert "Approuver le compte rendu du 28/03/2024" in page
    response = logged.post(reverse("governance:approve_minutes", args=[later.pk, item.pk]))
    assert response.status_code == 302
    earlier.refresh_from_db()
    assert earlier.status == MeetingStatus.MINUTES_APPROVED
    response = logged.post(reverse("governance:approve_minutes", args=[later.pk, item.pk]))
    assert response.status_code == 400 and "est déjà approuvé" in html_of(response)
