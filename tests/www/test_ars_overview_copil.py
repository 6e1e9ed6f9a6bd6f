"""The ARS overview's fiches not updated since the last COPIL of their contract (governance.copil)."""

import datetime

import pytest
from django.urls import reverse

from actions.enums import FicheStatus
from actions.models import FicheAction, FollowUpNote
from contracts.enums import Role
from governance.copil import stale_by_contract, stale_since_copil
from governance.enums import InstanceKind, MeetingStatus
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import MembershipFactory, UserFactory
from tests.governance.factories import InstanceFactory, MeetingFactory

URL = reverse("ars_overview")
COPIL_DAY = datetime.date(2026, 3, 12)


def _touched(fiche, day):
    FicheAction.objects.filter(pk=fiche.pk).update(
        updated_at=datetime.datetime.combine(day, datetime.time(10), tzinfo=datetime.UTC)
    )


@pytest.fixture
def reviewed(contract):
    """The Mauges contract: a COPIL held on 12 March 2026 (and an older one, a comité after it, a COPIL to come);
    fiche 1.1 untouched since February, 1.2 saved on the COPIL's day, 1.3 with a note since, 1.4 done."""
    copil = InstanceFactory(contract=contract, kind=InstanceKind.COPIL)
    MeetingFactory(instance=copil, date=COPIL_DAY, status=MeetingStatus.MINUTES_APPROVED,
                   minutes_approved_on=datetime.date(2026, 6, 1))  # fmt: skip
    MeetingFactory(instance=copil, date=datetime.date(2025, 10, 1), status=MeetingStatus.HELD)
    MeetingFactory(instance=copil, date=datetime.date(2099, 1, 1), status=MeetingStatus.PLANNED)
    technical = InstanceFactory(contract=contract, kind=InstanceKind.TECHNICAL_COMMITTEE)
    MeetingFactory(instance=technical, date=datetime.date(2026, 5, 1), status=MeetingStatus.HELD)
    axe = AxeFactory(contract=contract, number="1")
    fiches = {n: FicheFactory(axe=axe, number=n, status=FicheStatus.IN_PROGRESS, progress=20)
              for n in ("1.1", "1.2", "1.3")}  # fmt: skip
    fiches["1.4"] = FicheFactory(axe=axe, number="1.4", status=FicheStatus.DONE, progress=100)
    for fiche in fiches.values():
        _touched(fiche, datetime.date(2026, 2, 1))
    _touched(fiches["1.2"], COPIL_DAY)
    note = FollowUpNote.objects.create(fiche=fiches["1.3"], date=COPIL_DAY, done="Atelier tenu.")
    FollowUpNote.objects.filter(pk=note.pk).update(created_at=datetime.datetime(2026, 4, 2, 9, tzinfo=datetime.UTC))
    return fiches


def test_only_unfinished_fiches_untouched_since_the_last_copil_count(contract, reviewed):
    today = datetime.date(2026, 12, 1)
    assert [f.number for f in stale_since_copil([contract], today)] == ["1.1"]
    [line] = stale_by_contract([contract], today)
    assert (line["name"], line["last_copil"], line["count"]) == (contract.name, COPIL_DAY, 1)


def test_a_contract_without_copil_held_counts_nothing(contract, other_contract):
    FicheFactory(axe=AxeFactory(contract=other_contract, number="1"), number="1.1")
    MeetingFactory(instance=InstanceFactory(contract=other_contract), status=MeetingStatus.PLANNED)
    assert stale_by_contract([contract, other_contract]) == []


def test_the_overview_counts_and_lists_them(client, ars_animator, contract, reviewed):
    client.force_login(ars_animator)
    response = client.get(URL)
    assert response.context["stale_total"] == 1
    [row] = response.context["contracts"]
    assert row.stale_count == 1
    html = response.content.decode()
    assert "1 fiche-action en cours ou à venir n'a été ni modifiée ni complétée" in html
    assert reverse("actions:fiche", args=[contract.slug, "1.1"]) in html
    assert reverse("actions:fiche", args=[contract.slug, "1.2"]) not in html


def test_they_download(client, ars_animator, contract, reviewed):
    client.force_login(ars_animator)
    response = client.get(URL, {"table": "copil", "format": "csv"})
    rows = response.content.decode("utf-8-sig").splitlines()
    assert rows[0].startswith("Contrat;Dernier COPIL;Fiche")
    assert len(rows) == 2 and ";1.1;" in rows[1]


def test_the_animator_of_another_departement_does_not_see_them(client, contract, other_contract, reviewed):
    sarthe_animator = UserFactory(email="animateur@ars72.exemple.fr")
    MembershipFactory(user=sarthe_animator, role=Role.ARS_ANIMATOR, contract=None,
                      departement=other_contract.departement)  # fmt: skip
    client.force_login(sarthe_animator)
    response = client.get(URL)
    assert response.context["stale_total"] == 0
    assert reverse("actions:fiche", args=[contract.slug, "1.1"]) not in response.content.decode()
