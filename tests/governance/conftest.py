"""Fixtures of the governance tests: the COPIL of the `contract` persona fixture, a CTS of its département, and a
`seated` user: no role on any contract, but a member of the COPIL through the person linked to their account."""

import pytest

from governance.enums import InstanceKind, MemberRole
from tests.factories import UserFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def copil(contract):
    return InstanceFactory(contract=contract, kind=InstanceKind.COPIL, name="COPIL du CLS de Mauges Communauté")


@pytest.fixture
def cts(departement):
    return InstanceFactory(territorial=True, departement=departement, name="CTS de Maine-et-Loire")


@pytest.fixture
def president(copil):
    person = PersonFactory(civility="m", first_name="Didier", last_name="Huchon", email="d.huchon@mauges.exemple.fr")
    return MemberFactory(instance=copil, person=person, role=MemberRole.PRESIDENT, position=1)


@pytest.fixture
def seated(copil):
    user = UserFactory(email="monnier@ars.exemple.fr", first_name="Isabelle", last_name="Monnier")
    person = PersonFactory(first_name="Isabelle", last_name="Monnier", email=user.email, user=user)
    MemberFactory(instance=copil, person=person, role=MemberRole.MEMBER, position=2)
    return user


@pytest.fixture
def gov_personas(personas, seated):
    return {**personas, "seated": seated}
