"""The plan d'action of a contract: its axes and their fiches-action."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from simple_history.models import HistoricalRecords

from actions.enums import (
    EXCLUDED_FROM_PROGRESS,
    FINISHED_STATUSES,
    STATUS_BADGES,
    FicheStatus,
    Modality,
    Priority,
    Public,
)
from actions.validators import PERCENT_VALIDATORS, number_key, starts_with, validate_number
from cls_portal.locking import Versioned
from referentials.models import Commune

NUMBER_TAKEN_MESSAGE = "Une fiche-action porte déjà ce numéro dans ce contrat."
TERRITORY_MESSAGE = "Choisissez les communes concernées, ou indiquez que l'action couvre tout le périmètre du contrat."


def late_condition(today: datetime.date | None = None) -> Q:
    """A fiche is late when its end date has passed and it is neither done nor abandoned (computed, never stored)."""
    today = today or timezone.localdate()
    return Q(end_date__lt=today) & ~Q(status__in=FINISHED_STATUSES)


DONE_PROGRESS_HINT = "Une fiche « Réalisée » est à 100 % : son avancement y est porté en l'enregistrant."


def settled_progress(status, progress):
    """The progress a fiche of `status` is saved with: 100 % once « Réalisée », else `progress` as given."""
    return 100 if status == FicheStatus.DONE else progress


def counted_in_progress_condition() -> Q:
    """The fiches that count in a progress roll-up: not those of `enums.EXCLUDED_FROM_PROGRESS` (abandoned)."""
    return ~Q(status__in=EXCLUDED_FROM_PROGRESS)


def coverable_communes(contract, fiche=None):
    """The communes a fiche of `contract` may cover: the contract's perimeter (its département's while the perimeter
    is empty), and those `fiche` already covers (a commune may have left the perimeter since)."""
    # Subqueries of codes joined by UNION: each reads an index, where an OR (or a join to the fiches' communes)
    # read every commune, or every fiche-commune link, of the country.
    codes = contract.perimeter_codes()
    if not codes.exists():
        codes = Commune.objects.filter(departement_id=contract.departement_id).order_by().values("pk")
    if fiche is not None and fiche.pk:
        codes = codes.union(FicheAction.communes.through.objects.filter(ficheaction=fiche).values("commune"))
    return Commune.objects.filter(pk__in=codes)


def validate_territory(whole_territory: bool, communes):
    """A fiche covers the whole perimeter of its contract or names its communes. Many-to-many, so not in `clean()`:
    the form and the import check it before saving the communes."""
    if whole_territory is False and not communes:
        raise ValidationError({"communes": TERRITORY_MESSAGE})


def concerning_commune_condition(commune) -> Q:
    """The fiches that concern `commune`: those covering the whole perimeter and those naming it (the other side of
    `validate_territory`). An IN subquery rather than a join, so that no fiche comes twice."""
    named = FicheAction.communes.through.objects.filter(commune=commune).values("ficheaction_id")
    return Q(whole_territory=True) | Q(pk__in=named)


class TargetPublic(models.Model):
    """One target public (`enums.Public`): a row so that fiches can be filtered by public on every database."""

    code = models.CharField("code", max_length=30, primary_key=True, choices=Public.choices)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "public cible"
        verbose_name_plural = "publics cibles"
        ordering = ["position"]

    def __str__(self):
        return self.get_code_display()

    @property
    def label(self):
        return self.get_code_display()

    @classmethod
    def sync(cls):
        """Create the rows of the enum's values that are missing (migrations do it; tests that flush call it)."""
        for position, code in enumerate(Public.values, 1):
            cls.objects.update_or_create(code=code, defaults={"position": position})


