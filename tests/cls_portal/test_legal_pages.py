"""The pages every State service has: reachable without an account, linked from every page's footer."""

import pytest
from django.urls import reverse

LEGAL_PAGES = {
    "legal_notice": "Mentions légales",
    "personal_data": "Données personnelles",
    "accessibility": "Déclaration d'accessibilité",
    "sitemap": "Plan du site",
}


@pytest.mark.parametrize(("name", "title"), LEGAL_PAGES.items())
def test_legal_pages_open_without_an_account(client, db, name, title):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.content.decode()


def test_every_page_links_the_legal_pages_and_the_display_settings(client, coordinator, contract):
    client.force_login(coordinator)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    for name in LEGAL_PAGES:
        assert f'href="{reverse(name)}"' in html
    assert ">Accessibilité : non conforme</a>" in html
    assert 'aria-controls="fr-theme-modal"' in html
    assert 'id="fr-theme-modal"' in html


def test_a_local_demo_says_its_operator_is_not_named(client, db, settings):
    settings.LEGAL = {**settings.LEGAL, "operator": ""}
    html = client.get(reverse("legal_notice")).content.decode()
    assert "démonstration locale" in html


def test_the_configured_operator_is_the_controller_of_personal_data(client, db, settings):
    settings.LEGAL = {
        **settings.LEGAL,
        "operator": "Agence régionale de santé Pays de la Loire",
        "operator_address": "17 boulevard Gaston Doumergue, 44262 Nantes",
        "dpo_email": "ars-pdl-dpd@ars.sante.fr",
    }
    html = client.get(reverse("personal_data")).content.decode()
    assert "Agence régionale de santé Pays de la Loire, 17 boulevard Gaston Doumergue, 44262 Nantes" in html
    assert "mailto:ars-pdl-dpd@ars.sante.fr" in html
    assert "fonctionne en démonstration locale" not in client.get(reverse("legal_notice")).content.decode()


def test_the_accessibility_statement_follows_the_rgaa_model(client, db):
    html = client.get(reverse("accessibility")).content.decode()
    for heading in ("État de conformité", "Contenus non accessibles", "Établissement de cette déclaration",
                    "Retour d'information et contact", "Voies de recours"):  # fmt: skip
        assert f"<h2>{heading}</h2>" in html
    assert "RGAA), version 4.1" in html
    assert "1er décembre 2026" in html
