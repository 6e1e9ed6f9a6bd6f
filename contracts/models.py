"""A Contrat Local de Santé, its parties, its avenants and the log of its lifecycle."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cls_portal.locking import Versioned
from cls_portal.text import fold
from contracts.enums import (
    CLOSED_STATUSES,
    DRAFT_STATUSES,
    IN_FORCE_STATUSES,
    Civility,
    ContractStatus,
    OrganisationKind,
    PartyRole,
    Role,
)
from referentials.models import Commune
from referentials.validators import validate_siren


class OrganisationQuerySet(models.QuerySet):
    def search(self, text: str):
        """Names holding each typed word, accent and case insensitive (the folded column), or a SIREN."""
        text = (text or "").strip()
        if text.isdigit():
            return self.filter(siren__startswith=text)
        qs = self
        for word in fold(text).split():
            qs = qs.filter(search_name__contains=word)
        return qs

    def active(self):
        return self.filter(archived_at__isnull=True)

    def offered(self, current=(), *, among=None):
        """What a choice field lists: the organisations not archived (and among `among`, a queryset of ids, when
        given), plus those the edited object already points to (`current`: ids or a queryset of ids), so that an
        archived porteur, or one outside `among`, stays valid on the fiche naming it."""
        if not isinstance(current, models.QuerySet):
            current = [pk for pk in current if pk]
        offered = Q(archived_at__isnull=True)
        if among is not None:
            offered &= Q(pk__in=among)
        return self.filter(offered | Q(pk__in=current)).order_by("name")


class Organisation(Versioned):
    """A signatory or partner body (ARS, EPCI, commune, CPAM, hospital...), shared between contracts.

    Archived rather than deleted once in use (`contracts.organisations.archive`): archived ones are no longer offered
    in choice fields. Two duplicates are merged by `contracts.organisations.merge`.
    """

    name = models.CharField("nom", max_length=250)
    kind = models.CharField("type", max_length=20, choices=OrganisationKind.choices)
    address = models.TextField("adresse", blank=True)
    siren = models.CharField(
        "SIREN", max_length=9, blank=True, validators=[validate_siren], help_text="9 chiffres, sans espace."
    )
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name="département de rattachement",
        help_text="Le département dont la délégation ARS suit l'organisation, même si elle ne figure encore dans "
        "aucun contrat.",
    )
    archived_at = models.DateTimeField("archivée le", null=True, blank=True, editable=False)
    epci = models.ForeignKey(
        "referentials.Epci", on_delete=models.PROTECT, null=True, blank=True, verbose_name="EPCI correspondant"
    )
    commune = models.ForeignKey(
        "referentials.Commune", on_delete=models.PROTECT, null=True, blank=True, verbose_name="commune correspondante"
    )
    search_name = models.CharField(max_length=250, editable=False, db_index=True)

    history = HistoricalRecords(excluded_fields=["search_name", "version"])
    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = "organisation"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "kind"],
                name="unique_organisation_name_kind",
                violation_error_message="Une organisation de ce type porte déjà ce nom.",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(self.name)
        super().save(*args, **kwargs)

    @property
    def is_archived(self):
        return self.archived_at is not None


class ContractQuerySet(models.QuerySet):
    def search(self, text: str):
        qs = self
        for word in fold(text).split():
            qs = qs.filter(search_name__contains=word)
        return qs

    def in_force(self):
        return self.filter(status__in=IN_FORCE_STATUSES)

    def drafts(self):
        return self.filter(status__in=DRAFT_STATUSES)

    def ending_within(self, *, days: int, today=None):
        """Contracts in force whose end falls in the next `days` days: their renewal must be prepared."""
        today = today or timezone.localdate()
        return self.in_force().filter(end_date__gte=today, end_date__lte=today + datetime.timedelta(days=days))

    def drafts_older_than(self, *, months: int, today=None):
        """Contracts still in réflexion or élaboration `months` after they were entered or launched."""
        today = today or timezone.localdate()
        limit = today - datetime.timedelta(days=round(months * 30.44))
        return self.drafts().filter(
            Q(launch_date__lte=limit) | Q(launch_date__isnull=True, created_at__date__lte=limit)
        )

    def active_during(self, year: int):
        """Contracts whose period overlaps the calendar year (an open end counts as still running)."""
        return self.filter(
            Q(start_date__lte=datetime.date(year, 12, 31)),
            Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1)),
        )


def perimeter_populations(contract_ids) -> dict:
    """{contract pk: population of its perimeter} for the contracts given (the rows of a page), in one query.

    The communes of the whole EPCIs and those listed one by one, as (contract, commune) pairs: the UNION counts a
    commune listed alone and through its EPCI once. Summed here, over the few rows shown.
    """
    through_epcis = Commune.objects.filter(epci__contracts__in=contract_ids).values_list(
        "epci__contracts", "code", "population"
    )
    listed = Commune.objects.filter(contracts__in=contract_ids).values_list("contracts", "code", "population")
    totals = dict.fromkeys(contract_ids, 0)
    for contract_id, _, population in through_epcis.order_by().union(listed.order_by()):
        totals[contract_id] += population or 0
    return totals


class Contract(Versioned):
    name = models.CharField("nom", max_length=250, help_text="Par exemple « CLS de Mauges Communauté ».")
    slug = models.SlugField(
        "identifiant court",
        max_length=80,
        unique=True,
        help_text="Lettres minuscules, chiffres et tirets ; utilisé dans les adresses et les exports.",
        error_messages={"unique": "Un contrat utilise déjà cet identifiant court."},
    )
    generation = models.PositiveSmallIntegerField(
        "génération", default=1, help_text="1 pour un premier CLS, 2 pour un CLS 2…"
    )
    previous = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_generation",
        verbose_name="contrat précédent",
    )
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        related_name="contracts",
        verbose_name="délégation territoriale ARS (département)",
    )
    porteur = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="carried_contracts",
        verbose_name="porteur",
        help_text="La collectivité qui porte le contrat.",
    )
    status = models.CharField(
        "statut", max_length=20, choices=ContractStatus.choices, default=ContractStatus.REFLECTION
    )
    epcis = models.ManyToManyField(
        "referentials.Epci", blank=True, related_name="contracts", verbose_name="EPCI du périmètre"
    )
    communes = models.ManyToManyField(
        "referentials.Commune",
        blank=True,
        related_name="contracts",
        verbose_name="communes du périmètre (hors EPCI entiers)",
    )
    summary = models.TextField("présentation", blank=True)
    intention_date = models.DateField("date d'intention", null=True, blank=True)
    launch_date = models.DateField("date de lancement", null=True, blank=True)
    signature_date = models.DateField("date de signature", null=True, blank=True)
    signature_place = models.CharField("lieu de signature", max_length=120, blank=True)
    start_date = models.DateField("début", null=True, blank=True)
    end_date = models.DateField("fin", null=True, blank=True, help_text="Par défaut, cinq ans après le début.")
    search_name = models.CharField(max_length=250, editable=False, db_index=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_name", "version", "updated_at"])
    objects = ContractQuerySet.as_manager()

    class Meta:
        verbose_name = "contrat local de santé"
        verbose_name_plural = "contrats locaux de santé"
        ordering = ["departement_id", "name"]
        constraints = [
            # Only the "signé" state: contracts entered after the fact (in evaluation, échus, renouvelés) may have
            # an unknown signature date; `lifecycle.sign()` always sets it.
            models.CheckConstraint(
                name="contract_signed_has_signature_date",
                condition=~Q(status=ContractStatus.SIGNED) | Q(signature_date__isnull=False),
                violation_error_message="Un contrat signé a une date de signature.",
            ),
            models.CheckConstraint(
                name="contract_end_after_start",
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gt=models.F("start_date")),
                violation_error_message="La fin du contrat doit suivre son début.",
            ),
            models.CheckConstraint(
                name="contract_generation_positive",
                condition=Q(generation__gte=1),
                violation_error_message="La génération commence à 1.",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(f"{self.name} {self.slug}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("contracts:detail", args=[self.slug])

    @property
    def is_draft(self):
        return self.status in DRAFT_STATUSES

    @property
    def is_in_force(self):
        return self.status in IN_FORCE_STATUSES

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    @property
    def period_label(self):
        if self.start_date and self.end_date:
            return f"{self.start_date.year}-{self.end_date.year}"
        return ""

    def perimeter_codes(self):
        """The codes of the perimeter's communes, as a subquery: those of the whole EPCIs UNION those listed one by
        one. A UNION of two index lookups, where `epci IN (…) OR code IN (…)` read every commune of the country."""
        epcis = self.epcis.through.objects.filter(contract=self).values("epci")
        listed = self.communes.through.objects.filter(contract=self).values("commune")
        return Commune.objects.filter(epci__in=epcis).order_by().values("pk").union(listed.order_by())

    def perimeter_communes(self):
        """Communes of the whole EPCIs plus the communes listed one by one."""
        # An IN subquery rather than joins: a commune listed alone and through its EPCI is counted once.
        return Commune.objects.filter(pk__in=self.perimeter_codes())

    def perimeter_population(self):
        """One aggregate query."""
        total = self.perimeter_communes().order_by().aggregate(total=Sum("population"))["total"]
        return total or 0


class Avenant(models.Model):
    """A signed amendment: what it adds (axes, fiches, parties, a new end) points back to it."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="avenants", verbose_name="contrat")
    number = models.PositiveSmallIntegerField("numéro")
    signed_on = models.DateField("signé le")
    object = models.TextField("objet")
    new_end_date = models.DateField("nouvelle date de fin", null=True, blank=True)
    previous_end_date = models.DateField("date de fin avant l'avenant", null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="saisi par",
    )
    created_at = models.DateTimeField("saisi le", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "avenant"
        ordering = ["contract_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "number"],
                name="unique_avenant_number",
                violation_error_message="Ce numéro d'avenant existe déjà pour ce contrat.",
            )
        ]

    def __str__(self):
        return f"Avenant n° {self.number} du {self.signed_on:%d/%m/%Y}"


