"""`manage.py send_reminders`: before a COPIL or a comité de suivi, the pilotes of fiches not updated since the
previous meeting get one e-mail, once; those who run the instance see what will leave and may switch it off."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from actions.enums import FicheStatus
from actions.models import FicheAction, FollowUpNote
from governance import reminders
from governance.enums import InstanceKind, MeetingStatus
from governance.models import ReminderLog
from governance.models.meetings import long_day
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import UserFactory
from tests.governance.factories import InstanceFactory, MeetingFactory

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)
PREVIOUS = TODAY - 60 * DAY
UPCOMING = TODAY + 10 * DAY


def long_ago(*fiches):
    """Fiches last saved in 2020 (auto_now cannot be set through save())."""
    FicheAction.objects.filter(pk__in=[f.pk for f in fiches]).update(
        updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )


@pytest.fixture
def situation(copil, contract):
    pilote = UserFactory(email="pilote@cpie.exemple.fr", first_name="Paul", last_name="Pilote")
    axe = AxeFactory(contract=contract, number="1")
    stale = FicheFactory(axe=axe, number="1.1", title="Radon", pilote=pilote)
    other = FicheFactory(axe=axe, number="1.2", title="Qualité de l'air", pilote=pilote)
    noted = FicheFactory(axe=axe, number="1.3", title="Ateliers", pilote=pilote)
    done = FicheFactory(axe=axe, number="1.4", title="Terminée", pilote=pilote, status=FicheStatus.DONE)
    orphan = FicheFactory(axe=axe, number="1.5", title="Sans pilote")
    long_ago(stale, other, noted, done, orphan)
    FollowUpNote.objects.create(fiche=noted, date=TODAY, done="Atelier tenu.")  # written now: after PREVIOUS
    MeetingFactory(instance=copil, date=PREVIOUS, status=MeetingStatus.HELD)
    upcoming = MeetingFactory(instance=copil, date=UPCOMING)
    return {"pilote": pilote, "stale": stale, "other": other, "noted": noted, "meeting": upcoming}


def run(*args):
    out = io.StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def test_reminders_leave_n_days_before_once_per_fiche(situation):
    assert run("--date", str(TODAY - DAY)).endswith("0 relance envoyée.\n")  # 11 days before: not yet
    output = run("--date", str(TODAY))
    assert "relance envoyée à pilote@cpie.exemple.fr (fiches 1.1, 1.2)" in output
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == (
        f"COPIL du CLS de Mauges Communauté du {long_day(UPCOMING)} : mettez à jour vos fiches-action"
    )
    assert f"depuis le {long_day(PREVIOUS)}" in message.body
    assert "Fiche 1.1 — Radon" in message.body and "/plans/mauges/fiches/1.1/suivi/" in message.body
    assert "Ateliers" not in message.body and "Terminée" not in message.body
    assert ReminderLog.objects.count() == 2
    assert run("--date", str(TODAY + DAY)).endswith("0 relance envoyée.\n")
    assert len(mail.outbox) == 1


def test_a_new_stale_fiche_is_reminded_the_next_day_without_repeating_the_others(situation, contract):
    run("--date", str(TODAY))
    late = FicheFactory(axe=situation["stale"].axe, number="1.6", title="Nouvelle", pilote=situation["pilote"])
    long_ago(late)
    run("--date", str(TODAY + DAY))
    assert len(mail.outbox) == 2 and "Fiche 1.6 — Nouvelle" in mail.outbox[1].body
    assert "Fiche 1.1" not in mail.outbox[1].body


def test_the_delay_is_set_per_instance_and_reminders_can_be_switched_off(situation, copil):
    copil.reminder_days = 3
    copil.save()
    assert reminders.pending(TODAY) == []
    assert len(reminders.pending(UPCOMING - 3 * DAY)) == 1
    copil.reminders_enabled = False
    copil.save()
    assert reminders.pending(UPCOMING - 3 * DAY) == []


def test_only_committees_remind_and_dry_runs_send_nothing(situation, contract):
    group = InstanceFactory(contract=contract, kind=InstanceKind.WORKING_GROUP, name="Groupe prévention")
    MeetingFactory(instance=group, date=UPCOMING - DAY)
    assert [r.meeting for r in reminders.pending(TODAY)] == [situation["meeting"]]
    output = run("--date", str(TODAY), "--dry-run")
    assert "relance serait envoyée" in output and output.endswith("1 relance à envoyer.\n")
    assert mail.outbox == [] and not ReminderLog.objects.exists()


def test_a_first_meeting_looks_three_months_back(copil, contract):
    pilote = UserFactory(email="p@exemple.fr")
    fiche = FicheFactory(axe=AxeFactory(contract=contract, number="1"), pilote=pilote)
    long_ago(fiche)
    meeting = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 4))
    assert reminders.reference_date(meeting) == datetime.date(2099, 3, 5)
    assert [r.pilote for r in reminders.reminders_for(meeting)] == [pilote]


def test_a_bad_date_is_refused_in_french():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Date invalide « 25/05/2099 » : attendu AAAA-MM-JJ."):
        run("--date", "25/05/2099")


def test_the_coordinator_sees_what_will_leave_and_switches_it_off(client, coordinator, reader, situation, copil):
    url = reverse("governance:reminders", args=[copil.pk])
    client.force_login(reader)
    assert client.get(url).status_code == 403
    client.force_login(coordinator)
    html = client.get(url).content.decode()
    assert f"les relances partiront le {long_day(TODAY)}" in html
    assert "pilote@cpie.exemple.fr" in html and "fiche 1.1 — Radon" in html and "Ateliers" not in html
    response = client.post(url, {"reminder_days": "0"})
    assert (
        response.status_code == 400
        and "Le délai de relance est compris entre 1 et 60 jours." in response.content.decode()
    )
    client.post(url, {"reminder_days": "10"})  # the box unticked: switched off
    copil.refresh_from_db()
    assert copil.reminders_enabled is False
    assert "aucune relance ne partira" in client.get(url).content.decode()


def test_reminders_page_queries_do_not_grow_with_the_plan(
    client, coordinator, situation, copil, django_assert_max_num_queries
):
    for index in range(30):
        long_ago(FicheFactory(axe=situation["stale"].axe, number=f"1.{index + 10}", pilote=situation["pilote"]))
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("governance:reminders", args=[copil.pk])).status_code == 200
