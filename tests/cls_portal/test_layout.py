"""Every page is a State service page: DSFR header with the Marianne block, navigation, skip links, footer."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
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


def test_every_dsfr_table_scrolls_inside_its_own_box():
    """The short markup (`<div class="fr-table"><table>`) lets the screen-reader texts of cells escape the table
    and the page then scrolls sideways on a phone: every table takes DSFR's wrapper, container and content."""
    templates = Path(settings.BASE_DIR) / "templates"
    short = re.compile(r'<div class="fr-table(?: [^"]*)?"[^>]*>\s*+(?!<div class="fr-table__wrapper">)')
    problems = [
        f"{path.relative_to(templates)}: {match.group(0).strip()}"
        for path in templates.rglob("*.html")
        for match in short.finditer(path.read_text())
    ]
    assert problems == []


def test_every_template_included_by_name_exists():
    """An include of a template that was removed or renamed fails only on the page that reaches it."""
    templates = Path(settings.BASE_DIR) / "templates"
    included = re.compile(r"""\{%\s*(?:include|extends)\s+["']([^"']+)["'](?!\|)""")
    missing = []
    for path in templates.rglob("*.html"):
        for name in included.findall(path.read_text()):
            try:
                get_template(name)
            except TemplateDoesNotExist:
                missing.append(f"{path.relative_to(templates)}: {name}")
    assert missing == []


def test_identifiers_in_markup_are_not_printed_as_french_numbers():
    """With thousands separators on, `{{ fiche.pk }}` prints « 12 345 »: a checkbox then posts a value that is no
    identifier and an id holds a space, once a national database passes a thousand rows."""
    templates = Path(settings.BASE_DIR) / "templates"
    raw = re.compile(r'="[^"]*\{\{ [\w.]+\.pk \}\}')
    problems = [
        f"{path.relative_to(templates)}: {match.group(0)}"
        for path in templates.rglob("*.html")
        for match in raw.finditer(path.read_text())
    ]
    assert problems == []
