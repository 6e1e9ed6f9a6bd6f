"""The plan page, the fiche page and the fiche forms run a bounded number of SQL queries whatever the plan's size.

Each test builds the same realistic plan (tests/actions/large_plan.py) with 5 and with 80 fiches, and, for the fiche
pages, a fiche with 5 and with 80 of each sub-object, then asserts one bound for both sizes. The bounds are what the
pages issue today: a change that adds a query per fiche or per sub-object fails here.
"""

import pytest
from django.urls import reverse

from actions.enums import FicheStatus, Funder
from actions.models import FicheIndicatorValue
from actions.views.plan import AS_SIGNED
from contracts.models import Organisation
from contracts.organisations import departement_organisations
from tests.actions.large_plan import build_plan, rich_fiche
from tests.factories import CommuneFactory, ContractFactory, DepartementFactory, OrganisationFactory

# What each page issues today plus 2, so that one more constant query (a new panel) passes and a query per fiche or
# per sub-object fails. Session, user and memberships are 3 of them.
PLAN_QUERIES = 19  # 17 today
PLAN_FILTERED_QUERIES = 20  # 18 today
# 29 today: 7 history tables, and one per kind of foreign key the history names; the contract is read apart from the
# fiche (actions.access.get_fiche), which PostgreSQL plans faster than one query joining both.
FICHE_QUERIES = 31
FICHE_EDIT_QUERIES = 23  # 21 today: the organisations and communes offered are one query each
# 46 today: validation, version check, update, history, the five lists (since the organisations have a history and
# can be archived, the porteur and partners are checked among the organisations still offered).
FICHE_SAVE_QUERIES = 48
FOLLOW_UP_QUERIES = 9  # 7 today

SIZES = [5, 80]
M2M_FIELDS = ["target_publics", "communes", "partners", "prs_elements", "prs_priorities"]


def large_plan(departement, count):
    """A signed contract whose plan has `count` fiches; its fiche 1.1 has `count` more of each sub-object."""
    contract = ContractFactory(departement=departement, signed=True, slug="grand-plan")
    plan = build_plan(contract, count)
    plan["contract"] = contract
    plan["fiche"] = rich_fiche(contract, plan, count)
    return plan


def plan_filters(plan):
    """Each filter of the plan page alone, then several together."""
    return [
        {"status": FicheStatus.IN_PROGRESS},
        {"late": "yes"},
        {"pilote": plan["pilote"].pk},
        {"partner": plan["partner"].pk},
        {"funder": Funder.CPAM},
        {"prs": plan["prs_element"].pk},
        {"ars_theme": plan["theme"].pk},
        {"public": plan["public"].pk},
        {"status": FicheStatus.IN_PROGRESS, "partner": plan["partner"].pk, "funder": Funder.ARS_FIR},
    ]


@pytest.mark.parametrize("count", SIZES)
def test_plan_page_queries_are_bounded(client, departement, ars_animator, count, django_assert_max_num_queries):
    plan = large_plan(departement, count)
    url = reverse("actions:plan", args=[plan["contract"].slug])
    for user in (plan["coordinator"], ars_animator):
        client.force_login(user)
        with django_assert_max_num_queries(PLAN_QUERIES, info=f"plan page as {user}"):
            response = client.get(url)
        assert response.status_code == 200
        assert response.context["shown_count"] == count
        assert response.context["can_edit"]
        html = response.content.decode()
        assert html.count('name="fiches"') == count  # one bulk-selection checkbox per fiche
        assert "Ajouté par l'avenant n° 1" in html
        with django_assert_max_num_queries(PLAN_QUERIES, info=f"plan page as signed, as {user}"):
            response = client.get(url, {"version": AS_SIGNED})
        assert response.status_code == 200
        assert response.context["shown_count"] == count - count // 5  # axe 5 and its fiches came with the avenant
        for params in plan_filters(plan):
            with django_assert_max_num_queries(PLAN_FILTERED_QUERIES, info=f"plan page filtered by {params}"):
                response = client.get(url, params)
            assert response.status_code == 200
            assert response.context["filter"].is_active
            shown = response.context["shown_count"]
            assert 0 < shown < count, params
            assert f"<strong>{shown} fiche" in response.content.decode()


