"""Documents of a fiche: their content is checked at upload, and they are served only to those who may see the fiche,
as attachments, never from a public address."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actions.models import FicheDocument
from cls_portal.uploads import content_kind

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def office_file(part):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(part, "<xml/>")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def document(fiche, coordinator, media):
    document = FicheDocument(fiche=fiche, title="Compte rendu de l'atelier radon", uploaded_by=coordinator)
    document.file.save("compte-rendu.pdf", ContentFile(PDF), save=True)
    return document


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.pdf", PDF, "pdf"),
        ("a.png", b"\x89PNG\r\n\x1a\n....", "png"),
        ("a.jpg", b"\xff\xd8\xff\xe0....", "jpg"),
        ("a.docx", office_file("word/document.xml"), "docx"),
        ("a.xlsx", office_file("xl/workbook.xml"), "xlsx"),
        ("a.csv", "commune;valeur\nBeaupréau;12\n".encode(), "csv"),
        ("a.pdf", b"MZ\x90\x00\x03\x00\x00\x00", None),  # a Windows program
    ],
)
def test_the_kind_comes_from_the_bytes(name, content, kind):
    assert content_kind(SimpleUploadedFile(name, content)) == kind


def test_a_program_renamed_pdf_is_refused(client, coordinator, contract, fiche, media):
    client.force_login(coordinator)
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "documents"])
    response = client.post(url, {"title": "Programme", "file": SimpleUploadedFile("rapport.pdf", b"MZ\x90\x00" * 64)})
    assert response.status_code == 400
    assert "Le contenu de « rapport.pdf » ne correspond pas à un fichier .pdf" in response.content.decode()
    assert not FicheDocument.objects.exists()


def test_a_real_pdf_is_accepted_and_linked_through_the_download_view(client, coordinator, contract, fiche, media):
    client.force_login(coordinator)
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "documents"])
    response = client.post(url, {"title": "Bilan 2024", "file": SimpleUploadedFile("bilan.pdf", PDF)})
    assert response.status_code == 302
    document = FicheDocument.objects.get()
    html = client.get(reverse("actions:fiche", args=[contract.slug, fiche.number])).content.decode()
    assert f'href="{reverse("actions:document", args=[contract.slug, fiche.number, document.pk])}"' in html
    assert "/media/" not in html


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("reader", 200), ("ars_animator", 200), ("superuser", 200), ("outsider", 404)],
)
def test_download_follows_the_permission_of_the_fiche(client, personas, document, persona, status):
    client.force_login(personas[persona])
    fiche = document.fiche
    response = client.get(reverse("actions:document", args=[fiche.contract.slug, fiche.number, document.pk]))
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in response["Cache-Control"]


def test_the_pilote_of_another_fiche_cannot_download(client, document, axe1, pilote):
    from tests.actions.factories import FicheFactory

    other = FicheFactory(axe=axe1, number="1.2", pilote=pilote)
    document.fiche.pilote = None
    document.fiche.save()
    client.force_login(pilote)
    fiche = document.fiche
    assert (
        client.get(reverse("actions:document", args=[fiche.contract.slug, fiche.number, document.pk])).status_code
        == 404
    )
    # Nor through the fiche they pilot: the document belongs to another fiche.
    assert (
        client.get(reverse("actions:document", args=[fiche.contract.slug, other.number, document.pk])).status_code
        == 404
    )


def test_anonymous_visitors_are_sent_to_the_login_page(client, document):
    fiche = document.fiche
    response = client.get(reverse("actions:document", args=[fiche.contract.slug, fiche.number, document.pk]))
    assert response.status_code == 302
    assert "/compte/connexion/" in response["Location"]


def test_media_files_have_no_public_address(client, coordinator, document):
    client.force_login(coordinator)
    assert client.get("/media/" + document.file.name).status_code == 404


def test_the_web_server_may_send_the_bytes(client, coordinator, document, settings):
    settings.DOCUMENT_SENDFILE = "x-accel-redirect"
    client.force_login(coordinator)
    fiche = document.fiche
    response = client.get(reverse("actions:document", args=[fiche.contract.slug, fiche.number, document.pk]))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + document.file.name
    assert response.content == b""


def test_a_request_too_large_is_refused_before_it_is_read(client, coordinator, contract, fiche, settings):
    settings.MAX_REQUEST_SIZE = 1024
    client.force_login(coordinator)
    url = reverse("actions:child_create", args=[contract.slug, fiche.number, "documents"])
    response = client.post(url, {"title": "Gros", "file": SimpleUploadedFile("gros.pdf", PDF + b"0" * 4096)})
    assert response.status_code == 413
    assert "Envoi trop volumineux" in response.content.decode()
    assert not FicheDocument.objects.exists()


@pytest.mark.django_db(transaction=True)  # the files go once the deletion is committed
def test_deleting_a_document_deletes_its_file(client, coordinator, document):
    storage, name = document.file.storage, document.file.name
    fiche = document.fiche
    client.force_login(coordinator)
    url = reverse("actions:child_delete", args=[fiche.contract.slug, fiche.number, "documents", document.pk])
    assert client.post(url).status_code == 302
    assert not FicheDocument.objects.exists()
    assert not storage.exists(name)


@pytest.mark.django_db(transaction=True)
def test_deleting_a_fiche_deletes_the_files_of_its_documents(client, coordinator, document):
    storage, name = document.file.storage, document.file.name
    fiche = document.fiche
    client.force_login(coordinator)
    assert client.post(reverse("actions:fiche_delete", args=[fiche.contract.slug, fiche.number])).status_code == 302
    assert not storage.exists(name)
