"""The import of an uploaded plan workbook in two steps: preview (nothing written), then confirmation (all or nothing).

The flow is `cls_portal.imports.uploads`; this module says what it does for a plan d'action.
"""

from dataclasses import dataclass

from actions.excel.importers import ImportPreview, ImportResult, apply_import, prepare_import, read_plan
from actions.models import PlanImport
from cls_portal.imports import uploads
from cls_portal.imports.uploads import PreviewChangedError

__all__ = ["PlanImporter", "PreviewChangedError", "confirm_upload", "name_default_axe", "preview_upload"]


@dataclass
class PlanImporter:
    """The import of a workbook into the plan d'action of `contract`."""

    contract: object
    default_axe: str = ""  # the axe named in the preview for TeT's actions without one
    upload_model = PlanImport
    changed_message = (
        "Le plan a changé depuis l'aperçu : voici l'aperçu à jour. Rien n'a été enregistré ; vérifiez-le puis "
        "confirmez à nouveau."
    )

    def prepare(self, content: bytes) -> ImportPreview:
        return prepare_import(self.contract, read_plan(content, self.contract, default_axe=self.default_axe))

    def apply(self, preview: ImportPreview, *, user) -> ImportResult:
        return apply_import(preview, user=user)

    def upload_fields(self, preview: ImportPreview) -> dict:
        return {"contract": self.contract, "source": preview.source, "default_axe": preview.default_axe}

    def keep_with_errors(self, preview: ImportPreview) -> bool:
        """A TeT file with actions without an axe is kept, so that the user names their axe in the preview."""
        return bool(preview.without_axe)


def preview_upload(
    contract, *, user, filename: str, content: bytes, default_axe: str = ""
) -> tuple[PlanImport | None, ImportPreview]:
    """Read and check the workbook; keep it for confirmation when it can be imported (WorkbookError otherwise)."""
    importer = PlanImporter(contract, default_axe=default_axe)
    return uploads.preview_upload(importer, user=user, filename=filename, content=content)


def name_default_axe(upload: PlanImport, title: str) -> ImportPreview:
    """The preview of the upload with `title` as the axe of its actions without one; the upload keeps it (and the
    fingerprint of that preview), so that confirming imports them there."""
    preview = PlanImporter(upload.contract, default_axe=title).prepare(bytes(upload.content))
    upload.default_axe = preview.default_axe
    upload.fingerprint, upload.summary = preview.fingerprint(), preview.summary()
    upload.save(update_fields=["default_axe", "fingerprint", "summary"])
    return preview


def confirm_upload(upload: PlanImport, *, user) -> ImportResult:
    """Apply the upload if it still does exactly what its preview showed; PreviewChangedError otherwise."""
    return uploads.confirm_upload(upload, PlanImporter(upload.contract, default_axe=upload.default_axe), user=user)
