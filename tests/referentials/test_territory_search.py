import pytest
from django.urls import reverse

from referentials.models import Commune, Epci


@pytest.mark.parametrize(
    "query, expected",
    [("oree", "Orée d'Anjou"), ("OREE D'ANJOU", "Orée d'Anjou"), ("ecole", "École"), ("sevremoine", "Sèvremoine")],
)
def test_search_ignores_case_and_accents(referentials, query, expected):
    assert expected in Commune.objects.search(query).values_list("name", flat=True)


def test_search_matches_word_starts_only(referentials):
    names = set(Commune.objects.search("oree").values_list("name", flat=True))
    assert "Orée d'Anjou" in names
    assert "Borée" not in names


def test_epci_search_by_name(referentials):
    assert list(Epci.objects.search("mauges communaute").values_list("siren", flat=True)) == ["200060010"]


def _search(client, user, query):
    client.force_login(user)
    return client.get(reverse("referentials:territories"), {"q": query}).content.decode()


def test_search_page_by_name_shows_commune_and_its_epci(client, referentials, coordinator):
    html = _search(client, coordinator, "oree d'anjou")
    assert "Orée d&#x27;Anjou" in html
    assert "CA Mauges Communauté" in html
    assert "population municipale 2023" in html


def test_search_page_by_insee_code(client, referentials, coordinator):
    html = _search(client, coordinator, "49126")
    assert "Orée d&#x27;Anjou" in html


def test_search_page_by_siren(client, referentials, coordinator):
    html = _search(client, coordinator, "200060010")
    assert "CA Mauges Communauté" in html


def test_search_page_without_result_says_so(client, referentials, coordinator):
    html = _search(client, coordinator, "zzzzqx")
    assert "Aucune commune ne correspond à « zzzzqx »" in html


def test_epci_page_lists_communes_and_population(client, referentials, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("referentials:epci", args=["200060010"]))
    html = response.content.decode()
    for name in ["Beaupréau-en-Mauges", "Chemillé-en-Anjou", "Mauges-sur-Loire", "Sèvremoine"]:
        assert name in html
    population = Epci.objects.get(siren="200060010").population
    assert f"{population:,}".replace(",", "\u202f") in html or f"{population:,}".replace(",", "\xa0") in html


def test_commune_page_shows_its_epci(client, referentials, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("referentials:commune", args=["49126"])).content.decode()
    assert "CA Mauges Communauté" in html
    assert "Maine-et-Loire (49)" in html


def test_large_result_pages_stay_bounded(client, referentials, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("referentials:territories"), {"q": "saint"})
    assert "Page suivante" in response.content.decode()
