"""Contract forms: what an invalid POST answers (400, French messages by the fields) and what a valid one saves."""

import datetime
import re

import pytest
from django.urls import reverse

from contracts.enums import ContractStatus, OrganisationKind, PartyRole, Role
from contracts.models import Contract, ContractTransition, Organisation
from tests.contracts.factories import PartyFactory, make_ready_to_sign
from tests.factories import CommuneFactory, ContractFactory, DepartementFactory, EpciFactory, UserFactory


@pytest.fixture
def geography(departement):
    epci = EpciFactory(siren="200060010", name="CA Mauges Communauté")
    CommuneFactory(code="49023", name="Beaupréau-en-Mauges", epci=epci, departement=departement, population=23000)
    sarthe = DepartementFactory(code="72", name="Sarthe")
    CommuneFactory(code="72181", name="Le Mans", departement=sarthe, epci=EpciFactory(siren="247200132"))
    CommuneFactory(code="49007", name="Angers", departement=departement, population=155000)
    return epci


def _field_error(html, name):
    """The error text the DSFR field group of `name` shows under its input ("" when none)."""
    match = re.search(rf'<div id="id_{name}-desc-error">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else ""


def _create_data(**overrides):
    data = {
        "name": "CLS des Mauges",
        "slug": "",
        "generation": "1",
        "departement": "49",
        "epci_codes": "200060010",
        "commune_codes": "49007",
        "start_date": "",
        "end_date": "",
    }
    data.update(overrides)
    return data


def test_create_a_contract_in_reflection(client, ars_animator, geography):
    client.force_login(ars_animator)
    response = client.post(reverse("contracts:create"), _create_data())
    contract = Contract.objects.get(name="CLS des Mauges")
    assert response.status_code == 302 and response["Location"] == reverse("contracts:detail", args=["cls-des-mauges"])
    assert contract.status == ContractStatus.REFLECTION
    assert list(contract.epcis.values_list("pk", flat=True)) == ["200060010"]
    assert list(contract.communes.values_list("pk", flat=True)) == ["49007"]
    step = ContractTransition.objects.get(contract=contract)
    assert (step.from_status, step.to_status, step.by) == ("", ContractStatus.REFLECTION, ars_animator)
    html = client.get(response["Location"]).content.decode().replace("\u202f", " ").replace("\xa0", " ")
    assert "178 000 habitants" in html


def test_create_suggests_a_unique_slug(client, ars_animator, geography):
    ContractFactory(slug="cls-des-mauges")
    client.force_login(ars_animator)
    client.post(reverse("contracts:create"), _create_data())
    assert Contract.objects.filter(slug="cls-des-mauges-2").exists()


def test_create_offers_only_the_animators_departements(client, ars_animator, geography):
    client.force_login(ars_animator)
    response = client.post(reverse("contracts:create"), _create_data(departement="72"))
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not Contract.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Ce champ est obligatoire."),
        ("epci_codes", "12345", "Un code SIREN d'EPCI compte 9 chiffres."),
        ("epci_codes", "200099999", "EPCI inconnu(s) : 200099999."),
        ("epci_codes", "247200132", "Sans commune dans le département Maine-et-Loire (49) : "),
        ("commune_codes", "72181", "Hors du département Maine-et-Loire (49) : Le Mans (72181)."),
        ("commune_codes", "99999", "Commune(s) inconnue(s) : 99999."),
        ("slug", "nouveau", "« nouveau » est réservé par le portail"),
        ("end_date", "2020-01-01", "La fin du contrat doit suivre son début."),
    ],
)
def test_create_errors_are_shown_next_to_the_fields(client, ars_animator, geography, field, value, message):
    client.force_login(ars_animator)
    data = _create_data(**{field: value})
    if field == "end_date":
        data["start_date"] = "2023-01-01"
    response = client.post(reverse("contracts:create"), data)
    html = response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    assert response.status_code == 400
    assert message in _field_error(html, field)
    assert "Le formulaire contient des erreurs" in html
    assert not Contract.objects.exists()


def test_the_generation_follows_the_previous_contract(client, ars_animator, geography, contract):
    client.force_login(ars_animator)
    response = client.post(reverse("contracts:create"), _create_data(previous=str(contract.pk), generation="1"))
    assert response.status_code == 400
    assert "La génération suit celle du contrat précédent (1) : indiquez au moins 2." in response.content.decode()


