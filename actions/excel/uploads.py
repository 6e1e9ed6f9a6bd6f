"""The import of an uploaded workbook in two steps: preview (nothing written), then confirmation (all or nothing)."""

import datetime

from django.db import transaction
from django.utils import timezone

from actions.excel.importers import ImportPreview, ImportResult, apply_import, prepare_import, read_plan
from actions.models import PlanImport

# Previews nobody confirmed are deleted after this long (with the file they hold).
UNCONFIRMED_KEPT_FOR = datetime.timedelta(days=2)


class PreviewChangedError(Exception):
    """The file would no longer do what its preview showed: the plan changed meanwhile. Carries the new preview."""

    def __init__(self, preview: ImportPreview):
        super().__init__(
            "Le plan a changé depuis l'aperçu : voici l'aperçu à jour. Rien n'a été enregistré ; vérifiez-le puis "
            "confirmez à nouveau."
        )
        self.preview = preview


def preview_upload(contract, *, user, filename: str, content: bytes) -> tuple[PlanImport | None, ImportPreview]:
    """Read and check the workbook; keep it for confirmation when it can be imported (WorkbookError otherwise)."""
    preview = prepare_import(contract, read_plan(content, contract))
    PlanImport.objects.filter(applied_at__isnull=True, uploaded_at__lt=timezone.now() - UNCONFIRMED_KEPT_FOR).delete()
    if not preview.ok:
        return None, preview
    upload = PlanImport.objects.create(
        contract=contract,
        filename=filename[:255],
        content=content,
        source=preview.source,
        fingerprint=preview.fingerprint(),
        summary=preview.summary(),
        uploaded_by=user,
    )
    return upload, preview


def reread(upload: PlanImport) -> ImportPreview:
    return prepare_import(upload.contract, read_plan(bytes(upload.content), upload.contract))


def confirm_upload(upload: PlanImport, *, user) -> ImportResult:
    """Apply the upload if it still does exactly what its preview showed; PreviewChangedError otherwise."""
    preview = reread(upload)
    if not preview.ok or preview.fingerprint() != upload.fingerprint:
        if preview.ok:
            upload.fingerprint, upload.summary = preview.fingerprint(), preview.summary()
            upload.save(update_fields=["fingerprint", "summary"])
        raise PreviewChangedError(preview)
    with transaction.atomic():
        result = apply_import(preview, user=user)
        upload.applied_at = timezone.now()
        upload.summary = result.summary()
        upload.save(update_fields=["applied_at", "summary"])
    return result
