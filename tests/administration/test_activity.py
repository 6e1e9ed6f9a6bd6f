"""The activity log: built on the history the apps keep, filtered, paginated, exported, within the scope."""

import datetime
import io

import pytest
from axes.models import AccessFailureLog
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from administration import activity
from cls_portal import accounts
from contracts import lifecycle, organisations
from contracts.enums import Role
from tests.actions.factories import FicheFactory
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


def _lines(client, **params):
    response = client.get(reverse("administration:activity"), params)
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.context["lines"], response


def test_lifecycle_moves_fiches_habilitations_merges_and_accounts_are_listed(
    client, ars_animator, contract, coordinator, departement
):
    lifecycle.abandon(contract, by=ars_animator, comment="Projet arrêté")
    FicheFactory(axe__contract=contract, title="Prévenir les addictions")
    keep = OrganisationFactory(name="Centre hospitalier de Cholet", kind="hospital", departement=departement)
    duplicate = OrganisationFactory(name="CH de Cholet", kind="hospital", departement=departement)
    organisations.merge(keep, duplicate, by=ars_animator)
    accounts.deactivate(coordinator, by=ars_animator)
    client.force_login(ars_animator)
    lines, response = _lines(client)
    seen = {(line.source, line.what) for line in lines}
    assert ("transition", "Passage à « Abandonné »") in seen
    assert ("fiche", "Création") in seen
    assert ("membership", "Création") in seen
    assert ("organisation", "Suppression") in seen
    assert ("account", "Modification") in seen
    html = response.content.decode()
    assert "Fusion de « CH de Cholet »" in html
    assert "Compte désactivé" in html and "Claude Coordinateur" in html
    assert lines == sorted(lines, key=lambda line: line.at, reverse=True)


def test_the_sarthe_is_not_in_the_maine_et_loire_log(client, ars_animator, sarthe_animator, other_contract, contract):
    FicheFactory(axe__contract=other_contract, title="Fiche sarthoise")
    lifecycle.abandon(other_contract, by=sarthe_animator, comment="Arrêt")
    MembershipFactory(contract=other_contract, role=Role.READER)
    FicheFactory(axe__contract=contract, title="Fiche angevine")
    client.force_login(ars_animator)
    lines, response = _lines(client)
    html = response.content.decode()
    assert "Fiche angevine" in html
    assert "Fiche sarthoise" not in html and other_contract.name not in html
    assert all(line.contract in (None, contract) for line in lines)
    client.force_login(sarthe_animator)
    assert "Fiche sarthoise" in _lines(client)[1].content.decode()


def test_failed_logins_of_the_scopes_accounts(client, ars_animator, coordinator, sarthe_person):
    for username in (coordinator.email, sarthe_person.email, "inconnu@exemple.fr"):
        AccessFailureLog.objects.create(username=username, ip_address="192.0.2.4", user_agent="", path_info="/")
    client.force_login(ars_animator)
    lines, _ = _lines(client, kind="accounts")
    assert [(line.what, line.subject) for line in lines] == [("Mot de passe refusé", coordinator.email)]


def test_a_refused_login_is_recorded(client, coordinator):
    client.post(reverse("login"), {"username": coordinator.email, "password": "pas le bon"})
    assert AccessFailureLog.objects.filter(username=coordinator.email).exists()


def test_filters_by_kind_contract_person_and_dates(client, ars_animator, coordinator, contract, departement):
    lifecycle.abandon(contract, by=ars_animator, comment="Arrêt")
    other = type(contract).objects.create(name="CLS des Coteaux", slug="coteaux", departement=departement)
    lifecycle.start_elaboration(other, by=coordinator)
    client.force_login(ars_animator)
    lines, _ = _lines(client, kind="contracts", contract="coteaux")
    assert {line.contract for line in lines} == {other}
    lines, _ = _lines(client, kind="contracts", person="claude coordinateur")
    assert lines and {line.by for line in lines} == {coordinator}
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert _lines(client, since=tomorrow.isoformat())[0] == []
    response = client.get(reverse("administration:activity"), {"since": "2026-02-01", "until": "2026-01-01"})
    assert response.status_code == 400
    assert "La fin de la période doit suivre son début." in response.content.decode()


def test_pages_of_fifty_lines(client, ars_animator, contract):
    for n in range(activity.PAGE_SIZE + 5):
        MembershipFactory(user=UserFactory(email=f"lecteur{n}@exemple.fr"), role=Role.READER, contract=contract)
    client.force_login(ars_animator)
    lines, response = _lines(client, kind="memberships")
    assert len(lines) == activity.PAGE_SIZE and response.context["has_next"]
    lines, response = _lines(client, kind="memberships", page=2)
    assert len(lines) == 6 and not response.context["has_next"]  # 55 readers and the animator's own role


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export(client, ars_animator, contract, fmt):
    lifecycle.abandon(contract, by=ars_animator, comment="Projet arrêté")
    client.force_login(ars_animator)
    response = client.get(reverse("administration:activity"), {"format": fmt, "kind": "contracts"})
    if fmt == "csv":
        rows = [line.split(";") for line in response.content.decode("utf-8-sig").splitlines()]
    else:
        rows = [
            ["" if v is None else v for v in row] for row in load_workbook(io.BytesIO(response.content)).active.values
        ]
    assert rows[0] == ["Date", "Heure", "Par", "Élément", "Action", "Contrat", "Objet", "Précision"]
    assert rows[1][2:7] == ["Anne Animatrice", "Cycle de vie", "Passage à « Abandonné »", contract.name, ""]
