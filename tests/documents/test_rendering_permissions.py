"""Who may do what with the documents of a contract: a matrix of personas × actions, checked through the HTTP answers.
Asking, retrying and bringing the signed scan back: the ARS animator and the coordinators; seeing and downloading:
every member, readers included; anyone else does not learn that the contract exists (404)."""

import pytest
from django.urls import reverse

from documents.enums import RenderingKind
from tests.contracts.factories import make_ready_to_sign
from tests.documents.factories import RenderingFactory, SignedScanFactory


@pytest.fixture
def versions(contract):
    make_ready_to_sign(contract)
    return {
        "done": RenderingFactory(contract=contract, done=True),
        "failed": RenderingFactory(contract=contract, failed=True),
        "signable": RenderingFactory(contract=contract, done=True, contract_version=True),
        "signed": SignedScanFactory(rendering__contract=contract).rendering,
    }


def _urls(contract, versions):
    slug = contract.slug
    fiche = contract.fiches.get()
    return {
        "list": ("get", reverse("documents:list", args=[slug]), {}),
        "fragment": ("get", reverse("documents:versions", args=[slug]), {}),
        "request": ("post", reverse("documents:request", args=[slug]), {"kind": RenderingKind.FICHES}),
        "request_fiche": ("post", reverse("documents:request_fiche", args=[slug, fiche.number]), {}),
        "request_selection": ("post", reverse("documents:request_selection", args=[slug]), {"fiches": [fiche.pk]}),
        "download": ("get", reverse("documents:download", args=[slug, versions["done"].pk]), {}),
        "retry": ("post", reverse("documents:retry", args=[slug, versions["failed"].pk]), {}),
        "scan_form": ("get", reverse("documents:signed_scan", args=[slug, versions["signable"].pk]), {}),
        "scan_download": ("get", reverse("documents:signed_scan_download", args=[slug, versions["signed"].pk]), {}),
        "sign": ("get", reverse("documents:sign", args=[slug, versions["signed"].pk]), {}),
    }


ASK = dict(request=302, request_fiche=302, request_selection=302, retry=302, scan_form=200, sign=200)
SEE = dict(list=200, fragment=200, download=200, scan_download=200)
MATRIX = {
    "ars_animator": {**SEE, **ASK},
    "coordinator": {**SEE, **ASK},
    "superuser": {**SEE, **ASK},
    "reader": {**SEE, **{action: 403 for action in ASK}},
    "outsider": {action: 404 for action in {**SEE, **ASK}},
}


@pytest.mark.parametrize("persona", sorted(MATRIX))
def test_permission_matrix(client, personas, contract, versions, persona):
    client.force_login(personas[persona])
    got = {}
    for action, (method, url, data) in _urls(contract, versions).items():
        response = getattr(client, method)(url, data)
        got[action] = response.status_code
        if response.streaming:
            b"".join(response.streaming_content)  # read to the end: the test client closes the file
    assert got == MATRIX[persona]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, contract, versions):
    response = client.get(reverse("documents:download", args=[contract.slug, versions["done"].pk]))
    assert response.status_code == 302 and "/compte/connexion/" in response.url


def test_a_version_of_another_contract_is_not_found(client, coordinator, contract, other_contract):
    foreign = RenderingFactory(contract=other_contract, done=True)
    client.force_login(coordinator)
    assert client.get(reverse("documents:download", args=[contract.slug, foreign.pk])).status_code == 404
