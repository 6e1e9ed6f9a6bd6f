"""An import in two steps: the preview of an upload (nothing written), then its confirmation (all or nothing).

An app describes its import with an `Importer` (how to check a file, how to apply it, where uploads are kept), and
keeps its uploads in a model derived from `StoredUpload`:

    upload, preview = preview_upload(importer, user=user, filename=name, content=content)
    result = confirm_upload(upload, importer, user=user)      # PreviewChangedError if the data changed meanwhile

`apply_all_or_nothing()` writes a checked preview in one transaction.
"""

import datetime
import hashlib
import json
from typing import Protocol

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone

# Previews nobody confirmed are deleted after this long (with the file they hold).
UNCONFIRMED_KEPT_FOR = datetime.timedelta(days=2)


class StoredUpload(models.Model):
    """One uploaded file, kept between its preview and its confirmation, then as the record of the import.

    Confirming re-reads `content` and checks it still does what was previewed (`fingerprint`).
    """

    filename = models.CharField("fichier", max_length=255)
    content = models.BinaryField("contenu")
    fingerprint = models.CharField("empreinte de l'aperçu", max_length=64)
    summary = models.TextField("résumé", blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="déposé par"
    )
    uploaded_at = models.DateTimeField("déposé le", auto_now_add=True)
    applied_at = models.DateTimeField("importé le", null=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.filename} ({self.uploaded_at:%d/%m/%Y %H:%M})"

    @property
    def is_applied(self):
        return self.applied_at is not None


class Preview(Protocol):
    """What a file would do: `ok` when it has no error; its fingerprint changes when what it would do changes."""

    ok: bool

    def fingerprint(self) -> str: ...

    def summary(self) -> str: ...


class Importer(Protocol):
    upload_model: type[StoredUpload]
    changed_message: str  # the data changed between the preview and the confirmation

    def prepare(self, content: bytes) -> Preview:
        """Read and check the file against the database; writes nothing (WorkbookError if it cannot be read)."""

    def apply(self, preview: Preview, *, user):
        """Write a checked preview (with `apply_all_or_nothing`); the result has a `summary()`."""

    def upload_fields(self, preview: Preview) -> dict:
        """The upload model's own fields (the contract it is for...)."""

    # Optional: `keep_with_errors(preview) -> bool`, to keep an upload whose errors the preview page can resolve
    # (confirming still refuses it while it has errors).


class StaleImportError(Exception):
    """The data changed between the check and the writing: nothing was written."""


class PreviewChangedError(Exception):
    """The file would no longer do what its preview showed. Carries the new preview."""

    def __init__(self, message: str, preview: Preview):
        super().__init__(message)
        self.preview = preview


def fingerprint(data) -> str:
    """A digest of what an import would do (any JSON-serialisable summary of it)."""
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def apply_all_or_nothing(preview: Preview, write, *, stale_message: str):
    """`write()` in one transaction, for a preview without errors; a database conflict becomes StaleImportError."""
    if not preview.ok:
        raise ValueError("Un import qui comporte des erreurs ne peut pas être appliqué.")
    try:
        with transaction.atomic():
            return write()
    except IntegrityError as error:
        raise StaleImportError(stale_message) from error


def preview_upload(importer: Importer, *, user, filename: str, content: bytes):
    """(upload, preview): the file checked, and kept for confirmation if it can be imported (else upload is None)."""
    preview = importer.prepare(content)
    model = importer.upload_model
    model.objects.filter(applied_at__isnull=True, uploaded_at__lt=timezone.now() - UNCONFIRMED_KEPT_FOR).delete()
    keep_with_errors = getattr(importer, "keep_with_errors", None)
    if not preview.ok and not (keep_with_errors and keep_with_errors(preview)):
        return None, preview
    upload = model.objects.create(
        filename=filename[:255],
        content=content,
        fingerprint=preview.fingerprint(),
        summary=preview.summary(),
        uploaded_by=user,
        **importer.upload_fields(preview),
    )
    return upload, preview


def confirm_upload(upload: StoredUpload, importer: Importer, *, user):
    """Apply the upload if it still does exactly what its preview showed; PreviewChangedError otherwise."""
    preview = importer.prepare(bytes(upload.content))
    if not preview.ok or preview.fingerprint() != upload.fingerprint:
        if preview.ok:
            upload.fingerprint, upload.summary = preview.fingerprint(), preview.summary()
            upload.save(update_fields=["fingerprint", "summary"])
        raise PreviewChangedError(importer.changed_message, preview)
    with transaction.atomic():
        result = importer.apply(preview, user=user)
        upload.applied_at = timezone.now()
        upload.summary = result.summary()
        upload.save(update_fields=["applied_at", "summary"])
    return result
