"""The contract, the contract as signed and each avenant are offered on the contract page and rendered as versions
through `documents.contract_document.build`, with the version, its date and the digest of its data on every page."""

from django.urls import reverse

from documents.enums import RenderingKind, RenderingStatus
from documents.models import Rendering
from documents.rendering import snapshot_digest
from tests.documents.conftest import pdf_text


def test_the_mauges_contract_offers_its_documents_and_renders_its_avenant(client, superuser, mauges, tmp_path):
    client.force_login(superuser)
    html = client.get(reverse("contracts:detail", args=[mauges.slug])).content.decode().replace("&#x27;", "'")
    for label in (
        "Générer le contrat modifié par ses avenants (PDF)",
        "Générer le contrat tel que signé (PDF)",
        "Générer l'avenant n° 1 (PDF)",
        "Générer toutes les fiches-action (PDF)",
    ):
        assert label in html
    response = client.post(reverse("documents:request", args=[mauges.slug]), {"kind": "avenant", "avenant": "1"})
    assert response.status_code == 302
    version = Rendering.objects.get()
    assert (version.kind, version.avenant.number, version.status) == (RenderingKind.AVENANT, 1, RenderingStatus.DONE)
    assert version.series == f"avenant-{version.avenant.pk}"
    assert version.sha256 == snapshot_digest(version.data)
    with version.file.open("rb") as stored:
        text = pdf_text(stored.read(), tmp_path)
    assert f"empreinte SHA-256 : {version.sha256}" in " ".join(text.split())
    assert "Version 1 du " in text
