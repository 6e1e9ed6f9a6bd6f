"""Every page is a State service page: DSFR header with the Marianne block, navigation, skip links, footer."""

import pytest
from django.urls import reverse


@pytest.fixture
def page(client, coordinator):
    client.force_login(coordinator)
    return client.get(reverse("home")).content.decode()


def test_page_is_in_french_with_the_dsfr_header(page):
    assert '<html lang="fr"' in page
    assert '<p class="fr-logo">République<br>Française</p>' in page
    assert '<p class="fr-header__service-title">Portail CLS</p>' in page
    assert "dsfr.min.css" in page


def test_page_has_skip_links_navigation_and_footer(page):
    assert 'class="fr-skiplinks"' in page
    assert 'href="#content">Contenu</a>' in page
    assert 'id="main-navigation"' in page
    assert 'id="footer"' in page
    assert 'aria-current="page">Accueil</a>' in page


def test_no_placeholder_links_from_the_design_system_package(page):
    assert "Untitled page" not in page
    assert 'href="#"' not in page


def test_error_pages_are_french(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_dates_are_french(client, coordinator):
    import datetime

    from django.template import Context, Template

    rendered = Template('{{ d|date:"j F Y" }}').render(Context({"d": datetime.date(2016, 11, 4)}))
    assert rendered == "4 novembre 2016"
