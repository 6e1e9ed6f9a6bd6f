"""Back up and restore everything the service holds in one `.tar.gz`: the database rows as a Django fixture (so that a
backup made on PostgreSQL restores on SQLite and back) and every stored file, read through the storage API (so that
the local filesystem and an object store are backed up the same way)."""

import io
import json
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import models, transaction
from django.utils import timezone

from cls_portal.text import count

DATA = "data.json"
MANIFEST = "manifest.json"
FILES = "files/"
# Rebuilt by `migrate` on the target database, and sessions are not worth keeping.
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]


class BackupError(Exception):
    """A backup that cannot be made or restored; the message is French and says what to do."""


@dataclass
class BackupReport:
    rows: int = 0
    files: int = 0
    missing_files: list = field(default_factory=list)

    def __str__(self):
        text = f"{count(self.rows, 'enregistrement')}, {count(self.files, 'fichier')}"
        if self.missing_files:
            missing = count(
                len(self.missing_files), "fichier référencé mais absent", "fichiers référencés mais absents"
            )
            text += f" ; {missing} du stockage : " + ", ".join(self.missing_files[:10])
        return text


def stored_file_names():
    """Names of every file a row points to (history rows included: they may name a file replaced since)."""
    names = set()
    for model in apps.get_models():
        for model_field in model._meta.concrete_fields:
            if isinstance(model_field, models.FileField):
                names.update(model.objects.exclude(**{model_field.name: ""}).values_list(model_field.name, flat=True))
    return sorted(name for name in names if name)


def _add_bytes(tar, name, content: bytes):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(content))


def backup(output) -> BackupReport:
    """Write the database and the files to `output` (a path or a binary file)."""
    report = BackupReport()
    data = io.StringIO()
    call_command("dumpdata", exclude=EXCLUDED, natural_foreign=True, format="json", stdout=data)
    payload = data.getvalue().encode()
    report.rows = len(json.loads(payload))
    with (
        tarfile.open(fileobj=output, mode="w:gz") if hasattr(output, "write") else tarfile.open(output, "w:gz") as tar
    ):
        _add_bytes(tar, DATA, payload)
        for name in stored_file_names():
            if not default_storage.exists(name):
                report.missing_files.append(name)
                continue
            with default_storage.open(name, "rb") as handle:
                _add_bytes(tar, FILES + name, handle.read())
            report.files += 1
        manifest = {"made_at": timezone.now().isoformat(), "rows": report.rows, "files": report.files}
        _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
    return report


def _safe_name(member_name):
    name = PurePosixPath(member_name.removeprefix(FILES))
    if name.is_absolute() or ".." in name.parts or not name.parts:
        raise BackupError(f"La sauvegarde contient un nom de fichier refusé : « {member_name} ».")
    return str(name)


def restore(source) -> BackupReport:
    """Load a backup into an empty, migrated database and put its files back in the storage. All or nothing for
    the rows; files are written once the rows are in."""
    user_model = apps.get_model("cls_portal", "User")
    if user_model.objects.exists():
        raise BackupError(
            "La base de données n'est pas vide (des comptes existent) : restaurez dans une base neuve "
            "(manage.py migrate sur une base vide), jamais par-dessus des données."
        )
    report = BackupReport()
    try:
        tar = tarfile.open(fileobj=source, mode="r:gz") if hasattr(source, "read") else tarfile.open(source, "r:gz")
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"Ce fichier n'est pas une sauvegarde du portail lisible ({error}).") from error
    with tar:
        members = {member.name: member for member in tar.getmembers() if member.isfile()}
        if DATA not in members:
            raise BackupError("Ce fichier n'est pas une sauvegarde du portail : data.json est absent.")
        files = {_safe_name(name): member for name, member in members.items() if name.startswith(FILES)}
        payload = tar.extractfile(members[DATA]).read()
        report.rows = len(json.loads(payload))
        with tempfile.TemporaryDirectory() as folder, transaction.atomic():
            fixture = Path(folder) / "backup.json"
            fixture.write_bytes(payload)
            call_command("loaddata", str(fixture), verbosity=0)
        for name, member in sorted(files.items()):
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(tar.extractfile(member).read()))
            if saved != name:
                raise BackupError(f"Le fichier « {name} » a été enregistré sous un autre nom (« {saved} »).")
            report.files += 1
    return report
