"""Every administration list within one bound of SQL queries, with 1 and 30 rows alike."""

import pytest
from django.urls import reverse

from cls_portal import accounts
from contracts import lifecycle
from contracts.enums import Role
from tests.actions.factories import FicheFactory
from tests.contracts.factories import PartyFactory
from tests.factories import ContractFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory

# Today's counts plus two (see docs/performance.md): one more constant query passes, a query per row fails.
BOUNDS = {"index": 8, "organisations": 7, "organisation": 17, "merge": 21, "people": 8, "activity": 8}


def _build(contract, departement, animator, size):
    """`size` organisations used in as many ways, `size` people with roles, pilotages and seats, and a log of
    several kinds of lines for each."""
    instance = InstanceFactory(contract=contract)
    for n in range(size):
        organisation = OrganisationFactory(name=f"Organisation {n}", kind="association", departement=departement)
        PartyFactory(contract=contract, organisation=organisation)
        fiche = FicheFactory(axe__contract=contract, porteur=organisation)
        fiche.partners.add(organisation)
        person = UserFactory(email=f"personne.{n}@exemple.fr")
        MembershipFactory(user=person, role=Role.READER, contract=contract)
        fiche.pilote = person
        fiche.save()
        MemberFactory(instance=instance, person=PersonFactory(user=person), organisation=organisation)
        other = ContractFactory(departement=departement, status="reflection")
        lifecycle.start_elaboration(other, by=animator)
        accounts.deactivate(person, by=animator)
    return organisation


@pytest.mark.parametrize("size", [1, 30])
def test_lists_are_bounded(client, django_assert_max_num_queries, ars_animator, contract, departement, size):
    last = _build(contract, departement, ars_animator, size)
    first = OrganisationFactory(name="Organisation en double", kind="association", departement=departement)
    client.force_login(ars_animator)
    urls = {
        "index": reverse("administration:index"),
        "organisations": reverse("administration:organisations") + "?q=organisation",
        "organisation": reverse("administration:organisation", args=[last.pk]),
        "merge": reverse("administration:organisation_merge_preview", args=[first.pk, last.pk]),
        "people": reverse("administration:people"),
        "activity": reverse("administration:activity"),
    }
    for name, url in urls.items():
        with django_assert_max_num_queries(BOUNDS[name]) as captured:
            response = client.get(url)
        assert response.status_code == 200, name
        print(name, size, len(captured))  # noqa: T201 - the counts documented in docs/performance.md
    assert len(client.get(urls["people"]).context["people"]) == size + 1  # and the animator
    assert len(client.get(urls["activity"]).context["lines"]) >= min(50, 10 * size)


@pytest.mark.parametrize("size", [1, 30])
def test_exports_are_bounded(client, django_assert_max_num_queries, ars_animator, contract, departement, size):
    _build(contract, departement, ars_animator, size)
    client.force_login(ars_animator)
    for url in ("administration:organisations", "administration:people", "administration:activity"):
        with django_assert_max_num_queries(12):
            assert client.get(reverse(url), {"format": "xlsx"}).status_code == 200
