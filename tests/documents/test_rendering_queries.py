"""The documents block costs the same number of queries with 1 version or 20 (kinds, signed scans, authors)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.documents.factories import RenderingFactory, SignedScanFactory
from tests.factories import UserFactory


def _versions(contract, plan, count):
    for index in range(count):
        author = UserFactory()
        if index % 3 == 0:
            SignedScanFactory(rendering__contract=contract, rendering__requested_by=author, uploaded_by=author)
        elif index % 3 == 1:
            RenderingFactory(contract=contract, done=True, kind="fiche", fiche=plan["radon"], requested_by=author)
        else:
            RenderingFactory(contract=contract, failed=True, requested_by=author)


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("page", ["contracts:detail", "documents:list", "documents:versions"])
def test_the_block_takes_as_many_queries_with_1_version_as_with_20(
    client, coordinator, contract, plan, page, django_assert_max_num_queries
):
    client.force_login(coordinator)
    url = reverse(page, args=[contract.slug])
    _versions(contract, plan, 1)
    one = _count(client, url)
    _versions(contract, plan, 19)
    with django_assert_max_num_queries(one):
        assert client.get(url).status_code == 200


def test_the_documents_page_stays_under_its_bound(client, coordinator, contract, plan, django_assert_max_num_queries):
    _versions(contract, plan, 20)
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        client.get(reverse("documents:list", args=[contract.slug]))
    with django_assert_max_num_queries(10):
        client.get(reverse("documents:versions", args=[contract.slug]))
