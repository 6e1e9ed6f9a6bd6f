"""Organisations of the départements: search ignoring accents, create, edit, where used, archive, delete."""

import pytest
from django.urls import reverse

from actions.forms import FicheForm
from contracts import organisations
from contracts.enums import OrganisationKind
from contracts.forms import PartyForm
from contracts.models import Organisation
from governance.forms import MemberForm
from referentials.validators import luhn_valid
from tests.actions.factories import FicheFactory
from tests.factories import CommuneFactory, EpciFactory, OrganisationFactory
from tests.governance.factories import InstanceFactory, PersonFactory


def test_search_ignores_accents_and_case(client, ars_animator, contract, departement):
    OrganisationFactory(name="Centre hospitalier de Chemillé-en-Anjou", kind="hospital", departement=departement)
    OrganisationFactory(name="Association Épi'Alors", kind="association", departement=departement)
    client.force_login(ars_animator)
    cases = [("chemille", "Centre hospitalier de Chemillé-en-Anjou"), ("EPI ALORS", "Association Épi'Alors")]
    for typed, expected in cases:
        response = client.get(reverse("administration:organisations"), {"q": typed})
        assert [o.name for o in response.context["organisations"]] == [expected], typed


def test_list_shows_usage_counts_and_exports(client, ars_animator, maine_organisation, contract):
    fiche = FicheFactory(axe__contract=contract, porteur=maine_organisation)
    fiche.partners.add(maine_organisation)
    client.force_login(ars_animator)
    response = client.get(reverse("administration:organisations"))
    (row,) = response.context["organisations"]
    assert row.usage_count == 3  # porteur of the contract, porteur and partner of the fiche
    csv = client.get(reverse("administration:organisations"), {"format": "csv"}).content.decode("utf-8-sig")
    assert csv.splitlines()[1] == "Mauges Communauté;EPCI;;;;;3;en usage"


def test_create_attaches_to_the_animators_departement_and_checks_the_siren(client, ars_animator, departement):
    client.force_login(ars_animator)
    url = reverse("administration:organisation_create")
    response = client.post(url, {"name": "CPAM de Maine-et-Loire", "kind": "cpam", "siren": "123456789"})
    assert response.status_code == 400
    assert "clé de contrôle ne correspond pas" in response.content.decode()
    response = client.post(url, {"name": "CPAM de Maine-et-Loire", "kind": "cpam", "siren": "12345"})
    assert "exactement 9 chiffres" in response.content.decode()
    response = client.post(
        url, {"name": "CPAM de Maine-et-Loire", "kind": "cpam", "siren": "180035024", "departement": "49"}
    )
    organisation = Organisation.objects.get(name="CPAM de Maine-et-Loire")
    assert response.status_code == 302
    assert organisation.departement_id == "49" and organisation.siren == "180035024"
    assert organisation.history.get().history_user == ars_animator


def test_an_animator_cannot_attach_an_organisation_to_another_departement(client, ars_animator, other_contract):
    client.force_login(ars_animator)
    response = client.post(
        reverse("administration:organisation_create"), {"name": "CAF de la Sarthe", "kind": "caf", "departement": "72"}
    )
    assert response.status_code == 400
    assert not Organisation.objects.filter(name="CAF de la Sarthe").exists()


def test_geography_links_by_siren_and_insee_code(client, ars_animator, maine_organisation):
    epci = EpciFactory(siren="200060010", name="CA Mauges Communauté")
    commune = CommuneFactory(code="49023", name="Beaupréau-en-Mauges", epci=epci)
    client.force_login(ars_animator)
    url = reverse("administration:organisation_edit", args=[maine_organisation.pk])
    data = {"name": "Mauges Communauté", "kind": "epci", "version": maine_organisation.version}
    response = client.post(url, {**data, "commune": "99999"})
    assert "Aucune commune de la géographie officielle" in response.content.decode()
    response = client.post(url, {**data, "siren": "200060010", "commune": commune.code})
    assert response.status_code == 302
    maine_organisation.refresh_from_db()
    # The SIREN of an EPCI of the official geography links the organisation to it.
    assert maine_organisation.epci == epci and maine_organisation.commune == commune