def test_edit_keeps_the_departement_and_updates_the_perimeter(client, coordinator, contract, geography):
    client.force_login(coordinator)
    response = client.post(
        reverse("contracts:edit", args=[contract.slug]),
        {
            "name": "CLS de Mauges Communauté 2023-2028",
            "slug": contract.slug,
            "generation": "2",
            "epci_codes": "",
            "commune_codes": "49023 49007",
            "version": contract.version,
        },
    )
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.name == "CLS de Mauges Communauté 2023-2028" and contract.departement_id == "49"
    assert sorted(contract.communes.values_list("pk", flat=True)) == ["49007", "49023"]
    assert contract.version == 2


def test_party_with_a_new_organisation(client, ars_animator, contract):
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:party_create", args=[contract.slug]),
        {
            "new_organisation_name": "Préfecture de Maine-et-Loire",
            "new_organisation_kind": OrganisationKind.PREFECTURE,
            "role": PartyRole.COSIGNATORY,
            "representative_civility": "mme",
            "representative_name": "Marie Préfète",
            "representative_title": "Préfète de Maine-et-Loire",
            "deliberation_date": "",
            "position": "3",
        },
    )
    assert response.status_code == 302
    party = contract.parties.get()
    assert (party.organisation.name, party.organisation.kind, party.representative) == (
        "Préfecture de Maine-et-Loire",
        OrganisationKind.PREFECTURE,
        "Madame Marie Préfète",
    )


def test_party_errors(client, ars_animator, contract):
    existing = PartyFactory(contract=contract).organisation
    client.force_login(ars_animator)
    url = reverse("contracts:party_create", args=[contract.slug])
    base = {"role": PartyRole.COSIGNATORY, "position": "0"}
    response = client.post(url, base)
    assert response.status_code == 400
    assert (
        "Choisissez une organisation, ou indiquez le nom d&#x27;une nouvelle organisation."
        in response.content.decode()
    )
    response = client.post(url, {**base, "organisation": existing.pk})
    assert response.status_code == 400 and "Cette organisation figure déjà au contrat." in response.content.decode()
    response = client.post(url, {**base, "new_organisation_name": "CPAM"})
    assert response.status_code == 400 and "Indiquez le type de la nouvelle organisation." in response.content.decode()


def test_party_edit_and_delete_with_confirmation(client, ars_animator, contract):
    party = PartyFactory(contract=contract, representative_name="Ancien Nom")
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:party_edit", args=[contract.slug, party.pk]),
        {
            "organisation": party.organisation_id,
            "role": PartyRole.PRINCIPAL,
            "representative_name": "Nouveau Nom",
            "representative_title": "Président",
            "position": "1",
            "version": party.version,
        },
    )
    assert response.status_code == 302
    party.refresh_from_db()
    assert (party.representative_name, party.role) == ("Nouveau Nom", PartyRole.PRINCIPAL)
    delete_url = reverse("contracts:party_delete", args=[contract.slug, party.pk])
    assert "Retirer « " in client.get(delete_url).content.decode()
    assert contract.parties.exists()
    client.post(delete_url)
    assert not contract.parties.exists()
    assert Organisation.objects.filter(pk=party.organisation_id).exists()


def test_lifecycle_guard_errors_are_an_alert_and_keep_the_form(client, ars_animator, contract):
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:transition", args=[contract.slug, "signature"]),
        {"on": "2023-06-01", "comment": "Signature en COPIL", "signature_place": "Beaupréau"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Le contrat ne peut pas changer d'état" in html
    assert "Le plan d&#x27;action doit comporter au moins un axe stratégique." in html
    assert "Signature en COPIL" in html and 'value="Beaupréau"' in html
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION


def test_the_signature_date_is_required_next_to_its_field(client, ars_animator, contract):
    client.force_login(ars_animator)
    url = reverse("contracts:transition", args=[contract.slug, "signature"])
    html = client.get(url).content.decode()
    label = re.search(r'<label for="id_on" class="fr-label">(.*?)</label>', html, re.S).group(1)
    assert " ".join(label.split()) == "Date de signature"
    response = client.post(url, {"on": "", "comment": "Signature en COPIL"})
    html = response.content.decode()
    assert response.status_code == 400
    assert _field_error(html, "on") == "Indiquez la date de signature."
    assert "Le contrat ne peut pas changer d" not in html and "Signature en COPIL" in html
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"start_date": "2023-06-01", "end_date": "2023-01-01"}, "end_date"),
        ({"end_date": "2023-01-01"}, "end_date"),  # the signature date is the default start
        ({"start_date": "2029-01-01"}, "start_date"),  # after the end date already entered
    ],
)
def test_signature_dates_out_of_order_are_shown_by_the_field(client, ars_animator, contract, data, field):
    contract.end_date = datetime.date(2028, 5, 31)
    contract.save()
    make_ready_to_sign(contract)
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:transition", args=[contract.slug, "signature"]), {"on": "2023-06-01", **data}
    )
    assert response.status_code == 400
    assert _field_error(response.content.decode(), field) == "La fin du contrat doit suivre son début."
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION


