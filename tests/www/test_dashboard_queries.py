"""The dashboard and the commune page run a bounded number of SQL queries whatever the plan's size: the same
realistic plan (tests/actions/large_plan.py) with 5 and with 80 fiches, meetings, decisions and indicator values,
under one bound for both sizes."""

import datetime

import pytest
from django.urls import reverse

from actions.models import FicheAction
from governance.models import Decision
from tests.actions.large_plan import build_plan
from tests.diagnostics.builders import synthetic_values
from tests.factories import ContractFactory
from tests.governance.factories import InstanceFactory, MeetingFactory

# What each page issues today plus 2 (docs/performance.md). Session, user and memberships are 3 of them.
DASHBOARD_QUERIES = 17  # 15 today
COMMUNE_QUERIES = 24  # 22 today, about half of them comparing the indicators (diagnostics.comparison)

SIZES = [5, 80]


def large_contract(departement, count):
    contract = ContractFactory(departement=departement, signed=True, slug="grand-plan")
    plan = build_plan(contract, count)
    instance = InstanceFactory(contract=contract, name="Comité de pilotage")
    for n in range(count // 5 + 1):
        held = MeetingFactory(instance=instance, held=True, date=datetime.date(2024, 1, 1) + datetime.timedelta(n))
        Decision.objects.create(meeting=held, contract=contract, text=f"Décision {n + 1}")
        MeetingFactory(instance=instance, date=datetime.date(2099, 1, 1) + datetime.timedelta(n))
    communes = list(contract.perimeter_communes())
    synthetic_values(count // 5 + 1, communes)
    plan["contract"], plan["communes"] = contract, communes
    return plan


@pytest.mark.parametrize("count", SIZES)
def test_dashboard_queries_are_bounded(client, departement, ars_animator, count, django_assert_max_num_queries):
    plan = large_contract(departement, count)
    contract = plan["contract"]
    url = reverse("contracts:dashboard", args=[contract.slug])
    for user in (plan["pilote"], plan["coordinator"], ars_animator):  # the pilote is a reader of this contract
        client.force_login(user)
        with django_assert_max_num_queries(DASHBOARD_QUERIES, info=f"dashboard as {user}"):
            response = client.get(url)
        assert response.status_code == 200
        assert response.context["stats"].fiche_count == count
        assert len(response.context["communes"]) == 6
        assert response.context["late"]


@pytest.mark.parametrize("count", SIZES)
def test_commune_page_queries_are_bounded(client, departement, ars_animator, count, django_assert_max_num_queries):
    plan = large_contract(departement, count)
    contract, commune = plan["contract"], plan["communes"][0]
    url = reverse("contracts:commune_dashboard", args=[contract.slug, commune.code])
    expected = FicheAction.objects.filter(contract=contract).concerning(commune).count()
    for user in (plan["pilote"], ars_animator):
        client.force_login(user)
        with django_assert_max_num_queries(COMMUNE_QUERIES, info=f"commune page as {user}"):
            response = client.get(url)
        assert response.status_code == 200
        assert len(response.context["fiches"]) == expected < count
        assert len(response.context["indicators"]) == count // 5 + 1