class ContractParty(Versioned):
    """An organisation's place in a contract: signatory (principal or co-signatory) or partner."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="parties", verbose_name="contrat")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="parties", verbose_name="organisation"
    )
    role = models.CharField("rôle", max_length=20, choices=PartyRole.choices, default=PartyRole.COSIGNATORY)
    representative_civility = models.CharField("civilité", max_length=3, choices=Civility.choices, blank=True)
    representative_name = models.CharField("représentant ou représentante", max_length=150, blank=True)
    representative_title = models.CharField("fonction", max_length=150, blank=True)
    deliberation_date = models.DateField("délibération autorisant la signature", null=True, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)
    avenant = models.ForeignKey(
        Avenant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="added_parties",
        verbose_name="ajouté par l'avenant",
    )

    history = HistoricalRecords(excluded_fields=["version"])

    class Meta:
        verbose_name = "partie au contrat"
        verbose_name_plural = "parties au contrat"
        ordering = ["contract_id", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "organisation"],
                name="unique_party_per_contract",
                violation_error_message="Cette organisation figure déjà au contrat.",
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"

    @property
    def representative(self):
        civility = self.get_representative_civility_display() if self.representative_civility else ""
        return " ".join(part for part in (civility, self.representative_name) if part)


class ContractTransition(models.Model):
    """One step of the lifecycle: who moved the contract, from what to what, when, and why."""

    contract = models.ForeignKey(
        Contract, on_delete=models.CASCADE, related_name="transitions", verbose_name="contrat"
    )
    from_status = models.CharField("de", max_length=20, choices=ContractStatus.choices, blank=True)
    to_status = models.CharField("vers", max_length=20, choices=ContractStatus.choices)
    effective_on = models.DateField(
        "date d'effet", null=True, blank=True, help_text="Vide quand elle n'est pas connue."
    )
    comment = models.TextField("commentaire", blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="par"
    )
    at = models.DateTimeField("enregistré le", auto_now_add=True)

    class Meta:
        verbose_name = "étape du cycle de vie"
        verbose_name_plural = "étapes du cycle de vie"
        ordering = ["contract_id", "at", "id"]

    def __str__(self):
        return f"{self.contract} : {self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class Membership(models.Model):
    """A role held by a user on a scope: a département for ARS animators, a contract for the others."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name="personne"
    )
    role = models.CharField("rôle", max_length=20, choices=Role.choices)
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="département",
    )
    contract = models.ForeignKey(
        Contract,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="contrat",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    # Who gave or removed a role, and when: the activity log of the administration reads it.
    history = HistoricalRecords(excluded_fields=["created_at"])

    class Meta:
        verbose_name = "habilitation"
        verbose_name_plural = "habilitations"
        constraints = [
            models.CheckConstraint(
                name="membership_scope_matches_role",
                condition=(
                    Q(role=Role.ARS_ANIMATOR, departement__isnull=False, contract__isnull=True)
                    | Q(role__in=[Role.COORDINATOR, Role.READER], departement__isnull=True, contract__isnull=False)
                ),
                violation_error_message=(
                    "Une habilitation d'animation ARS porte sur un département ; "
                    "une habilitation de coordination ou de lecture porte sur un contrat."
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "departement"],
                condition=Q(departement__isnull=False),
                name="unique_membership_per_departement",
                violation_error_message="Cette personne a déjà ce rôle sur ce département.",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "contract"],
                condition=Q(contract__isnull=False),
                name="unique_membership_per_contract",
                violation_error_message="Cette personne a déjà ce rôle sur ce contrat.",
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.departement or self.contract}"


INVITATION_VALIDITY = datetime.timedelta(days=14)


class Invitation(models.Model):
    """A person asked to join a contract with a role, before they have an account (contracts/invitations.py).

    The e-mail carries a secret link; only its SHA-256 is stored. Pending until accepted, revoked or expired.
    """

    email = models.EmailField("adresse e-mail")
    first_name = models.CharField("prénom", max_length=150)
    last_name = models.CharField("nom", max_length=150)
    role = models.CharField("rôle", max_length=20, choices=Role.choices)
    contract = models.ForeignKey(
        Contract, on_delete=models.CASCADE, related_name="invitations", verbose_name="contrat"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name="invitée par"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("envoyée le", auto_now_add=True)
    sent_at = models.DateTimeField("dernier envoi le")
    expires_at = models.DateTimeField("valable jusqu'au")
    accepted_at = models.DateTimeField("acceptée le", null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="compte créé",
    )
    revoked_at = models.DateTimeField("révoquée le", null=True, blank=True)

    class Meta:
        verbose_name = "invitation"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                name="invitation_role_on_a_contract",
                condition=Q(role__in=[Role.COORDINATOR, Role.READER]),
                violation_error_message="Une invitation donne accès à un contrat, en coordination ou en lecture.",
            ),
            # One open invitation per person and contract: sending again renews it.
            models.UniqueConstraint(
                Lower("email"),
                "contract",
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="unique_open_invitation_per_contract",
                violation_error_message="Une invitation est déjà en attente pour cette adresse sur ce contrat.",
            ),
        ]

    def __str__(self):
        return f"Invitation de {self.email} — {self.contract}"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_pending(self):
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def state_label(self):
        if self.accepted_at:
            return "Acceptée"
        if self.revoked_at:
            return "Révoquée"
        if self.expires_at <= timezone.now():
            return "Expirée"
        return "En attente"
