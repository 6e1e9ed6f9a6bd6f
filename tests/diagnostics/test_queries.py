"""Query bounds of the diagnostic's pages, at two sizes: the count must not grow with indicators or priorities."""

import pytest
from django.urls import reverse

from referentials.models import Commune
from tests.diagnostics.builders import diagnostic_with_parts, synthetic_values

COMPARISON_QUERIES = 16
DIAGNOSTIC_QUERIES = 24


@pytest.mark.parametrize(("indicators", "communes", "size"), [(2, 5, 2), (50, 100, 12)])
def test_pages_queries_are_bounded(
    client, coordinator, mauges_contract, django_assert_max_num_queries, indicators, communes, size
):
    mauges_contract.epcis.clear()
    chosen = list(Commune.objects.filter(departement_id="49").order_by("code")[:communes])
    mauges_contract.communes.set(chosen)
    created = synthetic_values(indicators, chosen)
    diagnostic = diagnostic_with_parts(mauges_contract, coordinator, created, size)
    client.force_login(coordinator)
    slug = mauges_contract.slug
    with django_assert_max_num_queries(COMPARISON_QUERIES, info="comparison page"):
        assert client.get(reverse("diagnostics:comparison", args=[slug])).status_code == 200
    with django_assert_max_num_queries(COMPARISON_QUERIES, info="comparison export"):
        assert client.get(reverse("diagnostics:comparison_xlsx", args=[slug])).status_code == 200
    with django_assert_max_num_queries(DIAGNOSTIC_QUERIES, info="diagnostic page"):
        assert client.get(diagnostic.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(DIAGNOSTIC_QUERIES, info="diagnostic export"):
        assert client.get(reverse("diagnostics:export", args=[slug, diagnostic.pk])).status_code == 200
    with django_assert_max_num_queries(15, info="catalogue"):
        assert client.get(reverse("diagnostics:catalogue")).status_code == 200
