"""The permission module as a matrix: role x object x action."""

import pytest

from contracts import perms
from contracts.enums import ContractStatus

# (persona, can view, can edit, can steer) for the contract of Mauges (Maine-et-Loire).
CONTRACT_MATRIX = [
    ("ars_animator", True, True, True),
    ("coordinator", True, True, False),
    ("reader", True, False, False),
    ("outsider", False, False, False),
    ("superuser", True, True, True),
]


@pytest.mark.parametrize("persona, can_view, can_edit, can_steer", CONTRACT_MATRIX)
def test_contract_permissions(personas, contract, persona, can_view, can_edit, can_steer):
    user = personas[persona]
    assert perms.can_view_contract(user, contract) is can_view
    assert perms.can_edit_contract(user, contract) is can_edit
    assert perms.can_steer_contract(user, contract) is can_steer
    assert (contract in perms.visible_contracts(user)) is can_view


@pytest.mark.parametrize("persona", ["ars_animator", "coordinator", "reader", "outsider", "superuser"])
def test_nobody_edits_a_closed_contract(personas, contract, persona):
    contract.status = ContractStatus.ABANDONED
    contract.save()
    assert perms.can_edit_contract(personas[persona], contract) is False


@pytest.mark.parametrize(
    "persona, can_create", [("ars_animator", True), ("coordinator", False), ("reader", False), ("superuser", True)]
)
def test_only_animators_and_superusers_create_contracts(personas, departement, persona, can_create):
    assert perms.can_create_contract(personas[persona], departement) is can_create


def test_animator_creates_only_in_their_departements(ars_animator, other_contract):
    assert perms.can_create_contract(ars_animator, other_contract.departement) is False
    assert list(perms.creatable_departements(ars_animator).values_list("code", flat=True)) == ["49"]


def test_anonymous_user_may_do_nothing(contract):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert not perms.can_view_contract(anonymous, contract)
    assert not perms.visible_contracts(anonymous).exists()


def test_django_rules_answer_like_the_module(coordinator, reader, contract):
    assert coordinator.has_perm("contracts.edit_contract", contract)
    assert not reader.has_perm("contracts.edit_contract", contract)
    assert reader.has_perm("contracts.view_contract", contract)


def test_memberships_are_read_once_per_user(coordinator, contract, django_assert_num_queries):
    with django_assert_num_queries(1):
        for _ in range(5):
            perms.can_edit_contract(coordinator, contract)