class Axe(models.Model):
    """A strategic axis of the contract, or a sub-axis when it has a parent."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="axes", verbose_name="contrat"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name="axe parent"
    )
    number = models.CharField(
        "numéro", max_length=20, validators=[validate_number], help_text="« 1 », ou « 1.2 » pour un sous-axe."
    )
    title = models.CharField("intitulé", max_length=300)
    description = models.TextField("description", blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    avenant = models.ForeignKey(
        "contracts.Avenant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="added_axes",
        verbose_name="ajouté par l'avenant",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = "axe stratégique"
        verbose_name_plural = "axes stratégiques"
        ordering = ["contract_id", "position", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "number"],
                name="unique_axe_number_per_contract",
                violation_error_message="Un axe porte déjà ce numéro dans ce contrat.",
            ),
        ]

    def __str__(self):
        return f"Axe {self.number} — {self.title}"

    @property
    def number_key(self):
        return number_key(self.number)

    def clean(self):
        # The parent may be unsaved: an import checks a new sub-axe of a new axe.
        errors = {}
        parent = self.parent
        if parent and self.number and not starts_with(self.number, parent.number):
            errors["number"] = f"Le numéro d'un sous-axe commence par celui de son axe parent (« {parent.number}. »)."
        if parent and self.contract_id and parent.contract_id != self.contract_id:
            errors["parent"] = "L'axe parent doit appartenir au même contrat."
        if parent and (parent.parent_id or parent.parent):
            errors["parent"] = "Un sous-axe ne peut pas avoir lui-même de sous-axe."
        if errors:
            raise ValidationError(errors)


class FicheActionQuerySet(models.QuerySet):
    def late(self, today=None):
        return self.filter(late_condition(today))

    def with_is_late(self, today=None):
        """`is_late_db`: the late rule computed by the database, for lists that sort or count by it."""
        return self.annotate(
            is_late_db=Case(
                When(late_condition(today), then=Value(True)), default=Value(False), output_field=models.BooleanField()
            )
        )

    def concerning(self, commune):
        """The fiches that concern `commune` (`concerning_commune_condition`)."""
        return self.filter(concerning_commune_condition(commune))

    def with_last_update(self):
        """`last_updated_at`: when the fiche was last touched, saved (any field) or given a follow-up note; what the
        pilotes' reminders and the ARS overview call « mise à jour » (one subquery, no row multiplication)."""
        note = self.model._meta.get_field("notes").related_model
        last_note = note.objects.filter(fiche=OuterRef("pk")).order_by("-created_at").values("created_at")[:1]
        epoch = Value(datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC), output_field=models.DateTimeField())
        return self.annotate(last_updated_at=Greatest("updated_at", Coalesce(Subquery(last_note), epoch)))

    def with_latest_difficulty(self):
        """`latest_difficulty` and `latest_difficulty_date`: the difficulties of the fiche's latest follow-up note that
        names some, as subqueries (what a pilote last said went wrong)."""
        note = self.model._meta.get_field("notes").related_model
        notes = note.objects.filter(fiche=OuterRef("pk")).exclude(difficulties="").order_by("-date", "-id")
        return self.annotate(
            latest_difficulty=Subquery(notes.values("difficulties")[:1]),
            latest_difficulty_date=Subquery(notes.values("date")[:1]),
        )

    def with_budget_totals(self):
        """`planned_total` and `actual_total` of the budget lines, as subqueries (no row multiplication)."""
        budget_line = self.model._meta.get_field("budget_lines").related_model
        lines = budget_line.objects.filter(fiche=OuterRef("pk")).order_by().values("fiche")
        decimal = models.DecimalField(max_digits=14, decimal_places=2)
        return self.annotate(
            planned_total=Coalesce(
                Subquery(lines.annotate(total=Sum("planned_amount")).values("total"), output_field=decimal),
                Value(0),
                output_field=decimal,
            ),
            actual_total=Coalesce(
                Subquery(lines.annotate(total=Sum("actual_amount")).values("total"), output_field=decimal),
                Value(0),
                output_field=decimal,
            ),
        )


