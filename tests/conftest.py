"""What every test shares: a fast password hasher, the shipped reference data loaded once per session for the tests
that ask for it (`referentials`), and the personas: an ARS animator of Maine-et-Loire, a coordinator and a reader of
one contract, an outsider (coordinator elsewhere) and a superuser."""

import sys

import pytest
from django.db import connection, transaction

from contracts.enums import Role
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


# The shipped reference data (all of France: 34,875 communes; the PRS; the ARS lists) takes one to several seconds
# to load, and dozens of tests read it. It is loaded once, inside a transaction that stays open while the tests
# asking for `referentials` run: each of them runs in a savepoint of that transaction (pytest-django's `db`), rolled
# back after the test, so every one starts from the freshly loaded data and may change it. Those tests run last
# (`pytest_collection_modifyitems`) so that the data is loaded once per run (once per xdist worker); before any other
# test, the transaction is rolled back, so every other test still starts from an empty database, as before (its
# factories' made-up communes and EPCIs never meet the real ones). Transactional tests (live server: the browser
# journeys) cannot run inside a transaction: they load the data for real, and their flush removes it.
REFERENTIALS = "referentials"


def _needs_referentials(item):
    return REFERENTIALS in getattr(item, "fixturenames", ())


def _is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    return (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or bool(marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
    )


def pytest_collection_modifyitems(items):
    """The tests reading the reference data run together, last (stable: their order among themselves is kept)."""
    items.sort(key=_needs_referentials)


class _SharedReferentials:
    """The open transaction holding the loaded reference data, or None."""

    atomic = None
    reports = None

    @classmethod
    def enter(cls):
        if cls.atomic is None:
            assert not connection.in_atomic_block, "the reference data must be loaded before the test's transaction"
            from referentials.loaders import load_all

            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                reports = load_all()
            except BaseException:
                atomic.__exit__(*sys.exc_info())
                raise
            cls.atomic, cls.reports = atomic, reports
        return cls.reports

    @classmethod
    def leave(cls):
        if cls.atomic is not None:
            transaction.set_rollback(True)
            atomic, cls.atomic, cls.reports = cls.atomic, None, None
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="session")
def _shared_referentials(django_db_setup, django_db_blocker):
    yield _SharedReferentials
    with django_db_blocker.unblock():
        _SharedReferentials.leave()


@pytest.fixture(autouse=True)
def _referentials_transaction(request, django_db_blocker):
    """Opens the shared transaction before a test asking for `referentials`, rolls it back before any other test.

    Autouse, so it runs before the test's own transaction (`db`) opens."""
    if REFERENTIALS in request.fixturenames and not _is_transactional(request):
        request.getfixturevalue("_shared_referentials")
        with django_db_blocker.unblock():
            _SharedReferentials.enter()
    elif _SharedReferentials.atomic is not None:
        with django_db_blocker.unblock():
            _SharedReferentials.leave()


@pytest.fixture
def referentials(request, db):
    """The real shipped reference data: all of France, the PRS Pays de la Loire, the ARS lists (`load_all()` reports).

    Shared and rolled back after each test (see above); loaded for real in a transactional test."""
    if _is_transactional(request):
        from referentials.loaders import load_all

        return load_all()
    return _SharedReferentials.reports


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
