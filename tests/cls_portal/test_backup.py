"""`manage.py backup` and `restore`: the database and the uploaded files, in one archive, back in a fresh database."""

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from actions.models import FicheAction, FicheDocument
from cls_portal.models import User
from contracts.models import Contract
from tests.actions.factories import AxeFactory, FicheFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db(transaction=True)  # flushing the database needs it on PostgreSQL
def test_a_contract_and_its_documents_round_trip(contract, coordinator, media, tmp_path):
    fiche = FicheFactory(axe=AxeFactory(contract=contract, number="1"), number="1.1", title="Sensibiliser au radon")
    document = FicheDocument(fiche=fiche, title="Compte rendu de l'atelier", uploaded_by=coordinator)
    document.file.save("compte-rendu.pdf", ContentFile(PDF), save=True)
    stored_name = document.file.name
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", "-o", str(archive))

    # A new machine: an empty database and an empty storage.
    call_command("flush", "--no-input", verbosity=0)
    document.file.storage.delete(stored_name)
    assert not Contract.objects.exists()

    call_command("restore", str(archive))
    restored = FicheDocument.objects.select_related("fiche__contract", "uploaded_by").get()
    assert restored.fiche.contract.slug == contract.slug
    assert restored.fiche.title == "Sensibiliser au radon"
    assert restored.uploaded_by.email == coordinator.email
    assert restored.file.name == stored_name
    with restored.file.open("rb") as handle:
        assert handle.read() == PDF
    assert FicheAction.objects.get().history.count() == fiche.history.count()


def test_restore_refuses_a_database_that_holds_data(contract, coordinator, media, tmp_path):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", "-o", str(archive))
    with pytest.raises(CommandError, match="La base de données n'est pas vide"):
        call_command("restore", str(archive))
    assert User.objects.count() == 1


def test_restore_refuses_a_file_that_is_not_a_backup(db, media, tmp_path):
    bogus = tmp_path / "notes.tar.gz"
    bogus.write_bytes(b"pas une archive")
    with pytest.raises(CommandError, match="n'est pas une sauvegarde du portail"):
        call_command("restore", str(bogus))
