"""Every model of the project has an admin with search, and its pages open for a superuser."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

PROJECT_APPS = ["cls_portal", "referentials", "contracts", "actions"]


def project_models():
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if not model.__name__.startswith("Historical"):
                yield model


@pytest.mark.parametrize("model", list(project_models()), ids=lambda m: m._meta.label)
def test_model_is_in_the_admin_with_search(model):
    assert admin.site.is_registered(model), f"{model._meta.label} n'est pas dans l'administration"
    assert admin.site._registry[model].search_fields, f"{model._meta.label} n'a pas de recherche"


@pytest.mark.parametrize("model", list(project_models()), ids=lambda m: m._meta.label)
def test_admin_changelist_opens(client, superuser, model):
    client.force_login(superuser)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = client.get(url, {"q": "mauges"})
    assert response.status_code == 200


def test_admin_is_refused_to_non_staff(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302


def test_admin_search_ignores_accents(client, superuser):
    from tests.factories import CommuneFactory

    CommuneFactory(code="49069", name="Orée d'Anjou")
    CommuneFactory(code="49092", name="Chemillé-en-Anjou")
    client.force_login(superuser)
    url = reverse("admin:referentials_commune_changelist")
    for term in ("Orée", "oree", "OREE D'ANJOU"):
        html = client.get(url, {"q": term}).content.decode()
        assert "Orée d&#x27;Anjou" in html and "Chemillé-en-Anjou" not in html, term
