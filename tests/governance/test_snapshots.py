"""The plan frozen at the convocation, and what changed since the previous meeting of the instance."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from actions.enums import FicheStatus
from governance import convocation, lifecycle
from governance.enums import MeetingStatus
from governance.models import Decision, FollowUpTask, MeetingSnapshot
from governance.snapshots import changes_since_previous, plan_state
from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    FicheIndicatorValueFactory,
)
from tests.governance.factories import AgendaItemFactory, MeetingFactory


@pytest.fixture
def plan(contract):
    axe = AxeFactory(contract=contract, number="1")
    radon = FicheFactory(axe=axe, number="1.1", title="Radon", status=FicheStatus.PLANNED, progress=0,
                         end_date=datetime.date(2099, 12, 31))  # fmt: skip
    msp = FicheFactory(axe=axe, number="1.2", title="MSP", progress=40, end_date=datetime.date(2099, 12, 31))
    BudgetLineFactory(fiche=radon, planned_amount=4000, actual_amount=None)
    indicator = FicheIndicatorFactory(fiche=radon, name="Foyers équipés", unit="foyers")
    FicheIndicatorValueFactory(indicator=indicator, year=2023, value=237)
    return {"radon": radon, "msp": msp, "indicator": indicator}


def convened(copil, coordinator, day):
    meeting = MeetingFactory(instance=copil, date=day)
    AgendaItemFactory(meeting=meeting, title="Suivi du plan")
    convocation.send_convocation(meeting, by=coordinator)
    return meeting


def test_the_plan_is_frozen_at_the_first_convocation_and_never_changed(copil, coordinator, plan):
    meeting = convened(copil, coordinator, datetime.date(2099, 3, 1))
    data = MeetingSnapshot.objects.get(meeting=meeting).data
    radon = data["fiches"][str(plan["radon"].pk)]
    assert (radon["number"], radon["status"], radon["progress"], radon["late"]) == ("1.1", "planned", 0, False)
    assert (radon["planned"], radon["actual"]) == ("4000.00", "0.00")
    assert radon["indicators"][str(plan["indicator"].pk)]["values"] == {"2023": "237.00"}
    assert data["totals"] == {"fiche_count": 2, "done": 0, "late": 0, "progress": 20, "planned": "4000.00",
                              "actual": "0.00"}  # fmt: skip
    plan["radon"].status = FicheStatus.DONE
    plan["radon"].save()
    lifecycle.postpone(meeting, by=coordinator, to_date=datetime.date(2099, 3, 8))
    convocation.send_convocation(meeting, by=coordinator)
    assert MeetingSnapshot.objects.get(meeting=meeting).data == data


def test_a_meeting_shows_what_changed_since_the_previous_one(client, coordinator, copil, plan):
    first = convened(copil, coordinator, datetime.date(2099, 3, 1))
    lifecycle.mark_held(first, by=coordinator, today=datetime.date(2099, 3, 1))
    Decision.objects.create(meeting=first, text="Lancer la campagne radon.", contract=copil.contract)
    FollowUpTask.objects.create(meeting=first, text="Commander les dosimètres", due_date=datetime.date(2099, 4, 1))
    # Between the two meetings: the radon fiche is done, the MSP becomes late, a new value, more budget.
    radon, msp = plan["radon"], plan["msp"]
    radon.status, radon.progress = FicheStatus.DONE, 100
    radon.save()
    msp.start_date, msp.end_date = datetime.date(2019, 1, 1), datetime.date(2020, 1, 1)
    msp.save()
    FicheIndicatorValueFactory(indicator=plan["indicator"], year=2024, value=159)
    BudgetLineFactory(fiche=radon, year=2025, planned_amount=1500, actual_amount=1200)
    second = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 1))
    changes = changes_since_previous(second)
    assert changes.previous == first and changes.compared_with_now
    assert [(r["number"], r["before"], r["after"]) for r in changes.status_changes] == [("1.1", "À venir", "Réalisée")]
    assert [r["number"] for r in changes.finished] == ["1.1"]
    assert [r["number"] for r in changes.became_late] == ["1.2"]
    assert [(r["year"], r["before"], r["after"]) for r in changes.indicator_values] == [(2024, None, Decimal("159"))]
    assert [(r["planned_before"], r["planned_after"], r["actual_after"]) for r in changes.budget_changes] == [
        (Decimal("4000"), Decimal("5500"), Decimal("1200"))
    ]
    assert [d.text for d in changes.decisions] == ["Lancer la campagne radon."]
    assert [t.text for t in changes.open_tasks] == ["Commander les dosimètres"]
    client.force_login(coordinator)
    page = client.get(second.get_absolute_url()).content.decode()
    assert "Ce qui a changé depuis la réunion précédente" in page
    assert "Fiche 1.1 — Radon : à venir → <strong>réalisée</strong>, 0 % → 100 %" in page
    assert "Fiche 1.2 — MSP" in page and "Passées en retard" in page
    assert "« Foyers équipés » en 2024 : <strong>159</strong> foyers" in page
    assert "Commander les dosimètres" in page and "Lancer la campagne radon." in page


def test_a_first_meeting_or_a_cancelled_previous_one_has_nothing_to_compare(copil, coordinator, plan):
    first = convened(copil, coordinator, datetime.date(2099, 3, 1))
    assert changes_since_previous(first) is None
    convocation.cancel(first, by=coordinator, comment="Reportée à l'automne.")
    second = MeetingFactory(instance=copil, date=datetime.date(2099, 6, 1))
    assert changes_since_previous(second) is None


def test_the_state_of_a_plan_takes_two_queries_whatever_its_size(contract, django_assert_num_queries, plan):
    for _ in range(20):
        FicheFactory(axe=plan["radon"].axe)
    with django_assert_num_queries(2):
        state = plan_state(contract)
    assert state["totals"]["fiche_count"] == 22


def test_the_meeting_page_says_when_the_plan_was_frozen(client, coordinator, copil, plan):
    meeting = convened(copil, coordinator, datetime.date(2099, 3, 1))
    client.force_login(coordinator)
    page = client.get(reverse("governance:meeting", args=[meeting.pk])).content.decode()
    assert "État du plan" in page and "à la convocation" in page
    assert meeting.status == MeetingStatus.CONVENED
