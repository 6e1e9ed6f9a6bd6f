import pytest
from django.contrib import admin
from django.urls import reverse

from contracts.models import Avenant, Contract, ContractParty, ContractTransition, Organisation
from tests.contracts.factories import AvenantFactory, PartyFactory

MODELS = [Organisation, Contract, ContractParty, Avenant, ContractTransition]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_search_and_filters(model):
    model_admin = admin.site._registry[model]
    assert model_admin.search_fields
    assert model_admin.list_filter


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_admin_pages_answer(client, superuser, contract, model):
    PartyFactory(contract=contract)
    AvenantFactory(contract=contract)
    client.force_login(superuser)
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert client.get(url, {"q": "Mauges"}).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        assert (
            client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])).status_code == 200
        )