@pytest.mark.parametrize("count", SIZES)
def test_fiche_pages_queries_are_bounded(client, departement, ars_animator, count, django_assert_max_num_queries):
    """The fiche page, its edit form, its follow-up form and a save; the fiche has `count` + 2 of each sub-object."""
    plan = large_plan(departement, count)
    fiche = plan["fiche"]
    # The rest of the country: neither offered in the fiche form nor read one by one.
    sarthe = DepartementFactory(code="72", name="Sarthe")
    for index in range(count):
        OrganisationFactory(name=f"Association sarthoise n° {index}", departement=sarthe)
        CommuneFactory(code=f"72{index:03d}", name=f"Commune sarthoise {index}", departement=sarthe)
    fiche.pilote = plan["pilote"]  # a reader of the contract, who may update this fiche's follow-up
    fiche.save()
    children = count + 2
    assert fiche.sub_actions.count() == children
    assert FicheIndicatorValue.objects.filter(indicator__fiche=fiche).count() == 3 * children
    slug = plan["contract"].slug
    for user in (plan["coordinator"], ars_animator, plan["pilote"]):
        client.force_login(user)
        with django_assert_max_num_queries(FICHE_QUERIES, info=f"fiche page as {user}"):
            response = client.get(reverse("actions:fiche", args=[slug, fiche.number]))
        assert response.status_code == 200
        assert len(response.context["sub_actions"]) == children
        assert len(response.context["indicator_rows"]) == children
        html = response.content.decode()
        assert html.count('href="https://exemple.fr/cr-') == children  # documents
        assert html.count("<strong>Réalisé :</strong> Deux ateliers réalisés.") == children  # follow-up notes
        assert "Fondation de France" in html  # a budget line
        assert "OO " in html  # a PRS objective

    for user in (plan["coordinator"], ars_animator):
        client.force_login(user)
        with django_assert_max_num_queries(FICHE_EDIT_QUERIES, info=f"fiche edit form as {user}"):
            response = client.get(reverse("actions:fiche_edit", args=[slug, fiche.number]))
        assert response.status_code == 200
        html = response.content.decode()
        for partner in fiche.partners.all():
            assert f'name="partners" value="{partner.pk}" id="id_partners_' in html
        # The organisations of the contract and its département, not the country's (docs/performance.md).
        assert html.count('name="partners"') == departement_organisations([departement.code]).count()
        assert html.count('name="partners"') == Organisation.objects.count() - count  # none of the Sarthe
        assert html.count('name="communes"') == 6  # the contract's perimeter: one EPCI of 6 communes
        assert html.count(" checked>") >= fiche.partners.count()

    for user in (plan["coordinator"], ars_animator, plan["pilote"]):
        client.force_login(user)
        with django_assert_max_num_queries(FOLLOW_UP_QUERIES, info=f"follow-up form as {user}"):
            response = client.get(reverse("actions:fiche_follow_up", args=[slug, fiche.number]))
        assert response.status_code == 200
        assert len(response.context["form"].indicator_fields()) == children

    client.force_login(plan["coordinator"])
    url = reverse("actions:fiche_edit", args=[slug, fiche.number])
    data = {name: value for name, value in client.get(url).context["form"].initial.items() if value is not None}
    data.update(
        axe=fiche.axe_id,
        porteur=fiche.porteur_id,
        pilote=fiche.pilote_id,
        ars_theme=fiche.ars_theme_id,
        title="Ateliers de prévention, titre revu",
        **{name: [obj.pk for obj in data[name]] for name in M2M_FIELDS},
    )
    with django_assert_max_num_queries(FICHE_SAVE_QUERIES, info="saving the fiche edit form"):
        response = client.post(url, data)
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert fiche.title == "Ateliers de prévention, titre revu"
    assert fiche.partners.count() == 3