def test_edit_errors_keep_the_saved_name_in_the_breadcrumb(client, coordinator, contract):
    client.force_login(coordinator)
    response = client.post(
        reverse("contracts:edit", args=[contract.slug]),
        {
            "name": "CLS renommé",
            "slug": "cls-renomme",
            "generation": "1",
            "start_date": "2023-06-01",
            "end_date": "2023-01-01",
            "version": contract.version,
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert _field_error(html, "end_date") == "La fin du contrat doit suivre son début."
    breadcrumb = re.search(r'<nav role="navigation" class="fr-breadcrumb".*?</nav>', html, re.S).group(0)
    assert '<a class="fr-breadcrumb__link" href="/contrats/mauges/">CLS de Mauges Communauté</a>' in breadcrumb
    assert "renomm" not in breadcrumb
    assert '<a class="fr-btn fr-btn--secondary" href="/contrats/mauges/">Annuler</a>' in html
    # The input is kept in the form, and nothing was saved.
    assert 'value="CLS renommé"' in html and 'value="cls-renomme"' in html
    contract.refresh_from_db()
    assert (contract.name, contract.slug) == ("CLS de Mauges Communauté", "mauges")


def test_lifecycle_move_through_the_form(client, ars_animator, contract):
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:transition", args=[contract.slug, "abandon"]),
        {"on": "2023-06-01", "comment": "Le conseil communautaire a renoncé."},
    )
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ABANDONED


def test_a_move_not_allowed_now_redirects_with_a_message(client, ars_animator, contract):
    client.force_login(ars_animator)
    response = client.get(reverse("contracts:transition", args=[contract.slug, "evaluation"]), follow=True)
    html = response.content.decode().replace("&#x27;", "'")
    assert "Un contrat « en élaboration » ne peut pas passer à l'état « en évaluation »." in html


def test_renewal_through_the_form_opens_the_new_contract(client, ars_animator, contract):
    contract.status = ContractStatus.EVALUATION
    contract.save()
    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:renew", args=[contract.slug]),
        {"on": "2022-03-16", "name": "CLS 2 de Mauges", "slug": "mauges-2", "copy_unfinished_fiches": "on"},
    )
    assert response.status_code == 302 and response["Location"] == reverse("contracts:detail", args=["mauges-2"])


def test_avenant_form(client, ars_animator, departement):
    contract = ContractFactory(departement=departement, signed=True)
    client.force_login(ars_animator)
    url = reverse("contracts:avenant_create", args=[contract.slug])
    response = client.post(url, {"signed_on": "", "object": ""})
    assert response.status_code == 400 and "Ce champ est obligatoire." in response.content.decode()
    response = client.post(url, {"signed_on": "2020-01-01", "object": "Prolongation"})
    assert response.status_code == 400
    assert "L&#x27;avenant ne peut pas être signé avant le contrat." in response.content.decode()
    response = client.post(url, {"signed_on": "2024-02-14", "object": "Prolongation", "new_end_date": "2029-05-31"})
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.end_date == datetime.date(2029, 5, 31)
    assert contract.avenants.get().number == 1


def test_memberships_add_and_remove(client, ars_animator, contract):
    newcomer = UserFactory(email="nouvelle.coordinatrice@mauges.exemple.fr", first_name="Nina", last_name="Nouvelle")
    client.force_login(ars_animator)
    url = reverse("contracts:memberships", args=[contract.slug])
    response = client.post(url, {"email": "inconnu@exemple.fr", "role": Role.READER})
    assert response.status_code == 400
    assert _field_error(response.content.decode().replace("&#x27;", "'"), "first_name") == (
        "Indiquez le prénom : la personne n'a pas encore de compte, elle sera invitée."
    )
    response = client.post(url, {"email": "Nouvelle.Coordinatrice@mauges.exemple.fr", "role": Role.COORDINATOR})
    assert response.status_code == 302
    membership = contract.memberships.get(user=newcomer)
    assert membership.role == Role.COORDINATOR
    response = client.post(url, {"email": newcomer.email, "role": Role.COORDINATOR})
    assert response.status_code == 400 and "Cette personne a déjà ce rôle sur ce contrat." in response.content.decode()
    assert "Nina Nouvelle" in client.get(url).content.decode()
    client.post(reverse("contracts:membership_delete", args=[contract.slug, membership.pk]))
    assert not contract.memberships.filter(user=newcomer).exists()
