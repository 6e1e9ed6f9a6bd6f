"""Who may do what on contract pages: 404 when the contract is invisible, 403 when visible but forbidden."""

import pytest
from django.urls import reverse

from cls_portal.enums import Role
from tests.contracts.factories import PartyFactory
from tests.factories import MembershipFactory

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404

# page -> expected status per persona, for the contract "mauges" of the animator's département.
MATRIX = {
    "detail": {"ars_animator": OK, "coordinator": OK, "reader": OK, "outsider": NOT_FOUND, "superuser": OK},
    "edit": {"ars_animator": OK, "coordinator": OK, "reader": FORBIDDEN, "outsider": NOT_FOUND, "superuser": OK},
    "steer": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "party_create": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "party_edit": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "party_delete": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "avenant_create": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "memberships": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
    "membership_delete": {
        "ars_animator": OK,
        "coordinator": FORBIDDEN,
        "reader": FORBIDDEN,
        "outsider": NOT_FOUND,
        "superuser": OK,
    },
}
CASES = [(page, persona, status) for page, expected in MATRIX.items() for persona, status in expected.items()]


def _url(page, contract):
    if page == "steer":
        return reverse(
            "contracts:transition",
            args=[contract.slug, "elaboration" if contract.status == "reflection" else "abandon"],
        )
    if page in ("party_edit", "party_delete"):
        return reverse(f"contracts:{page}", args=[contract.slug, PartyFactory(contract=contract).pk])
    if page == "membership_delete":
        membership = MembershipFactory(contract=contract, role=Role.READER)
        return reverse("contracts:membership_delete", args=[contract.slug, membership.pk])
    return reverse(f"contracts:{page}", args=[contract.slug])


@pytest.mark.parametrize(("page", "persona", "status"), CASES, ids=[f"{p}-{u}" for p, u, _ in CASES])
def test_permission_matrix(client, personas, contract, page, persona, status):
    client.force_login(personas[persona])
    assert client.get(_url(page, contract)).status_code == status


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("ars_animator", OK),
        ("coordinator", FORBIDDEN),
        ("reader", FORBIDDEN),
        ("outsider", FORBIDDEN),
        ("superuser", OK),
    ],
)
def test_only_animators_and_superusers_create(client, personas, persona, status):
    client.force_login(personas[persona])
    assert client.get(reverse("contracts:create")).status_code == status


def test_forbidden_posts_change_nothing(client, coordinator, contract):
    client.force_login(coordinator)
    response = client.post(
        reverse("contracts:transition", args=[contract.slug, "abandon"]), {"on": "2023-01-01", "comment": "Non"}
    )
    assert response.status_code == FORBIDDEN
    contract.refresh_from_db()
    assert contract.status == "elaboration"


def test_a_closed_contract_cannot_be_edited(client, ars_animator, contract):
    contract.status = "abandoned"
    contract.save()
    client.force_login(ars_animator)
    assert client.get(reverse("contracts:edit", args=[contract.slug])).status_code == FORBIDDEN


def test_list_shows_only_visible_contracts(client, personas, contract, other_contract):
    expected = {
        "ars_animator": {"CLS de Mauges Communauté"},
        "coordinator": {"CLS de Mauges Communauté"},
        "reader": {"CLS de Mauges Communauté"},
        "outsider": {"CLS du Val de Sarthe"},
        "superuser": {"CLS de Mauges Communauté", "CLS du Val de Sarthe"},
    }
    for persona, names in expected.items():
        client.force_login(personas[persona])
        html = client.get(reverse("contracts:list")).content.decode()
        assert {name for name in ("CLS de Mauges Communauté", "CLS du Val de Sarthe") if name in html} == names


def test_anonymous_users_are_sent_to_the_login_page(client, contract):
    response = client.get(reverse("contracts:detail", args=[contract.slug]))
    assert response.status_code == 302 and reverse("login") in response["Location"]
