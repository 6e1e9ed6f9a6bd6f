"""The signed scan comes back: a PDF by its content, under 10 Mo, kept against its version with who, when and its
SHA-256; then the signature is offered, confirmed, and the contract moves to « signé » through its lifecycle."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contracts.enums import ContractStatus
from documents.models import SignedScan
from tests.contracts.factories import AvenantFactory, make_ready_to_sign
from tests.documents.factories import PDF, RenderingFactory

SCAN = PDF + b"% scan du contrat signe\n" * 20


@pytest.fixture
def version(contract):
    make_ready_to_sign(contract)
    return RenderingFactory(contract=contract, done=True, contract_version=True, number=2)


def _upload(client, contract, version, name="contrat-signe.pdf", content=SCAN):
    url = reverse("documents:signed_scan", args=[contract.slug, version.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content, content_type="application/pdf")})


def _html(response):
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


def test_the_scan_is_kept_with_its_author_and_digest_then_the_signature_is_offered(
    client, coordinator, contract, version
):
    client.force_login(coordinator)
    response = _upload(client, contract, version)
    assert response.status_code == 302
    assert response.url == reverse("documents:sign", args=[contract.slug, version.pk])
    scan = SignedScan.objects.get(rendering=version)
    assert scan.uploaded_by == coordinator and scan.size == len(SCAN)
    assert scan.sha256 == hashlib.sha256(SCAN).hexdigest()
    html = _html(client.get(response.url))
    assert "Le scan signé de la version 2 est enregistré." in html
    assert scan.sha256 in html and "Confirmer la signature" in html
    download = client.get(reverse("documents:signed_scan_download", args=[contract.slug, version.pk]))
    assert download["Content-Disposition"] == "attachment; filename*=UTF-8''contrat-v2-signe.pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == SCAN


def test_confirming_signs_the_contract_through_its_lifecycle(client, coordinator, contract, version):
    client.force_login(coordinator)
    _upload(client, contract, version)
    url = reverse("documents:sign", args=[contract.slug, version.pk])
    comment = _html(client.get(url)).split('name="comment"')[1].split(">", 1)[1].split("</textarea>")[0].strip()
    assert comment.startswith("Signature enregistrée d'après le scan signé de la version 2")
    response = client.post(url, {"on": "2026-11-30", "signature_place": "Beaupréau-en-Mauges", "comment": comment})
    assert response.status_code == 302 and response.url == reverse("contracts:detail", args=[contract.slug])
    contract.refresh_from_db()
    assert contract.status == ContractStatus.SIGNED
    assert str(contract.signature_date) == "2026-11-30" and contract.signature_place == "Beaupréau-en-Mauges"
    transition = contract.transitions.latest("at")
    assert transition.to_status == ContractStatus.SIGNED and transition.by == coordinator
    assert "empreinte SHA-256 du scan" in transition.comment
    html = _html(client.get(response.url))
    assert "Le contrat est maintenant « signé (en vigueur) »." in html
    assert "Enregistrer la signature</a>" not in html.split('id="documents"')[1]


def test_the_lifecycle_guards_still_apply(client, coordinator, contract, version):
    contract.parties.update(representative_name="")
    client.force_login(coordinator)
    _upload(client, contract, version)
    response = client.post(reverse("documents:sign", args=[contract.slug, version.pk]), {"on": "2026-11-30"})
    assert response.status_code == 400
    assert "Indiquez le nom et la fonction de la personne qui signe" in _html(response)
    contract.refresh_from_db()
    assert contract.status == ContractStatus.ELABORATION


def test_a_program_renamed_pdf_is_refused(client, coordinator, contract, version):
    client.force_login(coordinator)
    response = _upload(client, contract, version, name="contrat-signe.pdf", content=b"MZ\x90\x00\x03\x00" * 100)
    assert response.status_code == 400
    assert "Le contenu de « contrat-signe.pdf » ne correspond pas à un fichier .pdf : il est refusé." in _html(
        response
    )
    assert not SignedScan.objects.exists()


def test_another_format_is_refused(client, coordinator, contract, version):
    client.force_login(coordinator)
    response = _upload(client, contract, version, name="contrat-signe.jpg", content=b"\xff\xd8\xff\xe0" * 100)
    assert response.status_code == 400
    assert "Le scan signé doit être un fichier PDF (« .jpg » n'est pas accepté)." in _html(response)


def test_a_scan_over_10_mo_is_refused(client, coordinator, contract, version):
    client.force_login(coordinator)
    response = _upload(client, contract, version, content=PDF + b"0" * (11 * 1024 * 1024))
    assert response.status_code == 400
    assert "la taille maximale est de 10 Mo" in _html(response)
    assert not SignedScan.objects.exists()


def test_a_request_over_the_request_limit_is_refused_before_being_read(
    client, coordinator, contract, version, settings
):
    settings.MAX_REQUEST_SIZE = 1024
    client.force_login(coordinator)
    response = _upload(client, contract, version, content=PDF + b"0" * 4096)
    assert response.status_code == 413
    assert not SignedScan.objects.exists()


def test_a_version_has_one_scan(client, coordinator, contract, version):
    client.force_login(coordinator)
    _upload(client, contract, version)
    response = _upload(client, contract, version)
    assert response.status_code == 403
    assert "Le scan signé de la version 2 est déjà enregistré." in _html(response)


def test_a_fiche_document_takes_no_scan(client, coordinator, contract):
    fiches = RenderingFactory(contract=contract, done=True)
    client.force_login(coordinator)
    assert _upload(client, contract, fiches).status_code == 403


def test_an_avenant_scan_records_no_contract_signature(client, ars_animator, contract):
    contract.__class__.objects.filter(pk=contract.pk).update(
        status=ContractStatus.SIGNED, signature_date="2023-06-01", start_date="2023-06-01"
    )
    avenant = AvenantFactory(contract=contract, number=1)
    version = RenderingFactory(contract=contract, done=True, kind="avenant", avenant=avenant, filename="avenant-1.pdf")
    client.force_login(ars_animator)
    response = _upload(client, contract, version)
    assert response.url == reverse("contracts:detail", args=[contract.slug]) + "#documents"
    assert client.get(reverse("documents:sign", args=[contract.slug, version.pk])).status_code == 403