def test_an_edit_does_not_overwrite_a_save_made_meanwhile(client, ars_animator, maine_organisation):
    client.force_login(ars_animator)
    url = reverse("administration:organisation_edit", args=[maine_organisation.pk])
    shown = maine_organisation.version
    client.post(url, {"name": "Mauges Communauté", "kind": "epci", "address": "Beaupréau", "version": shown})
    response = client.post(url, {"name": "Mauges Communauté", "kind": "epci", "address": "Cholet", "version": shown})
    assert response.status_code == 409
    assert "pendant votre saisie" in response.content.decode()
    maine_organisation.refresh_from_db()
    assert maine_organisation.address == "Beaupréau"


def test_detail_says_where_it_is_used_and_names_only_visible_contracts(
    client, ars_animator, shared_organisation, contract
):
    InstanceFactory(contract=contract).members.create(person=PersonFactory(), organisation=shared_organisation)
    client.force_login(ars_animator)
    response = client.get(reverse("administration:organisation", args=[shared_organisation.pk]))
    html = response.content.decode()
    labels = {usage.label: usage.count for usage in response.context["usages"]}
    assert labels == {
        "Parties au contrat (organisation)": 1,
        "Fiches-action (partenaires)": 1,
        "Membres des instances (organisation représentée)": 1,
    }
    assert contract.name in html
    assert "Val de Sarthe" not in html  # the Sarthe contract is counted, not named
    assert "Et 1 contrat d'autres départements" in html


def test_archived_organisations_are_no_longer_offered(client, ars_animator, maine_organisation, contract):
    client.force_login(ars_animator)
    response = client.post(reverse("administration:organisation_archive", args=[maine_organisation.pk]))
    assert response.status_code == 302
    maine_organisation.refresh_from_db()
    assert maine_organisation.is_archived
    assert maine_organisation.history.latest().history_change_reason == "Archivée"
    assert maine_organisation not in PartyForm(contract=contract).fields["organisation"].queryset
    instance = InstanceFactory(contract=contract)
    assert maine_organisation not in MemberForm(instance=instance).fields["organisation"].queryset
    # Still valid where it is already named.
    contract.refresh_from_db()
    assert contract.porteur == maine_organisation
    client.post(reverse("administration:organisation_restore", args=[maine_organisation.pk]))
    maine_organisation.refresh_from_db()
    assert not maine_organisation.is_archived


def test_an_archived_porteur_stays_valid_on_the_fiche_naming_it(contract, maine_organisation):
    fiche = FicheFactory(axe__contract=contract, porteur=maine_organisation)
    organisations.archive(maine_organisation, by=None)
    form = FicheForm(instance=fiche, contract=contract)
    assert maine_organisation in form.fields["porteur"].queryset
    assert maine_organisation not in FicheForm(contract=contract).fields["porteur"].queryset


def test_only_an_unused_organisation_is_deleted(client, ars_animator, maine_organisation, departement):
    unused = OrganisationFactory(name="Sans usage", kind=OrganisationKind.ASSOCIATION, departement=departement)
    client.force_login(ars_animator)
    client.post(reverse("administration:organisation_delete", args=[maine_organisation.pk]))
    assert Organisation.objects.filter(pk=maine_organisation.pk).exists()
    response = client.post(reverse("administration:organisation_delete", args=[unused.pk]), follow=True)
    assert "a été supprimée" in response.content.decode()
    assert not Organisation.objects.filter(pk=unused.pk).exists()
    assert Organisation.history.filter(id=unused.pk, history_type="-").get().name == "Sans usage"


@pytest.mark.parametrize(("siren", "valid"), [("200060010", True), ("180035024", True), ("200060011", False)])
def test_siren_luhn_check(siren, valid):
    assert luhn_valid(siren) is valid
