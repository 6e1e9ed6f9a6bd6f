"""The calendar of a contract: phases, steps and milestones, planned and actual, today and late items marked."""

import datetime

import pytest
from django.urls import reverse

from governance.models import Milestone, Phase
from governance.timeline import contract_timeline

D = datetime.date


@pytest.fixture
def calendar(contract):
    evaluation = Phase.objects.create(contract=contract, title="Évaluation du CLS 1", position=1,
                                      planned_start=D(2022, 2, 1), planned_end=D(2022, 4, 4),
                                      actual_start=D(2022, 2, 1), actual_end=D(2022, 4, 4))  # fmt: skip
    Phase.objects.create(contract=contract, parent=evaluation, title="Entretiens qualitatifs",
                         planned_start=D(2022, 2, 1), planned_end=D(2022, 3, 31))  # fmt: skip
    Milestone.objects.create(contract=contract, phase=evaluation, title="Réunion de lancement",
                             planned_on=D(2022, 3, 16), actual_on=D(2022, 3, 16))  # fmt: skip
    validation = Phase.objects.create(contract=contract, title="Validation du programme", position=2,
                                      planned_start=D(2022, 10, 1), planned_end=D(2022, 11, 30))  # fmt: skip
    return {"evaluation": evaluation, "validation": validation}


def test_the_timeline_marks_today_and_late_items(calendar, contract):
    timeline = contract_timeline(contract, today=D(2022, 6, 15))
    assert (timeline.start, timeline.end) == (D(2022, 2, 1), D(2022, 11, 30))
    assert [(row.kind, str(row.item)) for row in timeline.rows] == [
        ("phase", "Évaluation du CLS 1"),
        ("step", "Entretiens qualitatifs"),
        ("milestone", "Réunion de lancement"),
        ("phase", "Validation du programme"),
    ]
    assert 0 < timeline.today_at < 100
    entretiens = timeline.rows[1]
    assert entretiens.late and not timeline.rows[0].late and timeline.rows[0].done
    assert (
        timeline.rows[0].planned.start == 0 and timeline.rows[3].planned.start + timeline.rows[3].planned.width == 100
    )
    later = contract_timeline(contract, today=D(2026, 1, 1))
    assert later.today_at is None and later.late_count == 2


def test_the_calendar_page(client, reader, coordinator, calendar, contract):
    url = reverse("governance:contract_calendar", args=[contract.slug])
    client.force_login(reader)
    html = client.get(url).content.decode()
    assert "Évaluation du CLS 1" in html and "En retard" in html and "<svg" in html
    assert "style=" not in html.split('id="content"')[-1].split("<footer")[0]
    assert "Ajouter une phase" not in html
    assert client.get(reverse("governance:phase_create", args=[contract.slug])).status_code == 403
    client.force_login(coordinator)
    assert "Ajouter une phase" in client.get(url).content.decode()


def test_adding_phases_and_milestones(client, coordinator, calendar, contract):
    client.force_login(coordinator)
    response = client.post(
        reverse("governance:phase_create", args=[contract.slug]),
        {"title": "Partage du diagnostic", "planned_start": "2022-06-16", "planned_end": "2022-06-15"},
    )
    assert response.status_code == 400
    assert "La fin prévue ne peut pas précéder le début prévu." in response.content.decode()
    response = client.post(
        reverse("governance:phase_create", args=[contract.slug]),
        {"title": "Partage du diagnostic", "parent": calendar["validation"].pk, "planned_start": "2022-06-15",
         "planned_end": "2022-06-16"},
    )  # fmt: skip
    assert response.status_code == 302
    assert Phase.objects.get(title="Partage du diagnostic").parent == calendar["validation"]
    response = client.post(reverse("governance:milestone_create", args=[contract.slug]), {"title": "Signature"})
    assert "Indiquez la date prévue du jalon." in response.content.decode()
    client.post(reverse("governance:milestone_create", args=[contract.slug]),
                {"title": "Signature", "planned_on": "2023-01-20"})  # fmt: skip
    assert Milestone.objects.filter(title="Signature").exists()
    milestone = Milestone.objects.get(title="Signature")
    client.post(reverse("governance:calendar_delete", args=[contract.slug, "jalon", milestone.pk]))
    assert not Milestone.objects.filter(title="Signature").exists()
    assert client.get(reverse("governance:calendar_delete", args=[contract.slug, "autre", 1])).status_code == 404
