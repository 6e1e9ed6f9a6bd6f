import datetime

from django.urls import reverse

from contracts.enums import ContractStatus, PartyRole
from contracts.models import Contract
from tests.contracts.factories import PartyFactory


def _data(contract, name, version):
    return {
        "name": name,
        "slug": contract.slug,
        "generation": "1",
        "epci_codes": "",
        "commune_codes": "",
        "version": version,
    }


def test_the_edit_form_carries_the_version(client, coordinator, contract):
    client.force_login(coordinator)
    html = client.get(reverse("contracts:edit", args=[contract.slug])).content.decode()
    assert 'type="hidden" name="version" value="1"' in html


def test_a_concurrent_save_is_refused_and_the_input_kept(client, coordinator, ars_animator, contract):
    url = reverse("contracts:edit", args=[contract.slug])
    client.force_login(ars_animator)
    assert client.post(url, _data(contract, "CLS Mauges (animatrice)", 1)).status_code == 302
    client.force_login(coordinator)
    response = client.post(url, _data(contract, "CLS Mauges (coordinateur)", 1))
    html = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 409
    assert "Quelqu'un d'autre a enregistré ce contrat pendant que vous le modifiiez." in html
    assert 'value="CLS Mauges (coordinateur)"' in html
    contract.refresh_from_db()
    assert (contract.name, contract.version) == ("CLS Mauges (animatrice)", 2)


def test_saving_again_after_reloading_works(client, coordinator, contract):
    url = reverse("contracts:edit", args=[contract.slug])
    client.force_login(coordinator)
    client.post(url, _data(contract, "Premier nom", 1))
    assert client.post(url, _data(contract, "Second nom", 2)).status_code == 302
    assert Contract.objects.get(pk=contract.pk).name == "Second nom"


def _sign(contract):
    """In force from 1 June 2023 to 31 May 2028 (set directly: the version stays 1, as for a contract just loaded)."""
    Contract.objects.filter(pk=contract.pk).update(
        status=ContractStatus.SIGNED,
        signature_date=datetime.date(2023, 6, 1),
        start_date=datetime.date(2023, 6, 1),
        end_date=datetime.date(2028, 5, 31),
    )
    contract.refresh_from_db()


def _signed_data(contract, version, **changes):
    return {
        **_data(contract, contract.name, version),
        "signature_date": "2023-06-01",
        "start_date": "2023-06-01",
        "end_date": "2028-05-31",
        **changes,
    }


def test_a_stale_form_does_not_put_back_the_end_date_an_avenant_moved(client, coordinator, ars_animator, contract):
    _sign(contract)
    url = reverse("contracts:edit", args=[contract.slug])
    client.force_login(coordinator)
    assert 'name="version" value="1"' in client.get(url).content.decode()  # the form is open

    client.force_login(ars_animator)
    response = client.post(
        reverse("contracts:avenant_create", args=[contract.slug]),
        {"signed_on": "2024-02-14", "object": "Prolongation d'un an", "new_end_date": "2029-05-31"},
    )
    assert response.status_code == 302
    contract.refresh_from_db()
    assert (contract.end_date, contract.version) == (datetime.date(2029, 5, 31), 2)

    client.force_login(coordinator)  # saves what the form showed before the avenant, the old end date with it
    response = client.post(url, _signed_data(contract, 1, summary="Présentation revue"))
    assert response.status_code == 409
    html = response.content.decode().replace("&#x27;", "'")
    assert "Quelqu'un d'autre a enregistré ce contrat pendant que vous le modifiiez." in html
    assert "Dernier enregistrement par Anne Animatrice le " in html
    assert "Présentation revue" in html
    contract.refresh_from_db()
    assert (contract.end_date, contract.summary) == (datetime.date(2029, 5, 31), "")


def test_an_avenant_without_a_new_end_keeps_the_version(ars_animator, contract):
    from contracts.avenants import add_avenant

    _sign(contract)
    add_avenant(contract, signed_on=datetime.date(2024, 2, 14), object="Ajout d'un axe", by=ars_animator)
    contract.refresh_from_db()
    assert contract.version == 1


def test_a_lifecycle_move_makes_open_forms_stale(client, coordinator, ars_animator, contract):
    from contracts import lifecycle

    _sign(contract)
    lifecycle.start_evaluation(contract, by=ars_animator)
    assert contract.version == 2  # the caller's instance sees the move
    assert Contract.objects.get(pk=contract.pk).version == 2
    client.force_login(coordinator)
    response = client.post(reverse("contracts:edit", args=[contract.slug]), _signed_data(contract, 1, name="Autre"))
    assert response.status_code == 409
    assert Contract.objects.get(pk=contract.pk).name == "CLS de Mauges Communauté"


def test_every_lifecycle_move_moves_the_version(ars_animator, contract):
    from contracts import lifecycle
    from tests.contracts.factories import make_ready_to_sign

    make_ready_to_sign(contract)
    versions = [contract.version]
    lifecycle.sign(contract, by=ars_animator, on=datetime.date(2024, 1, 15))
    versions.append(contract.version)
    lifecycle.start_evaluation(contract, by=ars_animator)
    versions.append(contract.version)
    lifecycle.expire(contract, by=ars_animator)
    versions.append(Contract.objects.get(pk=contract.pk).version)
    assert versions == [1, 2, 3, 4]


def test_a_stale_party_form_is_refused_with_the_input_kept(client, ars_animator, superuser, contract):
    party = PartyFactory(contract=contract, representative_name="Ancien Nom")
    url = reverse("contracts:party_edit", args=[contract.slug, party.pk])

    def data(name):
        return {
            "organisation": party.organisation_id,
            "role": PartyRole.PRINCIPAL,
            "representative_name": name,
            "representative_title": "Président",
            "position": "1",
            "version": 1,
        }

    client.force_login(ars_animator)
    assert 'name="version" value="1"' in client.get(url).content.decode()
    assert client.post(url, data("Nom de l'animatrice")).status_code == 302

    client.force_login(superuser)  # displayed the form at version 1 too
    response = client.post(url, data("Nom de l'administrateur"))
    assert response.status_code == 409
    html = response.content.decode().replace("&#x27;", "'")
    assert f"La partie « {party.organisation} » a été modifiée par Anne Animatrice le " in html
    assert "vos changements n'ont pas été enregistrés" in html
    assert 'value="Nom de l\'administrateur"' in html
    party.refresh_from_db()
    assert (party.representative_name, party.version) == ("Nom de l'animatrice", 2)
