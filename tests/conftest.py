"""What every test shares: a fast password hasher, and the personas: an ARS animator of Maine-et-Loire, a
coordinator and a reader of one contract, an outsider (coordinator elsewhere) and a superuser."""

import pytest

from cls_portal.enums import Role
from tests.factories import ContractFactory, DepartementFactory, MembershipFactory, UserFactory


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Every persona hashes a password: PBKDF2 (a million rounds) made a test with personas take over a second.
    `tests/cls_portal/test_auth.py` keeps one login through the production hashers (`production_password_hashers`)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def production_password_hashers(settings):
    """Undo `fast_password_hasher` for one test: Django's default hashers, which production uses (PBKDF2 first)."""
    from django.conf import global_settings

    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS


@pytest.fixture
def departement(db):
    return DepartementFactory()


@pytest.fixture
def contract(departement):
    return ContractFactory(departement=departement, name="CLS de Mauges Communauté", slug="mauges")


@pytest.fixture
def other_contract(db):
    sarthe = DepartementFactory(code="72", name="Sarthe")
    return ContractFactory(departement=sarthe, name="CLS du Val de Sarthe", slug="val-de-sarthe")


@pytest.fixture
def ars_animator(departement):
    user = UserFactory(email="animatrice@ars.exemple.fr", first_name="Anne", last_name="Animatrice")
    MembershipFactory(user=user, role=Role.ARS_ANIMATOR, contract=None, departement=departement)
    return user


@pytest.fixture
def coordinator(contract):
    user = UserFactory(email="coordinateur@mauges.exemple.fr", first_name="Claude", last_name="Coordinateur")
    MembershipFactory(user=user, role=Role.COORDINATOR, contract=contract)
    return user


@pytest.fixture
def reader(contract):
    user = UserFactory(email="elue@mauges.exemple.fr", first_name="Élise", last_name="Élue")
    MembershipFactory(user=user, role=Role.READER, contract=contract)
    return user


@pytest.fixture
def outsider(other_contract):
    user = UserFactory(email="coordinatrice@valdesarthe.exemple.fr", first_name="Olga", last_name="Ailleurs")
    MembershipFactory(user=user, role=Role.COORDINATOR, contract=other_contract)
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(email="admin@exemple.fr", is_superuser=True, is_staff=True)


@pytest.fixture
def personas(ars_animator, coordinator, reader, outsider, superuser):
    return {
        "ars_animator": ars_animator,
        "coordinator": coordinator,
        "reader": reader,
        "outsider": outsider,
        "superuser": superuser,
    }
