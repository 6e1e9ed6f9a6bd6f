"""Uploaded plan workbooks: kept between the preview and its confirmation, then as the record of the import."""

from django.conf import settings
from django.db import models


class ImportSource(models.TextChoices):
    PORTAL = "portail", "Modèle du portail"
    TET = "tet", "Territoires en Transitions"


class PlanImport(models.Model):
    """One upload of a plan workbook. Confirming re-reads `content` and checks it still does what was previewed."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="plan_imports", verbose_name="contrat"
    )
    filename = models.CharField("fichier", max_length=255)
    content = models.BinaryField("contenu")
    source = models.CharField("modèle", max_length=10, choices=ImportSource.choices)
    fingerprint = models.CharField("empreinte de l'aperçu", max_length=64)
    summary = models.TextField("résumé", blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="déposé par"
    )
    uploaded_at = models.DateTimeField("déposé le", auto_now_add=True)
    applied_at = models.DateTimeField("importé le", null=True, blank=True)

    class Meta:
        verbose_name = "import de plan d'action"
        verbose_name_plural = "imports de plans d'action"
        ordering = ["contract_id", "-uploaded_at"]

    def __str__(self):
        return f"{self.filename} ({self.uploaded_at:%d/%m/%Y %H:%M})"

    @property
    def is_applied(self):
        return self.applied_at is not None
