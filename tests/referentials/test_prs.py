import pytest
from django.urls import reverse

from referentials.enums import PrsLevel
from referentials.models import Prs, PrsElement


def test_prs_pays_de_la_loire_has_5_orientations_and_19_objectifs(referentials):
    prs = Prs.objects.get(code="PDL-2023-2028")
    assert prs.elements.filter(level=PrsLevel.ORIENTATION).count() == 5
    assert prs.elements.filter(level=PrsLevel.OBJECTIF).count() == 19
    per_orientation = [o.children.count() for o in prs.elements.filter(level=PrsLevel.ORIENTATION)]
    assert per_orientation == [3, 2, 4, 6, 4]
    assert prs.elements.filter(level=PrsLevel.SOUS_OBJECTIF).count() == 31


@pytest.mark.parametrize(
    "code, title",
    [
        ("1", "La santé dans toutes les politiques favorisant la réduction des inégalités de santé"),
        ("1.2", "Promouvoir la santé des jeunes, dès le plus jeune âge"),
        (
            "3.4",
            "Promouvoir la santé mentale de la population ligérienne et améliorer le parcours de santé des "
            "personnes vivant avec un handicap psychique ou avec un trouble psychique",
        ),
        ("4.1", "Améliorer l'accès aux soins de premier recours"),
        (
            "5.4",
            "Déployer la stratégie régionale d'investissement au service des enjeux de transformation de l'offre "
            "portés par le PRS 2023-2028",
        ),
        ("3.2.4", "L'adaptation de l'offre à l'évolution du parcours des aînés"),
    ],
)
def test_prs_titles_come_from_the_document(referentials, code, title):
    assert PrsElement.objects.get(prs__code="PDL-2023-2028", code=code).title == title


def test_objectifs_carry_the_documents_texts(referentials):
    objectif = PrsElement.objects.get(prs__code="PDL-2023-2028", code="4.1")
    filled = {name for name in PrsElement.TEXT_FIELDS if getattr(objectif, name)}
    assert {"expected_results", "indicators"} <= filled or objectif.children.exists()
    sous_objectif = PrsElement.objects.get(prs__code="PDL-2023-2028", code="1.2.1")
    assert "1000 premiers jours" in sous_objectif.declinaisons


def test_prs_browser_lists_the_tree(client, referentials, coordinator, django_assert_max_num_queries):
    client.force_login(coordinator)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("referentials:prs_tree", args=["PDL-2023-2028"]))
    html = response.content.decode()
    assert "5 orientations stratégiques, 19 objectifs opérationnels, 31 sous-objectifs" in html
    assert "Promouvoir la santé des jeunes, dès le plus jeune âge" in html


def test_prs_element_page_shows_texts_as_lists(client, referentials, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("referentials:prs_element", args=["PDL-2023-2028", "1.2.1"]))
    html = response.content.decode()
    assert "Agir précocement" in html
    assert '<h2 class="fr-h4 fr-mt-4w">Déclinaisons</h2>' in html
    assert "<li>Soutenir les initiatives de psychiatrie périnatale</li>" in html
    assert "PRS 2023-2028" in html


def test_prs_root_redirects_to_the_latest_prs(client, referentials, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("referentials:prs"))
    assert response.status_code == 302
    assert response.url == reverse("referentials:prs_tree", args=["PDL-2023-2028"])


def test_unknown_prs_element_is_a_404(client, referentials, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("referentials:prs_element", args=["PDL-2023-2028", "9.9"])).status_code == 404
