"""A unique constraint hit by two requests at once (both passed their form's check, one insert lost) ends in a French
409 page, not a 500."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError
from django.test import RequestFactory

from cls_portal.middleware import ConcurrentWriteMiddleware


def losing_insert(request):
    raise IntegrityError('duplicate key value violates unique constraint "unique_party_per_contract"')


@pytest.mark.django_db
def test_a_lost_insert_answers_409_in_french():
    request = RequestFactory().post("/contrats/mauges/parties/ajouter/")
    request.user = AnonymousUser()
    middleware = ConcurrentWriteMiddleware(losing_insert)
    try:
        losing_insert(request)
    except IntegrityError as error:
        response = middleware.process_exception(request, error)
    assert response.status_code == 409
    assert "Quelqu'un a enregistré la même chose au même moment" in response.content.decode()


def test_other_errors_are_left_to_the_500_page():
    request = RequestFactory().get("/")
    assert ConcurrentWriteMiddleware(losing_insert).process_exception(request, ValueError("autre")) is None
