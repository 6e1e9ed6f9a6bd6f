from django.urls import reverse

from contracts.models import Contract


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
