"""Instances (COPIL, comités, groupes de travail, CTS, CDCPPS), the people who sit in them and their seats."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from contracts.enums import Civility
from governance.enums import CONTRACT_KINDS, TERRITORIAL_KINDS, InstanceKind, MemberRole

DEFAULT_REMINDER_DAYS = 10


class Person(models.Model):
    """Someone who sits in an instance: an elected official, a partner's agent... An account is optional."""

    civility = models.CharField("civilité", max_length=3, choices=Civility.choices, blank=True)
    first_name = models.CharField("prénom", max_length=100)
    last_name = models.CharField("nom", max_length=100)
    email = models.EmailField("adresse e-mail", blank=True, help_text="Pour recevoir les convocations.")
    phone = models.CharField("téléphone", max_length=30, blank=True)
    job_title = models.CharField("fonction", max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="governance_people",
        verbose_name="compte du portail",
        help_text="Relié automatiquement au compte qui utilise la même adresse e-mail.",
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    class Meta:
        verbose_name = "personne"
        ordering = ["last_name", "first_name", "id"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~Q(email=""),
                name="unique_person_email",
                violation_error_message="Une personne de l'annuaire utilise déjà cette adresse e-mail.",
            ),
        ]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def formal_name(self):
        """« Mme Aline Bray »: how a convocation addresses the person."""
        short = {Civility.MADAME: "Mme", Civility.MONSIEUR: "M."}.get(self.civility, "")
        return " ".join(part for part in (short, self.full_name) if part)


class InstanceQuerySet(models.QuerySet):
    def of_contract(self, contract):
        return self.filter(contract=contract)

    def territorial(self):
        return self.filter(kind__in=TERRITORIAL_KINDS)


class Instance(models.Model):
    """A body that meets: an instance of one contract, or of a territory (a département or a région)."""

    kind = models.CharField("type d'instance", max_length=30, choices=InstanceKind.choices)
    name = models.CharField("nom", max_length=200, help_text="Par exemple « COPIL du CLS 2 de Mauges Communauté ».")
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="instances",
        verbose_name="contrat",
    )
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="instances",
        verbose_name="département",
    )
    region = models.ForeignKey(
        "referentials.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="instances",
        verbose_name="région",
    )
    axe = models.ForeignKey(
        "actions.Axe",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="working_groups",
        verbose_name="axe du plan d'action",
        help_text="Pour un groupe de travail consacré à un axe stratégique.",
    )
    description = models.TextField("rôle et composition", blank=True)
    quorum = models.PositiveSmallIntegerField(
        "quorum",
        null=True,
        blank=True,
        help_text="Nombre de membres présents ou représentés nécessaire pour délibérer ; vide s'il n'y en a pas.",
    )
    reminders_enabled = models.BooleanField(
        "relancer les pilotes avant les réunions",
        default=True,
        help_text="Un e-mail aux pilotes des fiches-action non mises à jour depuis la réunion précédente.",
    )
    reminder_days = models.PositiveSmallIntegerField(
        "délai de relance (jours avant la réunion)", default=DEFAULT_REMINDER_DAYS
    )
    is_demo_content = models.BooleanField("contenu de démonstration", default=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    objects = InstanceQuerySet.as_manager()

    class Meta:
        verbose_name = "instance"
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                name="instance_scope_matches_kind",
                condition=(
                    Q(
                        kind__in=sorted(CONTRACT_KINDS),
                        contract__isnull=False,
                        departement__isnull=True,
                        region__isnull=True,
                    )
                    | Q(
                        kind__in=sorted(TERRITORIAL_KINDS),
                        contract__isnull=True,
                        departement__isnull=False,
                        region__isnull=True,
                    )
                    | Q(
                        kind__in=sorted(TERRITORIAL_KINDS),
                        contract__isnull=True,
                        departement__isnull=True,
                        region__isnull=False,
                    )
                ),
                violation_error_message=(
                    "Un COPIL, un comité ou un groupe appartient à un contrat ; un CTS ou une CDCPPS à un département "
                    "ou à une région."
                ),
            ),
            models.CheckConstraint(
                name="instance_axe_only_for_working_groups",
                condition=Q(axe__isnull=True) | Q(kind=InstanceKind.WORKING_GROUP),
                violation_error_message="Seul un groupe de travail se rattache à un axe du plan d'action.",
            ),
            models.CheckConstraint(
                name="instance_reminder_days_range",
                condition=Q(reminder_days__gte=1, reminder_days__lte=60),
                violation_error_message="Le délai de relance est compris entre 1 et 60 jours.",
            ),
            models.CheckConstraint(
                name="instance_quorum_positive",
                condition=Q(quorum__isnull=True) | Q(quorum__gte=1),
                violation_error_message="Le quorum compte au moins un membre.",
            ),
            models.UniqueConstraint(
                fields=["contract", "name"],
                condition=Q(contract__isnull=False),
                name="unique_instance_name_per_contract",
                violation_error_message="Une instance de ce contrat porte déjà ce nom.",
            ),
            models.UniqueConstraint(
                fields=["departement", "name"],
                condition=Q(departement__isnull=False),
                name="unique_instance_name_per_departement",
                violation_error_message="Une instance de ce département porte déjà ce nom.",
            ),
            models.UniqueConstraint(
                fields=["region", "name"],
                condition=Q(region__isnull=False),
                name="unique_instance_name_per_region",
                violation_error_message="Une instance de cette région porte déjà ce nom.",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("governance:instance", args=[self.pk])

    @property
    def is_territorial(self):
        return self.kind in TERRITORIAL_KINDS

    @property
    def territory(self):
        """The contract, département or région the instance belongs to."""
        return self.contract or self.departement or self.region

    def clean(self):
        errors = {}
        if self.axe_id and self.contract_id and self.axe.contract_id != self.contract_id:
            errors["axe"] = "L'axe doit appartenir au contrat de l'instance."
        if self.kind in TERRITORIAL_KINDS and self.contract_id:
            errors["contract"] = "Un CTS ou une CDCPPS se rattache à un territoire, pas à un contrat."
        if errors:
            raise ValidationError(errors)


class MemberQuerySet(models.QuerySet):
    def active_on(self, day=None):
        """Seats held on `day` (today by default): started on or before it, not ended before it."""
        day = day or timezone.localdate()
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day), Q(end_date__isnull=True) | Q(end_date__gte=day)
        )


