"""Who may do what on contract pages: 404 when the contract is invisible, 403 when visible but forbidden."""

import datetime

import pytest
from django.urls import reverse

from contracts import perms
from contracts.enums import ContractStatus, Role
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
    "memberships": {  # coordinators see who has access and invite readers (tests/contracts/test_invitations.py)
        "ars_animator": OK,
        "coordinator": OK,
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
    if page == "avenant_create":  # an avenant amends a contract in force
        contract.status, contract.signature_date = ContractStatus.SIGNED, datetime.date(2023, 6, 1)
        contract.save()
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


PARTY_PAGES = ["party_create", "party_edit", "party_delete"]
# status -> (may the parties change?, may an avenant be recorded?), for those who steer the contract.
BY_STATUS = {
    ContractStatus.REFLECTION: (True, False),
    ContractStatus.ELABORATION: (True, False),
    ContractStatus.SIGNED: (True, True),
    ContractStatus.EVALUATION: (True, True),
    ContractStatus.EXPIRED: (False, False),
    ContractStatus.RENEWED: (False, False),
    ContractStatus.ABANDONED: (False, False),
}
STATUS_CASES = [
    (status, persona, page)
    for status in BY_STATUS
    for persona in ("ars_animator", "superuser")
    for page in [*PARTY_PAGES, "avenant_create"]
]


def _party(contract):
    return PartyFactory(contract=contract).pk


def _set_status(contract, status):
    contract.status = status
    contract.signature_date = datetime.date(2023, 6, 1) if status == ContractStatus.SIGNED else None
    contract.save()


@pytest.mark.parametrize(("status", "persona", "page"), STATUS_CASES, ids=[f"{s}-{u}-{p}" for s, u, p in STATUS_CASES])
def test_parties_and_avenants_follow_the_contract_status(client, personas, contract, status, persona, page):
    """Parties change until the contract is closed, avenants only while it is in force: for everyone, on GET."""
    _set_status(contract, status)
    parties_open, avenants_open = BY_STATUS[status]
    allowed = avenants_open if page == "avenant_create" else parties_open
    user = personas[persona]
    assert perms.can_manage_parties(user, contract) is parties_open
    assert perms.can_add_avenant(user, contract) is avenants_open
    args = [contract.slug] if page in ("party_create", "avenant_create") else [contract.slug, _party(contract)]
    client.force_login(user)
    response = client.get(reverse(f"contracts:{page}", args=args))
    assert response.status_code == (OK if allowed else FORBIDDEN)
    if not allowed:
        html = response.content.decode().replace("&#x27;", "'")
        label = contract.get_status_display().lower()
        if page == "avenant_create":
            expected = "Un avenant ne peut être signé que sur un contrat en vigueur (signé ou en évaluation). "
            expected += f"Ce contrat est « {label} »."
        else:
            expected = f"Ce contrat est « {label} » : ses signataires et partenaires restent tels qu'ils étaient"
        assert expected in html
        assert "vérifier vos habilitations" not in html


def test_a_closed_contract_keeps_its_parties(client, ars_animator, contract):
    party = PartyFactory(contract=contract, representative_name="Didier Huchon")
    _set_status(contract, ContractStatus.RENEWED)
    client.force_login(ars_animator)
    responses = [
        client.post(reverse("contracts:party_create", args=[contract.slug]), {"organisation": party.organisation_id}),
        client.post(
            reverse("contracts:party_edit", args=[contract.slug, party.pk]),
            {"organisation": party.organisation_id, "role": party.role, "representative_name": "Autre Nom"},
        ),
        client.post(reverse("contracts:party_delete", args=[contract.slug, party.pk])),
        client.post(
            reverse("contracts:avenant_create", args=[contract.slug]), {"signed_on": "2024-02-14", "object": "Ajout"}
        ),
    ]
    assert [r.status_code for r in responses] == [FORBIDDEN] * 4
    assert list(contract.parties.values_list("representative_name", flat=True)) == ["Didier Huchon"]
    assert not contract.avenants.exists()
    # The contract page offers none of these actions, and still lists the parties.
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    assert "Didier Huchon" in html
    for name in ("party_create", "avenant_create"):
        assert reverse(f"contracts:{name}", args=[contract.slug]) not in html
    for name in ("party_edit", "party_delete"):
        assert reverse(f"contracts:{name}", args=[contract.slug, party.pk]) not in html


def test_the_contract_page_offers_what_the_status_allows(client, ars_animator, contract):
    party = PartyFactory(contract=contract)
    client.force_login(ars_animator)
    detail = reverse("contracts:detail", args=[contract.slug])
    add_party = reverse("contracts:party_create", args=[contract.slug])
    edit_party = reverse("contracts:party_edit", args=[contract.slug, party.pk])
    add_avenant = reverse("contracts:avenant_create", args=[contract.slug])
    html = client.get(detail).content.decode()  # en élaboration
    assert add_party in html and edit_party in html and add_avenant not in html
    _set_status(contract, ContractStatus.SIGNED)
    html = client.get(detail).content.decode()
    assert add_party in html and edit_party in html and add_avenant in html


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
