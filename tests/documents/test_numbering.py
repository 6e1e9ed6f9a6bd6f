"""Versions are numbered 1, 2, 3… per document, even when two people ask at the same moment."""

import threading

import pytest
from django.db import connection
from django.db.models import QuerySet

from documents import lifecycle
from documents.enums import RenderingKind
from documents.models import Rendering
from tests.contracts.factories import AvenantFactory


def test_two_renderings_of_a_document_are_versions_1_and_2(contract, coordinator, ars_animator):
    first = lifecycle.request(contract, RenderingKind.FICHES, by=coordinator)
    second = lifecycle.request(contract, RenderingKind.FICHES, by=ars_animator)
    assert (first.number, second.number) == (1, 2)


def test_each_document_has_its_own_series(contract, coordinator, plan):
    lifecycle.request(contract, RenderingKind.FICHES, by=coordinator)
    radon = lifecycle.request(contract, RenderingKind.FICHE, by=coordinator, fiche=plan["radon"])
    msp = lifecycle.request(contract, RenderingKind.FICHE, by=coordinator, fiche=plan["msp"])
    radon_again = lifecycle.request(contract, RenderingKind.FICHE, by=coordinator, fiche=plan["radon"])
    assert (radon.number, msp.number, radon_again.number) == (1, 1, 2)
    avenant = AvenantFactory(contract=contract, number=1)
    assert lifecycle.request(contract, RenderingKind.AVENANT, by=coordinator, avenant=avenant).number == 1


def test_a_number_taken_meanwhile_is_taken_again(contract, coordinator, monkeypatch):
    """Another request inserted version 1 after this one read the last number (a database without row locks): the
    insert fails on the unique constraint, and the number is read again."""
    lifecycle.request(contract, RenderingKind.FICHES, by=coordinator)
    aggregate = QuerySet.aggregate
    stale = []

    def stale_once(queryset, *args, **kwargs):
        if queryset.model is Rendering and not stale:
            stale.append(True)
            return {"number__max": None}  # what was read before the other request's insert
        return aggregate(queryset, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "aggregate", stale_once)
    assert lifecycle.request(contract, RenderingKind.FICHES, by=coordinator).number == 2
    assert stale == [True]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks between two connections: PostgreSQL")
def test_two_requests_at_once_get_1_and_2(contract, coordinator):
    barrier = threading.Barrier(2)
    numbers, errors = [], []

    def ask():
        try:
            barrier.wait()
            numbers.append(lifecycle.request(contract, RenderingKind.FICHES, by=coordinator).number)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(numbers) == [1, 2]