class Member(models.Model):
    """A person's seat in an instance, with their role, the organisation they represent and their term."""

    instance = models.ForeignKey(Instance, on_delete=models.CASCADE, related_name="members", verbose_name="instance")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="seats", verbose_name="personne")
    organisation = models.ForeignKey(
        "contracts.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="instance_seats",
        verbose_name="organisation représentée",
    )
    role = models.CharField(
        "rôle dans l'instance", max_length=20, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    substitute_for = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="substitutes",
        verbose_name="supplée",
    )
    start_date = models.DateField("membre depuis le", null=True, blank=True)
    end_date = models.DateField("membre jusqu'au", null=True, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    created_at = models.DateTimeField("ajouté le", auto_now_add=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = "membre d'une instance"
        verbose_name_plural = "membres des instances"
        ordering = ["instance", "position", "person__last_name", "person__first_name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["instance", "person"],
                name="unique_member_per_instance",
                violation_error_message="Cette personne siège déjà dans cette instance.",
            ),
            models.CheckConstraint(
                name="member_substitute_names_whom",
                condition=(Q(role=MemberRole.SUBSTITUTE) & Q(substitute_for__isnull=False))
                | (~Q(role=MemberRole.SUBSTITUTE) & Q(substitute_for__isnull=True)),
                violation_error_message=(
                    "Pour une suppléance, indiquez le membre de l'instance remplacé ; pour les autres rôles, "
                    "n'indiquez personne."
                ),
            ),
            models.CheckConstraint(
                name="member_not_own_substitute",
                condition=Q(substitute_for__isnull=True) | ~Q(substitute_for=F("id")),
                violation_error_message="Une personne ne peut pas se suppléer elle-même.",
            ),
            models.CheckConstraint(
                name="member_end_after_start",
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                violation_error_message="La fin du mandat ne peut pas précéder son début.",
            ),
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display().lower()})"

    def is_active_on(self, day=None):
        day = day or timezone.localdate()
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or self.end_date >= day)

    def clean(self):
        errors = {}
        if self.substitute_for_id:
            titular = self.substitute_for
            if self.pk and titular.pk == self.pk:
                errors["substitute_for"] = "Une personne ne peut pas se suppléer elle-même."
            elif titular.instance_id != self.instance_id:
                errors["substitute_for"] = "Le ou la titulaire doit siéger dans la même instance."
            elif titular.role == MemberRole.SUBSTITUTE:
                errors["substitute_for"] = (
                    "Une personne suppléante remplace un ou une titulaire, pas une autre personne suppléante."
                )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "La fin du mandat ne peut pas précéder son début."
        if errors:
            raise ValidationError(errors)
