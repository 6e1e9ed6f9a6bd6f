"""A rendering: one numbered version of a document (contract, avenant, fiche, fiches), and the signed scan of it."""

import posixpath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from actions.validators import validate_document_size
from cls_portal.uploads import validate_content_matches_extension
from documents.enums import IN_PROGRESS_STATUSES, RenderingKind, RenderingStatus
from documents.validators import validate_pdf_extension


class Rendering(models.Model):
    """Version `number` of a document of `contract`, rendered in the background from the data it keeps (`data`).

    Versions are numbered per document: the contract, the contract as signed, each avenant, each fiche, and the
    selections of fiches each have their own series (`series`), 1, 2, 3… Status moves go through
    `documents.lifecycle`, which alone writes `status`."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="renderings", verbose_name="contrat"
    )
    kind = models.CharField("document", max_length=20, choices=RenderingKind.choices)
    avenant = models.ForeignKey(
        "contracts.Avenant",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="renderings",
        verbose_name="avenant",
    )
    # A fiche deleted later leaves its versions: what they were made from is in `data`.
    fiche = models.ForeignKey(
        "actions.FicheAction",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="renderings",
        verbose_name="fiche-action",
    )
    selection = models.JSONField(
        "fiches choisies",
        default=list,
        blank=True,
        help_text="Identifiants des fiches d'une sélection ; vide : toutes les fiches du plan.",
    )
    year = models.PositiveSmallIntegerField("année", null=True, blank=True, help_text="L'année d'un rapport annuel.")
    series = models.CharField("série", max_length=40, blank=True, help_text="Le document dont c'est une version.")
    number = models.PositiveIntegerField("version")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="demandé par",
    )
    requested_at = models.DateTimeField("demandé le", default=timezone.now)
    status = models.CharField("état", max_length=12, choices=RenderingStatus.choices, default=RenderingStatus.QUEUED)
    started_at = models.DateTimeField("commencé le", null=True, blank=True)
    finished_at = models.DateTimeField("terminé le", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("tentatives", default=0)
    task_id = models.CharField("tâche", max_length=64, blank=True)
    title = models.CharField("titre", max_length=300, blank=True)
    filename = models.CharField("nom du fichier", max_length=200, blank=True)
    data = models.JSONField("données", null=True, blank=True, help_text="Tout ce dont le document est fait.")
    sha256 = models.CharField("empreinte SHA-256 des données", max_length=64, blank=True)
    file = models.FileField("fichier", max_length=300, blank=True)
    size = models.PositiveIntegerField("taille (octets)", null=True, blank=True)
    page_count = models.PositiveIntegerField("pages", null=True, blank=True)
    error = models.TextField("raison de l'échec", blank=True)

    class Meta:
        verbose_name = "version de document"
        verbose_name_plural = "versions de documents"
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "kind", "series", "number"],
                name="unique_rendering_number_per_document",
                violation_error_message="Ce numéro de version est déjà pris pour ce document.",
            ),
            models.CheckConstraint(
                name="rendering_done_has_its_file",
                condition=~Q(status=RenderingStatus.DONE) | (~Q(file="") & ~Q(sha256="") & Q(data__isnull=False)),
                violation_error_message="Une version prête a son fichier, ses données et leur empreinte.",
            ),
            models.CheckConstraint(
                name="rendering_failed_says_why",
                condition=~Q(status=RenderingStatus.FAILED) | ~Q(error=""),
                violation_error_message="Un échec dit sa raison.",
            ),
            models.CheckConstraint(
                name="rendering_annual_report_names_its_year",
                condition=~Q(kind=RenderingKind.ANNUAL_REPORT) | Q(year__isnull=False),
                violation_error_message="La version d'un rapport annuel dit de quelle année il s'agit.",
            ),
            models.CheckConstraint(
                name="rendering_avenant_names_it",
                condition=~Q(kind=RenderingKind.AVENANT) | Q(avenant__isnull=False),
                violation_error_message="La version d'un avenant dit de quel avenant il s'agit.",
            ),
        ]
        indexes = [models.Index(fields=["contract", "-requested_at"], name="rendering_contract_recent")]

    def __str__(self):
        return f"{self.label} — version {self.number}"

    @property
    def label(self):
        """What the version is of, as the list of versions says it."""
        if self.title:
            return self.title
        if self.kind == RenderingKind.AVENANT and self.avenant_id:
            return f"Avenant n° {self.avenant.number}"
        if self.kind == RenderingKind.FICHE and self.fiche_id:
            return f"Fiche-action {self.fiche.number}"
        if self.kind == RenderingKind.ANNUAL_REPORT and self.year:
            return f"Rapport annuel {self.year}"
        return self.get_kind_display()

    @property
    def in_progress(self):
        return self.status in IN_PROGRESS_STATUSES

    @property
    def is_done(self):
        return self.status == RenderingStatus.DONE

    @property
    def download_name(self):
        """`contrat-mauges-v3.pdf`: the builder's name with the version number."""
        stem, extension = posixpath.splitext(self.filename or "document.pdf")
        return f"{stem}-v{self.number}{extension or '.pdf'}"


def signed_scan_path(instance, filename):
    return f"documents/{instance.rendering.contract_id}/signes/{instance.rendering_id}-{filename}"


class SignedScan(models.Model):
    """The scan of the signed paper of one version: who brought it, when, and the SHA-256 of its bytes."""

    rendering = models.OneToOneField(
        Rendering, on_delete=models.CASCADE, related_name="signed_scan", verbose_name="version signée"
    )
    file = models.FileField(
        "scan signé",
        upload_to=signed_scan_path,
        max_length=300,
        validators=[validate_pdf_extension, validate_document_size, validate_content_matches_extension],
        help_text="Le document signé, numérisé en PDF ; 10 Mo au plus.",
    )
    sha256 = models.CharField("empreinte SHA-256 du scan", max_length=64)
    size = models.PositiveIntegerField("taille (octets)")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="déposé par",
    )
    uploaded_at = models.DateTimeField("déposé le", default=timezone.now)

    class Meta:
        verbose_name = "scan signé"
        verbose_name_plural = "scans signés"

    def __str__(self):
        return f"Scan signé de {self.rendering}"
