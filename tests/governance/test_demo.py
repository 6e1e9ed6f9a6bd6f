"""The demo governance (fixtures/demo/governance.yaml), loaded through the domain functions, and loaded twice."""

import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from cls_portal.models import User
from contracts.models import Contract
from demo.files import read_demo_files
from demo.governance import FIXTURE, load_governance_demo, read_fixture
from demo.loader import load_demo
from governance import perms
from governance.enums import MeetingStatus, MemberRole
from governance.models import Instance, Meeting, Roadmap
from governance.snapshots import changes_since_previous
from referentials.loaders import load_all


@pytest.fixture
def demo(db):
    load_all()
    load_demo()
    load_governance_demo()


def _counts():
    return {m._meta.label: m.objects.count() for m in apps.get_app_config("governance").get_models()}


def test_loading_twice_changes_nothing(demo):
    before = _counts()
    assert load_governance_demo() == []
    assert _counts() == before
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "Gouvernance déjà présente : rien à changer." in out.getvalue()


def test_the_cts_meeting_of_6_july_2023_and_its_approval_of_17_march(demo):
    cts = Instance.objects.get(name="Conseil territorial de santé Métropole-Flandres")
    assert (cts.kind, cts.departement_id, cts.contract) == ("cts", "59", None)
    july = cts.meetings.get(date=datetime.date(2023, 7, 6))
    assert (july.start_time, july.end_time, july.place, july.status) == (
        datetime.time(13, 45), datetime.time(16, 30), "Lille", MeetingStatus.HELD)  # fmt: skip
    assert [item.title for item in july.agenda_items.all()] == [
        "Remise du label « droits des usagers » à l'AFEJI pour le projet « Le handicap, c'est pas sorcier ! »",
        "Accueil",
        "Approbation du PV du 17/03/23",
        "Proposition de feuille de route CTS",
        "Restitution des ateliers d'échanges",
    ]
    march = cts.meetings.get(date=datetime.date(2023, 3, 17))
    assert (march.status, march.minutes_approved_on) == (MeetingStatus.MINUTES_APPROVED, july.date)
    assert july.agenda_items.get(approves_minutes_of=march).title == "Approbation du PV du 17/03/23"
    assert not july.is_demo_content and list(july.guests.values_list("name", flat=True)) == ["Olivier Dauplain"]


def test_the_roadmap_of_4_defis_and_their_actions(demo):
    roadmap = Roadmap.objects.get()
    assert roadmap.title == "Feuille de route Métropole-Flandres « innovons en santé »"
    axes = list(roadmap.contract.axes.order_by("number").values_list("number", "title"))
    assert [number for number, _ in axes] == ["1", "2", "3", "4"]
    assert axes[1][1] == "Garantir la continuité des soins et la réponse aux besoins de soins non programmés"
    counts = [roadmap.contract.fiches.filter(axe__number=n).count() for n in "1234"]
    assert counts == [5, 6, 4, 5]
    pep = roadmap.contract.fiches.get(number="4.5")
    assert pep.title.endswith("PEP 48") and "Bilan systématique via le réseau Prédipsy." in pep.description


def test_the_animator_of_the_nord_runs_the_cts_and_not_the_others(demo, client):
    nord = User.objects.get(email="animatrice.59@demo.portail-cls.fr")
    assert nord.check_password(read_demo_files().password)
    cts = Instance.objects.get(departement_id="59")
    assert perms.can_run_instance(nord, cts)
    maine_et_loire = User.objects.get(email="animatrice.49@demo.portail-cls.fr")
    assert not perms.can_view_instance(maine_et_loire, cts)
    client.force_login(nord)
    assert client.get(reverse("governance:roadmap", args=[cts.pk])).status_code == 200


def test_mauges_instances_members_and_meetings(demo):
    copil = Instance.objects.get(contract__slug="mauges-cls-2", kind="copil")
    seats = {m.person.full_name: m for m in copil.members.select_related("person", "organisation")}
    assert seats["Didier Huchon"].role == MemberRole.PRESIDENT
    assert seats["Isabelle Monnier"].organisation.name == "ARS Pays de la Loire"
    assert seats["Maryline Castric"].substitute_for == seats["Isabelle Monnier"]
    assert seats["Sophie Guérineau"].person.user.email == "coordinatrice.mauges@demo.portail-cls.fr"
    launch = Meeting.objects.get(date=datetime.date(2022, 3, 16))
    assert launch.title == "Réunion de lancement du CLS 2" and not launch.is_demo_content
    assert [item.title for item in launch.agenda_items.all()] == [
        "Introduction",
        "Le dispositif « CLS »",
        "Illustrations du CLS 2017-2021",
        "Méthodologie : gouvernance et calendrier",
    ]
    illustrations = launch.agenda_items.get(title="Illustrations du CLS 2017-2021")
    assert sorted(illustrations.fiches.values_list("contract__slug", "number")) == [
        ("mauges-cls-1", "1.1"), ("mauges-cls-1", "2.5"), ("mauges-cls-1", "3.6")]  # fmt: skip
    history = list(copil.meetings.order_by("date").values_list("status", "is_demo_content"))
    assert history == [
        (MeetingStatus.MINUTES_APPROVED, True),
        (MeetingStatus.MINUTES_APPROVED, True),
        (MeetingStatus.MINUTES_WRITTEN, True),
        (MeetingStatus.PLANNED, True),
    ]
    upcoming = copil.meetings.get(status=MeetingStatus.PLANNED)
    changes = changes_since_previous(upcoming)
    assert changes.previous.date == datetime.date(2022, 11, 17)
    assert [task.text for task in changes.open_tasks][0].startswith("Consolider la rédaction")


def test_the_cls_2_calendar_and_the_cdcpps(demo):
    contract = Contract.objects.get(slug="mauges-cls-2")
    assert list(contract.calendar_phases.filter(parent=None).values_list("title", flat=True)) == [
        "Évaluation du CLS 1",
        "Actualisation du diagnostic partagé",
        "Priorités et plan d'actions du nouveau CLS",
    ]
    launch = contract.calendar_milestones.get(title="Réunion de lancement")
    assert launch.planned_on == datetime.date(2022, 3, 16) and launch.meeting.title == "Réunion de lancement du CLS 2"
    cdcpps = Instance.objects.get(departement_id="72", kind="cdcpps")
    installation = cdcpps.meetings.get()
    assert installation.date == datetime.date(2022, 9, 13)
    assert "santé des enfants et des jeunes" in installation.decisions.get().text


def test_the_fixture_is_the_one_documented():
    data = read_fixture(FIXTURE)
    assert {"accounts", "organisations", "people", "instances", "calendars"} <= set(data)
