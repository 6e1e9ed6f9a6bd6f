"""The demo's Mauges contracts give the dashboards meaningful figures (what `make run` shows an elected official)."""

from html import unescape

import pytest
from django.urls import reverse

from cls_portal.models import User
from demo.governance import load_governance_demo
from demo.loader import load_demo


@pytest.fixture
def elected(referentials):
    load_demo()
    load_governance_demo()
    return User.objects.get(email="elu.mauges@demo.portail-cls.fr")


def test_the_cls_1_dashboard(client, elected):
    client.force_login(elected)
    response = client.get(reverse("contracts:dashboard", args=["mauges-cls-1"]))
    html = unescape(response.content.decode())
    assert "25 actions sur 29 sont réalisées ; l'avancement moyen du plan est de 96 %" in html
    assert [fiche.number for fiche in response.context["late"]] == ["3.3", "5.1"]
    assert all(fiche.latest_difficulty for fiche in response.context["late"])
    assert response.context["budget"]["planned"] > 0 and response.context["indicators"]
    assert [line["commune"].code for line in response.context["communes"]] == [
        "49023", "49092", "49244", "49218", "49126", "49301"
    ]  # fmt: skip


def test_the_cls_2_dashboard_shows_its_governance(client, elected):
    client.force_login(elected)
    response = client.get(reverse("contracts:dashboard", args=["mauges-cls-2"]))
    assert response.context["meetings"] and response.context["decisions"]


def test_each_commune_page_lists_its_own_fiches(client, elected):
    client.force_login(elected)
    numbers = {}
    for code in ("49023", "49092", "49244"):
        response = client.get(reverse("contracts:commune_dashboard", args=["mauges-cls-1", code]))
        numbers[code] = {fiche.number for fiche in response.context["fiches"] if not fiche.whole_territory}
    assert numbers == {"49023": {"2.4", "2.5"}, "49092": {"2.2", "2.4"}, "49244": {"1.8"}}
