"""build() reads the database in a bounded number of queries, whatever the number of fiches."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.contract_document import build
from tests.actions.large_plan import build_plan
from tests.factories import ContractFactory


def _queries(contract):
    with CaptureQueriesContext(connection) as captured:
        document = build(contract)
    return len(captured), document


def test_a_contract_of_60_fiches_issues_as_many_queries_as_one_of_5(db, departement, django_assert_max_num_queries):
    small = ContractFactory(departement=departement, slug="petit", name="CLS du petit territoire")
    large = ContractFactory(departement=departement, slug="grand", name="CLS du grand territoire")
    build_plan(small, 5)
    build_plan(large, 60)
    small_count, small_document = _queries(small)
    with django_assert_max_num_queries(small_count):
        large_document = build(large)
    assert len(small_document.data()["fiches"]) == 5 and len(large_document.data()["fiches"]) == 60
    assert small_count <= 30
