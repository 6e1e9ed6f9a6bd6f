"""The import of an uploaded plan workbook in two steps: preview (nothing written), then confirmation (all or nothing).

The flow is `cls_portal.imports.uploads`; this module says what it does for a plan d'action.
"""

from dataclasses import dataclass

from actions.excel.importers import ImportPreview, ImportResult, apply_import, prepare_import, read_plan
from actions.models import PlanImport
from cls_portal.imports import uploads
from cls_portal.imports.uploads import PreviewChangedError

__all__ = ["PlanImporter", "PreviewChangedError", "confirm_upload", "preview_upload"]


@dataclass
class PlanImporter:
    """The import of a workbook into the plan d'action of `contract`."""

    contract: object
    upload_model = PlanImport
    changed_message = (
        "Le plan a changé depuis l'aperçu : voici l'aperçu à jour. Rien n'a été enregistré ; vérifiez-le puis "
        "confirmez à nouveau."
    )

    def prepare(self, content: bytes) -> ImportPreview:
        return prepare_import(self.contract, read_plan(content, self.contract))

    def apply(self, preview: ImportPreview, *, user) -> ImportResult:
        return apply_import(preview, user=user)

    def upload_fields(self, preview: ImportPreview) -> dict:
        return {"contract": self.contract, "source": preview.source}


def preview_upload(contract, *, user, filename: str, content: bytes) -> tuple[PlanImport | None, ImportPreview]:
    """Read and check the workbook; keep it for confirmation when it can be imported (WorkbookError otherwise)."""
    return uploads.preview_upload(PlanImporter(contract), user=user, filename=filename, content=content)


def confirm_upload(upload: PlanImport, *, user) -> ImportResult:
    """Apply the upload if it still does exactly what its preview showed; PreviewChangedError otherwise."""
    return uploads.confirm_upload(upload, PlanImporter(upload.contract), user=user)
