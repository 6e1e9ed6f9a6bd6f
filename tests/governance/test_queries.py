"""Governance pages issue a bounded number of SQL queries whatever the number of members, meetings or fiches.

Each test builds the same situation at two sizes (3 and 60 members; 5 and 80 fiches for the pages that show the
plan) and asserts one bound for both. The bounds are what the pages issue today plus 2: a query per member, per
meeting or per fiche fails here. Session, user and memberships are 3 of them.
"""

import pytest
from django.urls import reverse

from governance.enums import InstanceKind, MemberRole
from tests.factories import OrganisationFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory

MEMBER_SIZES = [3, 60]
INSTANCE_QUERIES = 8  # 6 today
CONTACTS_QUERIES = 8  # 6 today
INDEX_QUERIES = 8  # 6 today


def seat_people(instance, count):
    organisations = [OrganisationFactory(name=f"Organisation {n}") for n in range(3)]
    president = MemberFactory(instance=instance, role=MemberRole.PRESIDENT, organisation=organisations[0])
    for index in range(count - 2):
        MemberFactory(instance=instance, organisation=organisations[index % 3], person=PersonFactory())
    MemberFactory(instance=instance, role=MemberRole.SUBSTITUTE, substitute_for=president)


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_instance_page_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    seat_people(copil, count)
    client.force_login(coordinator)
    with django_assert_max_num_queries(INSTANCE_QUERIES):
        response = client.get(reverse("governance:instance", args=[copil.pk]))
    assert response.status_code == 200
    assert len(response.context["current_members"]) == count


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_contacts_queries_are_bounded(client, coordinator, copil, count, django_assert_max_num_queries):
    seat_people(copil, count)
    technical = InstanceFactory(
        contract=copil.contract, kind=InstanceKind.TECHNICAL_COMMITTEE, name="Comité technique"
    )
    seat_people(technical, count)
    client.force_login(coordinator)
    for name in ("contacts", "contacts_xlsx", "contacts_csv"):
        with django_assert_max_num_queries(CONTACTS_QUERIES, info=name):
            response = client.get(reverse(f"governance:{name}", args=[copil.contract.slug]))
        assert response.status_code == 200
    assert len(response.content.decode().splitlines()) == 2 * count + 1


@pytest.mark.parametrize("count", MEMBER_SIZES)
def test_index_queries_are_bounded(client, ars_animator, contract, departement, count, django_assert_max_num_queries):
    for index in range(count):
        seat_people(InstanceFactory(contract=contract, name=f"Groupe de travail {index}"), 3)
    InstanceFactory(territorial=True, departement=departement)
    client.force_login(ars_animator)
    with django_assert_max_num_queries(INDEX_QUERIES):
        response = client.get(reverse("governance:index"))
    assert response.content.decode().count("3 membres") == count
