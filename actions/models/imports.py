"""Uploaded plan workbooks: kept between the preview and its confirmation, then as the record of the import."""

from django.db import models

from cls_portal.imports.uploads import StoredUpload


class ImportSource(models.TextChoices):
    PORTAL = "portail", "Modèle du portail"
    TET = "tet", "Territoires en Transitions"


class PlanImport(StoredUpload):
    """One upload of a plan workbook (`StoredUpload`: the file, its preview's fingerprint, who, when)."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="plan_imports", verbose_name="contrat"
    )
    source = models.CharField("modèle", max_length=10, choices=ImportSource.choices)
    # Territoires en Transitions: the axe named in the preview for the actions without one (confirming reads the
    # file again with it).
    default_axe = models.CharField("axe pour les fiches sans axe", max_length=300, blank=True)

    class Meta:
        verbose_name = "import de plan d'action"
        verbose_name_plural = "imports de plans d'action"
        ordering = ["contract_id", "-uploaded_at"]

    def __str__(self):
        return f"{self.filename} ({self.uploaded_at:%d/%m/%Y %H:%M})"

    @property
    def is_applied(self):
        return self.applied_at is not None