class FicheAction(Versioned):
    """One action of the plan, numbered within its axe ("1.1", "1.1.2")."""

    # Denormalised from the axe: the number is unique in the contract, and every query is scoped by contract.
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="fiches", verbose_name="contrat"
    )
    axe = models.ForeignKey(Axe, on_delete=models.PROTECT, related_name="fiches", verbose_name="axe")
    number = models.CharField(
        "numéro",
        max_length=20,
        validators=[validate_number],
        help_text="Commence par le numéro de l'axe, par exemple « 1.2 » ou « 1.2.1 ».",
    )
    title = models.CharField("intitulé", max_length=300)
    # What the fiche is about.
    context = models.TextField("contexte (constat issu du diagnostic)", blank=True)
    general_objective = models.TextField("objectif général", blank=True)
    operational_objectives = models.TextField("objectifs opérationnels", blank=True)
    description = models.TextField("description et étapes", blank=True)
    expected_results = models.TextField("résultats attendus", blank=True)
    # Who it is for, where.
    target_publics = models.ManyToManyField(
        TargetPublic, blank=True, related_name="fiches", verbose_name="publics cibles"
    )
    whole_territory = models.BooleanField("tout le périmètre du contrat", default=True)
    communes = models.ManyToManyField(
        "referentials.Commune",
        blank=True,
        related_name="fiches",
        verbose_name="communes concernées",
        help_text="Si l'action ne couvre pas tout le périmètre du contrat.",
    )
    priority_neighbourhoods = models.TextField("quartiers prioritaires concernés", blank=True)
    # Who carries it.
    porteur = models.ForeignKey(
        "contracts.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="carried_fiches",
        verbose_name="porteur",
    )
    pilote = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="piloted_fiches",
        verbose_name="pilote (compte du portail)",
        help_text="La personne qui pourra mettre à jour le suivi de la fiche.",
    )
    pilote_name = models.CharField(
        "pilote (nom et structure)",
        max_length=200,
        blank=True,
        help_text="Pour une personne qui n'a pas de compte sur le portail.",
    )
    elected_referent = models.CharField("élu référent ou élue référente", max_length=200, blank=True)
    partners = models.ManyToManyField(
        "contracts.Organisation", blank=True, related_name="partner_fiches", verbose_name="partenaires"
    )
    # When, how much, how.
    start_date = models.DateField("début", null=True, blank=True)
    end_date = models.DateField("fin", null=True, blank=True)
    priority = models.CharField("priorité", max_length=10, choices=Priority.choices, blank=True)
    modality = models.CharField("modalité d'intervention du CLS", max_length=10, choices=Modality.choices, blank=True)
    human_means = models.TextField("moyens humains et techniques", blank=True)
    citizen_participation = models.TextField("participation citoyenne", blank=True)
    governance_instance = models.CharField("instance de gouvernance", max_length=200, blank=True)
    # Links with the regional policy.
    prs_elements = models.ManyToManyField(
        "referentials.PrsElement",
        blank=True,
        related_name="fiches",
        verbose_name="objectifs du PRS",
        help_text="Objectifs opérationnels et sous-objectifs du schéma régional.",
    )
    ars_theme = models.ForeignKey(
        "referentials.ArsTheme",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fiches",
        verbose_name="thématique ARS",
    )
    prs_priorities = models.ManyToManyField(
        "referentials.PrsPriority", blank=True, related_name="fiches", verbose_name="priorités du PRS"
    )
    other_plans = models.TextField("lien avec d'autres plans et dispositifs", blank=True)
    # Follow-up.
    status = models.CharField("statut", max_length=20, choices=FicheStatus.choices, default=FicheStatus.PLANNED)
    progress = models.PositiveSmallIntegerField(
        "avancement (%)",
        default=0,
        validators=PERCENT_VALIDATORS,
        help_text=DONE_PROGRESS_HINT,
    )
    is_demo_content = models.BooleanField(
        "contenu de démonstration",
        default=False,
        help_text="Texte plausible écrit pour la démonstration, pas repris d'un document réel.",
    )
    avenant = models.ForeignKey(
        "contracts.Avenant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="added_fiches",
        verbose_name="ajoutée par l'avenant",
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    history = HistoricalRecords(excluded_fields=["version", "updated_at"])
    objects = FicheActionQuerySet.as_manager()

    class Meta:
        verbose_name = "fiche-action"
        verbose_name_plural = "fiches-action"
        ordering = ["contract_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "number"],
                name="unique_fiche_number_per_contract",
                violation_error_message=NUMBER_TAKEN_MESSAGE,
            ),
            models.CheckConstraint(
                name="fiche_progress_between_0_and_100",
                condition=Q(progress__gte=0) & Q(progress__lte=100),
                violation_error_message="L'avancement est un pourcentage entre 0 et 100.",
            ),
            models.CheckConstraint(
                name="fiche_done_at_100",
                condition=~Q(status=FicheStatus.DONE) | Q(progress=100),
                # A constraint's message is %-formatted (its name): the percent sign is doubled.
                violation_error_message="Une fiche « Réalisée » est à 100 %% d'avancement.",
            ),
            models.CheckConstraint(
                name="fiche_end_after_start",
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                violation_error_message="La fin de l'action ne peut pas précéder son début.",
            ),
        ]

    def __str__(self):
        return f"Fiche {self.number} — {self.title}"

    @property
    def number_key(self):
        return number_key(self.number)

    @property
    def is_late(self):
        return bool(self.end_date and self.end_date < timezone.localdate() and self.status not in FINISHED_STATUSES)

    @property
    def status_badge(self):
        return STATUS_BADGES.get(self.status, "")

    @property
    def pilote_label(self):
        """The account's name, else the free-text name."""
        if self.pilote_id:
            return str(self.pilote)
        return self.pilote_name

    def settle_progress(self):
        """A fiche « Réalisée » is at 100 %: every write of a status calls this (model validation, save, bulk change,
        the Excel import's preview through `settled_progress`), and the constraint `fiche_done_at_100` refuses any
        other."""
        self.progress = settled_progress(self.status, self.progress)

    def save(self, *args, **kwargs):
        self.settle_progress()
        super().save(*args, **kwargs)

    def clean(self):
        self.settle_progress()
        # The axe may be unsaved: an import checks the fiches of the axes it creates.
        errors = {}
        axe = getattr(self, "axe", None)  # None while no axe is chosen
        if axe and self.contract_id and axe.contract_id != self.contract_id:
            errors["axe"] = "L'axe doit appartenir au contrat de la fiche."
        if axe and self.number and not errors.get("axe") and not starts_with(self.number, axe.number):
            errors["number"] = (
                f"Le numéro d'une fiche de l'axe {axe.number} commence par « {axe.number}. », "
                f"par exemple « {axe.number}.1 »."
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "La fin de l'action ne peut pas précéder son début."
        if errors:
            raise ValidationError(errors)
