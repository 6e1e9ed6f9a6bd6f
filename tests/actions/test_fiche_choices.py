"""The fiche form offers the organisations and communes that make sense for its contract, not the country's.

Porteur and partners: the organisations of the contract's département (`contracts.organisations.
departement_organisations`: attached to it, or used by one of its contracts: parties, porteurs and partners of
fiches), never an archived one, and always what the fiche already names. Communes: the contract's perimeter, and
those the fiche already covers. Anything else posted is refused with a French message.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from contracts.enums import OrganisationKind, PartyRole
from contracts.organisations import departement_organisations
from tests.actions.factories import FicheFactory
from tests.contracts.factories import PartyFactory
from tests.factories import CommuneFactory, ContractFactory, DepartementFactory, EpciFactory, OrganisationFactory


@pytest.fixture
def logged_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def organisations(contract, departement, other_contract, fiche):
    """name: organisation, for each situation the rule tells apart."""
    found = {
        "party": OrganisationFactory(name="Mauges Communauté"),
        "other fiche": OrganisationFactory(name="CPIE Loire Anjou", kind=OrganisationKind.ASSOCIATION),
        "attached": OrganisationFactory(
            name="CPAM de Maine-et-Loire", kind=OrganisationKind.CPAM, departement=departement
        ),
        "neighbour contract": OrganisationFactory(name="Centre hospitalier de Cholet", kind=OrganisationKind.HOSPITAL),
        "elsewhere": OrganisationFactory(
            name="CPAM de la Sarthe", kind=OrganisationKind.CPAM, departement=other_contract.departement
        ),
        "nowhere": OrganisationFactory(name="Association sans attache", kind=OrganisationKind.ASSOCIATION),
        "archived": OrganisationFactory(
            name="Ancienne association du Maine-et-Loire", kind=OrganisationKind.ASSOCIATION, departement=departement
        ),
    }
    PartyFactory(contract=contract, organisation=found["party"], role=PartyRole.PRINCIPAL)
    FicheFactory(axe=fiche.axe, number="1.2").partners.add(found["other fiche"])
    neighbour = ContractFactory(departement=departement, slug="layon")
    PartyFactory(contract=neighbour, organisation=found["neighbour contract"], role=PartyRole.PARTNER)
    # Used in the Sarthe only: a party there does not make it an organisation of the Maine-et-Loire.
    PartyFactory(contract=other_contract, organisation=found["nowhere"], role=PartyRole.PARTNER)
    return found


@pytest.fixture
def archived(organisations):
    organisation = organisations["archived"]
    organisation.archived_at = timezone.now()
    organisation.save()
    return organisation


OFFERED = {"party", "other fiche", "attached", "neighbour contract"}


def offered_names(response, field):
    return {str(organisation) for organisation in response.context["form"].fields[field].queryset}


def test_the_organisations_of_a_departement(departement, organisations, archived):
    found = set(departement_organisations([departement.code]))
    assert {organisations[key] for key in OFFERED} | {archived} == found


def test_porteur_and_partners_are_those_of_the_contract_and_its_departement(
    logged_coordinator, contract, fiche, organisations, archived
):
    response = logged_coordinator.get(reverse("actions:fiche_edit", args=[contract.slug, fiche.number]))
    expected = {organisations[key].name for key in OFFERED}
    assert offered_names(response, "porteur") == expected
    assert offered_names(response, "partners") == expected
    html = response.content.decode()
    assert "Sont proposées les organisations du contrat, de ses fiches et de son département." in html
    assert "CPAM de la Sarthe" not in html and "Association sans attache" not in html
    assert archived.name not in html


def test_what_the_fiche_already_names_stays_offered_and_saved(logged_coordinator, contract, fiche, organisations):
    elsewhere = organisations["elsewhere"]
    fiche.porteur = elsewhere
    fiche.save()
    fiche.partners.add(elsewhere, organisations["attached"])
    url = reverse("actions:fiche_edit", args=[contract.slug, fiche.number])
    response = logged_coordinator.get(url)
    assert elsewhere.name in offered_names(response, "porteur")
    assert elsewhere.name in offered_names(response, "partners")
    html = response.content.decode()
    assert f'name="partners" value="{elsewhere.pk}" id="id_partners_' in html

    form = response.context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, "")}
    data.update(
        axe=fiche.axe_id,
        porteur=elsewhere.pk,
        partners=[elsewhere.pk, organisations["attached"].pk],
        whole_territory="on",
        title="Titre revu",
    )
    for name in ("target_publics", "communes", "prs_elements", "prs_priorities"):
        data.pop(name, None)
    response = logged_coordinator.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    fiche.refresh_from_db()
    assert (fiche.title, fiche.porteur) == ("Titre revu", elsewhere)
    assert set(fiche.partners.all()) == {elsewhere, organisations["attached"]}


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("porteur", "Choisissez le porteur parmi les organisations proposées"),
        ("partners", "Choisissez les partenaires parmi les organisations proposées"),
    ],
)
def test_an_organisation_outside_the_contract_and_its_departement_is_refused(
    logged_coordinator, contract, fiche, organisations, field, message
):
    url = reverse("actions:fiche_edit", args=[contract.slug, fiche.number])
    data = {
        "axe": fiche.axe_id,
        "number": fiche.number,
        "title": fiche.title,
        "status": fiche.status,
        "progress": fiche.progress,
        "whole_territory": "on",
        "version": fiche.version,
        field: organisations["elsewhere"].pk,
    }
    response = logged_coordinator.post(url, data)
    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    assert any(message in error for error in errors), errors
    fiche.refresh_from_db()
    assert fiche.porteur is None and not fiche.partners.exists()


@pytest.fixture
def perimeter(contract, departement):
    """The contract covers one EPCI of two communes and one more commune listed alone."""
    epci = EpciFactory(name="Mauges Communauté")
    communes = [
        CommuneFactory(code="49023", name="Beaupréau-en-Mauges", departement=departement, epci=epci),
        CommuneFactory(code="49092", name="Chemillé-en-Anjou", departement=departement, epci=epci),
        CommuneFactory(code="49099", name="Cholet", departement=departement, epci=EpciFactory(name="Agglo Cholet")),
    ]
    contract.epcis.add(epci)
    contract.communes.add(communes[2])
    return communes


def test_the_communes_are_those_of_the_perimeter(logged_coordinator, contract, fiche, perimeter):
    outside = CommuneFactory(code="72181", name="Le Mans", departement=DepartementFactory(code="72", name="Sarthe"))
    CommuneFactory(code="49007", name="Angers", departement=contract.departement, epci=EpciFactory(name="Angers"))
    url = reverse("actions:fiche_edit", args=[contract.slug, fiche.number])
    response = logged_coordinator.get(url)
    assert list(response.context["form"].fields["communes"].queryset) == perimeter  # by name

    # A commune the fiche already covers stays offered, even once it left the perimeter.
    fiche.communes.add(outside)
    response = logged_coordinator.get(url)
    assert list(response.context["form"].fields["communes"].queryset) == [*perimeter, outside]


def test_a_commune_outside_the_perimeter_is_refused(logged_coordinator, contract, fiche, perimeter):
    angers = CommuneFactory(code="49007", name="Angers", departement=contract.departement, epci=EpciFactory())
    url = reverse("actions:fiche_edit", args=[contract.slug, fiche.number])
    data = {
        "axe": fiche.axe_id,
        "number": fiche.number,
        "title": fiche.title,
        "status": fiche.status,
        "progress": fiche.progress,
        "version": fiche.version,
        "communes": [perimeter[0].pk, angers.pk],
    }
    response = logged_coordinator.post(url, data)
    assert response.status_code == 400
    errors = response.context["form"].errors["communes"]
    assert any("Choisissez les communes parmi celles du périmètre du contrat." in error for error in errors), errors
    response = logged_coordinator.post(url, {**data, "communes": [perimeter[0].pk, perimeter[2].pk]})
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert set(fiche.communes.all()) == {perimeter[0], perimeter[2]}


def test_a_contract_without_perimeter_offers_the_communes_of_its_departement(logged_coordinator, contract, fiche):
    angers = CommuneFactory(code="49007", name="Angers", departement=contract.departement, epci=EpciFactory())
    CommuneFactory(code="72181", name="Le Mans", departement=DepartementFactory(code="72", name="Sarthe"))
    response = logged_coordinator.get(reverse("actions:fiche_edit", args=[contract.slug, fiche.number]))
    assert list(response.context["form"].fields["communes"].queryset) == [angers]


def test_the_create_form_offers_the_same_choices(logged_coordinator, contract, organisations, archived, perimeter):
    response = logged_coordinator.get(reverse("actions:fiche_create", args=[contract.slug]))
    assert offered_names(response, "partners") == {organisations[key].name for key in OFFERED}
    assert list(response.context["form"].fields["communes"].queryset) == perimeter
