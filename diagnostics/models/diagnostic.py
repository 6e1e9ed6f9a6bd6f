"""The diagnostic of a contract: its indicators with a comment each, its qualitative work, and its priorities (enjeux)
linked to the axes and fiches-action of the plan that answer them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from diagnostics.enums import EDITABLE_DIAGNOSTIC_STATUSES, DiagnosticKind, DiagnosticStatus, WorkKind


class Diagnostic(models.Model):
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="diagnostics", verbose_name="contrat"
    )
    kind = models.CharField("nature", max_length=10, choices=DiagnosticKind.choices, default=DiagnosticKind.INITIAL)
    title = models.CharField("titre", max_length=250, help_text="Par exemple « Diagnostic partagé du CLS 2 ».")
    made_on = models.DateField("date", help_text="Date du diagnostic (celle de sa restitution, s'il y en a eu une).")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="rédigé par"
    )
    author_detail = models.CharField(
        "réalisé par", max_length=250, blank=True, help_text="Structure ou cabinet, par exemple « Acsantis »."
    )
    status = models.CharField(
        "statut", max_length=10, choices=DiagnosticStatus.choices, default=DiagnosticStatus.DRAFT
    )
    summary = models.TextField("synthèse", blank=True)
    is_demo_content = models.BooleanField(
        "contenu de démonstration",
        default=False,
        editable=False,
        help_text="Diagnostic du jeu de démonstration : ses synthèses et ses enjeux sont inventés.",
    )
    reference_year = models.PositiveSmallIntegerField(
        "année des données",
        null=True,
        blank=True,
        help_text="Vide : la dernière année disponible de chaque indicateur.",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    class Meta:
        verbose_name = "diagnostic territorial"
        verbose_name_plural = "diagnostics territoriaux"
        ordering = ["contract", "-made_on", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("diagnostics:diagnostic", args=[self.contract.slug, self.pk])

    @property
    def is_editable(self):
        return self.status in EDITABLE_DIAGNOSTIC_STATUSES


class DiagnosticTransition(models.Model):
    """One step of a diagnostic's life: who moved it, from what to what, and why."""

    diagnostic = models.ForeignKey(
        Diagnostic, on_delete=models.CASCADE, related_name="transitions", verbose_name="diagnostic"
    )
    from_status = models.CharField("de", max_length=10, choices=DiagnosticStatus.choices, blank=True)
    to_status = models.CharField("vers", max_length=10, choices=DiagnosticStatus.choices)
    effective_on = models.DateField("date d'effet", null=True, blank=True)
    comment = models.TextField("commentaire", blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="par"
    )
    at = models.DateTimeField("enregistré le", auto_now_add=True)

    class Meta:
        verbose_name = "étape d'un diagnostic"
        verbose_name_plural = "étapes des diagnostics"
        ordering = ["diagnostic", "at", "id"]

    def __str__(self):
        return f"{self.diagnostic} : {self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class DiagnosticIndicator(models.Model):
    """An indicator the diagnostic retains, with what the team reads in it."""

    diagnostic = models.ForeignKey(
        Diagnostic, on_delete=models.CASCADE, related_name="indicators", verbose_name="diagnostic"
    )
    indicator = models.ForeignKey(
        "diagnostics.TerritorialIndicator", on_delete=models.PROTECT, related_name="+", verbose_name="indicateur"
    )
    comment = models.TextField("commentaire", blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "indicateur retenu"
        verbose_name_plural = "indicateurs retenus"
        ordering = ["diagnostic", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["diagnostic", "indicator"],
                name="unique_indicator_per_diagnostic",
                violation_error_message="Cet indicateur est déjà retenu dans ce diagnostic.",
            )
        ]

    def __str__(self):
        return str(self.indicator)


class QualitativeWork(models.Model):
    """Interviews, a questionnaire, a workshop: when, with whom, and what came out of it."""

    diagnostic = models.ForeignKey(
        Diagnostic, on_delete=models.CASCADE, related_name="works", verbose_name="diagnostic"
    )
    kind = models.CharField("démarche", max_length=15, choices=WorkKind.choices)
    title = models.CharField("intitulé", max_length=250)
    start_date = models.DateField("du", null=True, blank=True, help_text="Vide quand seule la fin est connue.")
    end_date = models.DateField("au", null=True, blank=True, help_text="Vide pour une démarche d'un jour.")
    participants = models.TextField("participants", blank=True, help_text="Qui a été entendu, consulté ou réuni.")
    participant_count = models.PositiveIntegerField("nombre de participants", null=True, blank=True)
    synthesis = models.TextField("synthèse", blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "démarche qualitative"
        verbose_name_plural = "démarches qualitatives"
        ordering = ["diagnostic", "position", "start_date", "id"]
        constraints = [
            models.CheckConstraint(
                name="qualitative_work_has_a_date",
                condition=Q(start_date__isnull=False) | Q(end_date__isnull=False),
                violation_error_message="Indiquez au moins une date, de début ou de fin.",
            ),
            models.CheckConstraint(
                name="qualitative_work_dates_ordered",
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                violation_error_message="La fin de la démarche doit suivre son début.",
            ),
        ]

    def __str__(self):
        return self.title


class Priority(models.Model):
    """An enjeu the diagnostic sets: why (its justification and indicators), and what in the plan answers it."""

    diagnostic = models.ForeignKey(
        Diagnostic, on_delete=models.CASCADE, related_name="priorities", verbose_name="diagnostic"
    )
    number = models.PositiveSmallIntegerField("numéro")
    title = models.CharField("intitulé", max_length=300)
    justification = models.TextField("justification")
    indicators = models.ManyToManyField(
        DiagnosticIndicator, blank=True, related_name="priorities", verbose_name="indicateurs qui le fondent"
    )
    axes = models.ManyToManyField(
        "actions.Axe", blank=True, related_name="diagnostic_priorities", verbose_name="axes qui y répondent"
    )
    fiches = models.ManyToManyField(
        "actions.FicheAction",
        blank=True,
        related_name="diagnostic_priorities",
        verbose_name="fiches-action qui y répondent",
    )

    class Meta:
        verbose_name = "enjeu"
        verbose_name_plural = "enjeux"
        ordering = ["diagnostic", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["diagnostic", "number"],
                name="unique_priority_number",
                violation_error_message="Un enjeu porte déjà ce numéro dans ce diagnostic.",
            )
        ]

    def __str__(self):
        return f"Enjeu {self.number} — {self.title}"
