import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from actions.models import FicheAction, SubAction
from cls_portal.enums import Role
from cls_portal.models import User
from contracts.demo import ACCOUNTS, DEMO_PASSWORD, load_demo
from contracts.enums import ContractStatus
from contracts.models import Contract


@pytest.fixture
def demo(referentials):
    load_demo()


def _counts():
    models = [m for app in ("cls_portal", "contracts", "actions") for m in apps.get_app_config(app).get_models()]
    return {m._meta.label: m.objects.count() for m in models}


def test_demo_contracts_and_their_states(demo):
    states = dict(Contract.objects.values_list("slug", "status"))
    assert states == {
        "mauges-cls-1": ContractStatus.RENEWED,
        "mauges-cls-2": ContractStatus.ELABORATION,
        "le-mans-allonnes-coulaines": ContractStatus.EVALUATION,
        "cc-vallees-braye-anille": ContractStatus.EVALUATION,
        "lbn-communaute": ContractStatus.ELABORATION,
        "cc-val-de-sarthe": ContractStatus.ELABORATION,
        "cc-loir-luce-berce": ContractStatus.REFLECTION,
        "cc-sud-sarthe": ContractStatus.REFLECTION,
    }


def test_mauges_cls_1_and_its_renewal(demo):
    cls1 = Contract.objects.get(slug="mauges-cls-1")
    cls2 = Contract.objects.get(slug="mauges-cls-2")
    assert cls1.name == "Contrat local de santé de Mauges Communauté 2017-2021"
    assert (cls1.signature_date, cls1.start_date, cls1.end_date) == (
        datetime.date(2016, 11, 4),
        datetime.date(2017, 1, 1),
        datetime.date(2021, 12, 31),
    )
    assert cls1.perimeter_communes().count() == 6
    assert list(cls1.transitions.order_by("at", "id").values_list("to_status", flat=True)) == [
        "reflection",
        "elaboration",
        "signed",
        "evaluation",
        "renewed",
    ]
    avenant = cls1.avenants.get()
    assert (avenant.number, avenant.signed_on.year, avenant.signed_on.month) == (1, 2020, 2)
    assert (cls2.generation, cls2.previous, cls2.launch_date) == (2, cls1, datetime.date(2022, 3, 16))
    assert set(cls2.parties.values_list("organisation__name", flat=True)) == {
        "ARS Pays de la Loire",
        "Mauges Communauté",
    }
    # The CLS 2 in élaboration takes over unfinished fiches, to be planned again: none is late.
    assert cls2.fiches.exists() and not cls2.fiches.late().exists()
    assert not cls2.fiches.filter(end_date__isnull=False).exists()


def test_le_mans_perimeter_is_three_communes(demo):
    contract = Contract.objects.get(slug="le-mans-allonnes-coulaines")
    assert sorted(contract.communes.values_list("pk", flat=True)) == ["72003", "72095", "72181"]
    assert not contract.epcis.exists()
    assert contract.departement_id == "72"


def test_demo_memberships(demo):
    def roles(email):
        return {
            (m.role, m.departement_id or m.contract.slug)
            for m in User.objects.get(email=email).memberships.select_related("contract")
        }

    assert roles("animatrice.49@demo.portail-cls.fr") == {(Role.ARS_ANIMATOR, "49")}
    assert roles("animateur.72@demo.portail-cls.fr") == {(Role.ARS_ANIMATOR, "72")}
    assert roles("coordinatrice.mauges@demo.portail-cls.fr") == {
        (Role.COORDINATOR, "mauges-cls-1"),
        (Role.COORDINATOR, "mauges-cls-2"),
    }
    assert roles("elu.mauges@demo.portail-cls.fr") == {(Role.READER, "mauges-cls-1"), (Role.READER, "mauges-cls-2")}
    assert roles("pilote.mauges@demo.portail-cls.fr") == {(Role.READER, "mauges-cls-1")}
    assert User.objects.get(email="admin@demo.portail-cls.fr").is_superuser


def test_the_pilote_keeps_the_follow_up_of_a_cls_2_fiche(demo, client):
    piloted = set(
        FicheAction.objects.filter(pilote__email="pilote.mauges@demo.portail-cls.fr").values_list(
            "contract__slug", "number"
        )
    )
    assert piloted == {("mauges-cls-1", "1.1"), ("mauges-cls-1", "2.5"), ("mauges-cls-2", "5.1")}
    client.force_login(User.objects.get(email="pilote.mauges@demo.portail-cls.fr"))
    home = client.get(reverse("home")).content.decode()
    assert "Les fiches-action dont je suis pilote" in home
    follow_up = reverse("actions:fiche_follow_up", args=["mauges-cls-2", "5.1"])
    assert follow_up in home
    assert client.get(follow_up).status_code == 200
    # CLS 1 is an archive: readable, no longer followed up.
    assert client.get(reverse("actions:fiche_follow_up", args=["mauges-cls-1", "1.1"])).status_code == 403


def test_demo_sub_actions_follow_the_detailed_slides(demo):
    sub_actions = set(SubAction.objects.filter(fiche__contract__slug="mauges-cls-1").values_list("number", flat=True))
    assert {"1.1.2", "2.5.1", "2.5.2", "3.6.1"} <= sub_actions
    assert "Val-de-Moine" in SubAction.objects.get(fiche__contract__slug="mauges-cls-1", number="2.5.2").title


def test_running_twice_changes_nothing(demo):
    before = _counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert _counts() == before
    assert "rien à changer" in out.getvalue()


def test_demo_accounts_can_log_in(client, demo):
    for email, *_ in ACCOUNTS:
        client.logout()
        response = client.post(reverse("login"), {"username": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        assert client.get(reverse("contracts:list")).status_code == 200


def test_the_demo_needs_the_referentials(db):
    with pytest.raises(RuntimeError, match="load_referentials"):
        load_demo()
