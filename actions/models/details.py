"""What hangs off a fiche-action: sub-actions, budget, indicators, follow-up notes and documents."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from actions.enums import STATUS_BADGES, BudgetKind, FicheStatus, Funder, IndicatorKind
from actions.models.plan import FicheAction
from actions.validators import (
    number_key,
    starts_with,
    validate_document_extension,
    validate_document_size,
    validate_number,
)
from cls_portal.locking import Versioned
from cls_portal.uploads import validate_content_matches_extension

NON_NEGATIVE = MinValueValidator(0, "Le montant ne peut pas être négatif.")


class SubAction(Versioned):
    """A step of a fiche, numbered under it ("1.1.2"), with the same statuses as a fiche."""

    fiche = models.ForeignKey(FicheAction, on_delete=models.CASCADE, related_name="sub_actions", verbose_name="fiche")
    number = models.CharField("numéro", max_length=24, validators=[validate_number])
    title = models.CharField("intitulé", max_length=300)
    description = models.TextField("description", blank=True)
    status = models.CharField("statut", max_length=20, choices=FicheStatus.choices, default=FicheStatus.PLANNED)
    start_date = models.DateField("début", null=True, blank=True)
    end_date = models.DateField("fin", null=True, blank=True)
    pilote = models.CharField("pilote", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = "sous-action"
        ordering = ["fiche_id", "position", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["fiche", "number"],
                name="unique_sub_action_number_per_fiche",
                violation_error_message="Une sous-action porte déjà ce numéro dans cette fiche.",
            ),
            models.CheckConstraint(
                name="sub_action_end_after_start",
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                violation_error_message="La fin de la sous-action ne peut pas précéder son début.",
            ),
        ]

    def __str__(self):
        return f"{self.number} — {self.title}"

    @property
    def number_key(self):
        return number_key(self.number)

    @property
    def status_badge(self):
        return STATUS_BADGES.get(self.status, "")

    def clean(self):
        # The fiche may be unsaved: an import checks the sub-actions of the fiches it creates.
        errors = {}
        fiche = getattr(self, "fiche", None)  # None while no fiche is set
        if fiche and self.number and not starts_with(self.number, fiche.number):
            errors["number"] = f"Le numéro d'une sous-action commence par celui de sa fiche (« {fiche.number}. »)."
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "La fin de la sous-action ne peut pas précéder son début."
        if errors:
            raise ValidationError(errors)


class BudgetLine(Versioned):
    """What one funder plans (and eventually pays) for a fiche in one year."""

    fiche = models.ForeignKey(FicheAction, on_delete=models.CASCADE, related_name="budget_lines", verbose_name="fiche")
    year = models.PositiveSmallIntegerField("année")
    funder = models.CharField("financeur", max_length=20, choices=Funder.choices)
    funder_label = models.CharField(
        "précision sur le financeur",
        max_length=200,
        blank=True,
        help_text="Obligatoire pour « Autre » ; par exemple le nom de la collectivité.",
    )
    kind = models.CharField("nature", max_length=20, choices=BudgetKind.choices, blank=True)
    planned_amount = models.DecimalField(
        "montant prévu (€)", max_digits=12, decimal_places=2, default=0, validators=[NON_NEGATIVE]
    )
    actual_amount = models.DecimalField(
        "montant réalisé (€)", max_digits=12, decimal_places=2, null=True, blank=True, validators=[NON_NEGATIVE]
    )

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = "ligne de budget"
        verbose_name_plural = "lignes de budget"
        ordering = ["fiche_id", "year", "funder", "funder_label"]
        constraints = [
            models.UniqueConstraint(
                fields=["fiche", "year", "funder", "funder_label"],
                name="unique_budget_line",
                violation_error_message="Ce financeur a déjà une ligne pour cette année dans cette fiche.",
            ),
            models.CheckConstraint(
                name="budget_amounts_not_negative",
                condition=Q(planned_amount__gte=0) & (Q(actual_amount__isnull=True) | Q(actual_amount__gte=0)),
                violation_error_message="Un montant ne peut pas être négatif.",
            ),
            models.CheckConstraint(
                name="budget_other_funder_named",
                condition=~Q(funder=Funder.OTHER) | ~Q(funder_label=""),
                violation_error_message="Précisez le nom du financeur « Autre ».",
            ),
        ]

    def __str__(self):
        return f"{self.year} — {self.funder_display} : {self.planned_amount} €"

    @property
    def funder_display(self):
        if self.funder == Funder.OTHER:
            return self.funder_label
        label = self.get_funder_display()
        return f"{label} ({self.funder_label})" if self.funder_label else label

    def clean(self):
        if self.funder == Funder.OTHER and not self.funder_label.strip():
            raise ValidationError({"funder_label": "Précisez le nom du financeur « Autre »."})


class FicheIndicator(Versioned):
    """An indicator of a fiche-action (process, result, impact) and its target: not a territorial indicator of the
    diagnostic."""

    fiche = models.ForeignKey(FicheAction, on_delete=models.CASCADE, related_name="indicators", verbose_name="fiche")
    name = models.CharField("indicateur", max_length=300)
    kind = models.CharField("type", max_length=10, choices=IndicatorKind.choices, default=IndicatorKind.PROCESS)
    unit = models.CharField(
        "unité", max_length=50, blank=True, help_text="Par exemple « personnes », « % », « ateliers »."
    )
    baseline = models.CharField("valeur de départ", max_length=100, blank=True)
    target = models.CharField("cible", max_length=100, blank=True)
    source = models.CharField("source", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = "indicateur"
        ordering = ["fiche_id", "position", "id"]

    def __str__(self):
        return self.name


class FicheIndicatorValue(Versioned):
    indicator = models.ForeignKey(
        FicheIndicator, on_delete=models.CASCADE, related_name="values", verbose_name="indicateur"
    )
    year = models.PositiveSmallIntegerField("année")
    value = models.DecimalField("valeur", max_digits=14, decimal_places=2)
    comment = models.TextField("commentaire", blank=True)

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = "valeur d'indicateur"
        verbose_name_plural = "valeurs d'indicateurs"
        ordering = ["indicator_id", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year"],
                name="unique_indicator_value_per_year",
                violation_error_message="Cet indicateur a déjà une valeur pour cette année.",
            ),
        ]

    def __str__(self):
        return f"{self.indicator} — {self.year} : {self.value}"


EMPTY_NOTE_MESSAGE = "Dites ce qui a été réalisé, les difficultés rencontrées ou les prochaines étapes."


class FollowUpNote(Versioned):
    """A dated follow-up entry: what was done, what went wrong, what comes next."""

    fiche = models.ForeignKey(FicheAction, on_delete=models.CASCADE, related_name="notes", verbose_name="fiche")
    date = models.DateField("date")
    done = models.TextField("réalisé", blank=True)
    difficulties = models.TextField("difficultés rencontrées", blank=True)
    next_steps = models.TextField("prochaines étapes", blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="auteur ou autrice",
    )
    created_at = models.DateTimeField("saisie le", auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["version", "created_at"])

    class Meta:
        verbose_name = "note de suivi"
        verbose_name_plural = "notes de suivi"
        ordering = ["fiche_id", "-date", "-id"]
        constraints = [
            # A blocked action has difficulties and nothing done yet: any one of the three texts makes a note.
            models.CheckConstraint(
                name="follow_up_note_says_something",
                condition=~Q(done="") | ~Q(difficulties="") | ~Q(next_steps=""),
                violation_error_message=EMPTY_NOTE_MESSAGE,
            )
        ]

    def __str__(self):
        return f"Suivi du {self.date:%d/%m/%Y}"


def fiche_document_path(instance, filename):
    return f"fiches/{instance.fiche_id}/{filename}"


class FicheDocument(Versioned):
    """A file uploaded to the fiche, or a link to a document elsewhere: exactly one of the two."""

    fiche = models.ForeignKey(FicheAction, on_delete=models.CASCADE, related_name="documents", verbose_name="fiche")
    title = models.CharField("titre", max_length=200)
    file = models.FileField(
        "fichier",
        upload_to=fiche_document_path,
        blank=True,
        max_length=300,
        validators=[validate_document_extension, validate_document_size, validate_content_matches_extension],
        help_text="10 Mo au plus ; PDF, DOCX, XLSX, ODT, ODS, PNG, JPG ou CSV.",
    )
    url = models.URLField("lien", max_length=500, blank=True, help_text="Ou l'adresse d'un document en ligne.")
    comment = models.TextField("commentaire", blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="ajouté par",
    )
    uploaded_at = models.DateTimeField("ajouté le", auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["version", "uploaded_at"])

    class Meta:
        verbose_name = "document"
        ordering = ["fiche_id", "-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                name="document_file_xor_url",
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                violation_error_message="Joignez un fichier ou indiquez un lien, mais pas les deux.",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def href(self):
        """A stored file goes through the permission-checked download view, never a public address."""
        if not self.file:
            return self.url
        return reverse("actions:document", args=[self.fiche.contract.slug, self.fiche.number, self.pk])
