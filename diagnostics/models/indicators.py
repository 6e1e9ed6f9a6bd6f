"""The indicator catalogue, the values of each indicator per territory and year, and the imports that wrote them.

Not to be confused with the indicators of a fiche-action (`actions.FicheIndicator`): these describe territories.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from cls_portal.imports.uploads import StoredUpload
from diagnostics.enums import FRANCE_CODE, Aggregation, Level, Polarity, Source, Theme, ValueStatus


class TerritorialIndicatorQuerySet(models.QuerySet):
    def in_catalogue_order(self):
        return self.order_by("theme_position", "position", "label")


class TerritorialIndicator(models.Model):
    """One indicator of the catalogue: what it measures, where it comes from, and how territories add up."""

    code = models.SlugField(
        "code",
        max_length=60,
        unique=True,
        help_text="Identifiant stable utilisé dans les fichiers importés, par exemple « population_municipale ».",
        error_messages={"unique": "Un indicateur porte déjà ce code."},
    )
    label = models.CharField("libellé", max_length=200)
    theme = models.CharField("thème", max_length=20, choices=Theme.choices)
    theme_position = models.PositiveSmallIntegerField(editable=False, default=0)
    unit = models.CharField("unité", max_length=60, help_text="« habitants », « % », « pour 10 000 habitants »…")
    definition = models.TextField("définition")
    source = models.CharField("source", max_length=10, choices=Source.choices)
    source_detail = models.CharField(
        "précision sur la source", max_length=250, blank=True, help_text="Par exemple « INSEE, recensement »."
    )
    vintage = models.CharField(
        "millésime", max_length=60, blank=True, help_text="Par exemple « 2021 » ou « 2019-2021 »."
    )
    polarity = models.CharField("sens", max_length=15, choices=Polarity.choices, default=Polarity.NEUTRAL)
    aggregation = models.CharField("agrégation", max_length=15, choices=Aggregation.choices)
    scale = models.PositiveIntegerField(
        "multiplicateur du taux",
        default=1,
        help_text="Taux = numérateur / dénominateur × multiplicateur : 100 pour un pourcentage, 10 000 pour « pour "
        "10 000 habitants ». 1 pour les autres agrégations.",
    )
    decimals = models.PositiveSmallIntegerField("décimales affichées", default=1)
    position = models.PositiveSmallIntegerField("ordre dans son thème", default=0)

    objects = TerritorialIndicatorQuerySet.as_manager()

    class Meta:
        verbose_name = "indicateur territorial"
        verbose_name_plural = "indicateurs territoriaux"
        ordering = ["theme_position", "position", "label"]
        constraints = [
            models.CheckConstraint(
                name="indicator_scale_only_for_ratios",
                condition=Q(aggregation=Aggregation.RATIO) | Q(scale=1),
                violation_error_message="Seul un taux a un multiplicateur différent de 1.",
            ),
            models.CheckConstraint(
                name="indicator_scale_positive",
                condition=Q(scale__gte=1),
                violation_error_message="Le multiplicateur vaut au moins 1.",
            ),
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        self.theme_position = list(Theme.values).index(self.theme) if self.theme in Theme.values else 0
        super().save(*args, **kwargs)

    @property
    def is_ratio(self):
        return self.aggregation == Aggregation.RATIO

    @property
    def source_label(self):
        text = self.source_detail or self.get_source_display()
        return f"{text}, {self.vintage}" if self.vintage else text


class IndicatorImport(StoredUpload):
    """One file of values (upload, command, demo or reference loader): kept between its preview and its
    confirmation (`cls_portal.imports.uploads`), then as the record of which file wrote which values.

    The content is emptied once applied: its SHA-256 stays. Commands and loaders have no uploader.
    """

    content = models.BinaryField("contenu", blank=True)
    sha256 = models.CharField("empreinte SHA-256 du fichier", max_length=64, blank=True)
    size = models.PositiveBigIntegerField("taille (octets)", default=0)
    fingerprint = models.CharField("empreinte de l'aperçu", max_length=64, blank=True)
    source = models.CharField("producteur des données", max_length=10, choices=Source.choices, blank=True)
    mapping = models.JSONField("correspondance des colonnes", default=list, blank=True)
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Valeurs fictives, signalées comme telles partout."
    )
    created_count = models.PositiveIntegerField("valeurs créées", default=0)
    updated_count = models.PositiveIntegerField("valeurs modifiées", default=0)
    unchanged_count = models.PositiveIntegerField("valeurs inchangées", default=0)
    mapped_codes = models.JSONField("codes d'anciennes communes rattachés", default=list, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="déposé par",
        help_text="Vide pour une commande lancée sur le serveur ou un chargement des données de référence.",
    )

    class Meta:
        verbose_name = "import d'indicateurs"
        verbose_name_plural = "imports d'indicateurs"
        ordering = ["-uploaded_at"]

    @property
    def author_label(self):
        return str(self.uploaded_by) if self.uploaded_by_id else "commande sur le serveur"


class ImportMapping(models.Model):
    """The column mapping last confirmed for a producer's files, proposed again for its next file."""

    source = models.CharField("producteur des données", max_length=10, choices=Source.choices, unique=True)
    columns = models.JSONField("rôle de chaque en-tête", default=dict, help_text="En-tête normalisé -> rôle.")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "correspondance de colonnes"
        verbose_name_plural = "correspondances de colonnes"

    def __str__(self):
        return f"Correspondance des fichiers {self.get_source_display()}"


class IndicatorValueQuerySet(models.QuerySet):
    def of_level(self, level):
        return self.filter(level=level)


class IndicatorValue(models.Model):
    """The value of an indicator for a territory and a year, or why there is none (secret, missing)."""

    # No index of its own: the unique constraint (indicator, level, territory, year) starts with it, and every index
    # less makes the import of a national file faster (docs/performance.md).
    indicator = models.ForeignKey(
        TerritorialIndicator,
        on_delete=models.PROTECT,
        related_name="values",
        verbose_name="indicateur",
        db_index=False,
    )
    level = models.CharField("niveau", max_length=15, choices=Level.choices)
    territory_code = models.CharField(
        "code du territoire", max_length=9, help_text="Code INSEE, SIREN de l'EPCI, ou « FR » pour la France."
    )
    # Set for commune values only, so that sums over a perimeter, a département or a région are one grouped query.
    commune = models.ForeignKey(
        "referentials.Commune",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=True,
        verbose_name="commune",
    )
    year = models.PositiveSmallIntegerField("année")
    status = models.CharField("statut", max_length=10, choices=ValueStatus.choices, default=ValueStatus.VALUE)
    value = models.FloatField("valeur", null=True, blank=True)
    numerator = models.FloatField("numérateur", null=True, blank=True)
    denominator = models.FloatField("dénominateur", null=True, blank=True)
    is_demo = models.BooleanField("donnée de démonstration", default=False)
    source_import = models.ForeignKey(
        IndicatorImport, on_delete=models.PROTECT, related_name="values", verbose_name="import"
    )
    updated_at = models.DateTimeField("enregistrée le")

    objects = IndicatorValueQuerySet.as_manager()

    class Meta:
        verbose_name = "valeur d'indicateur"
        verbose_name_plural = "valeurs d'indicateurs"
        ordering = ["indicator", "level", "territory_code", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "level", "territory_code", "year"],
                name="unique_indicator_value",
                violation_error_message="Cet indicateur a déjà une valeur pour ce territoire et cette année.",
            ),
            models.CheckConstraint(
                name="indicator_value_status_matches_value",
                condition=Q(status=ValueStatus.VALUE, value__isnull=False)
                | (
                    Q(status__in=[ValueStatus.SECRET, ValueStatus.MISSING])
                    & Q(value__isnull=True, numerator__isnull=True, denominator__isnull=True)
                ),
                violation_error_message="Une valeur secrète ou non disponible n'a ni valeur, ni numérateur, ni "
                "dénominateur ; une valeur renseignée a une valeur.",
            ),
            models.CheckConstraint(
                name="indicator_value_commune_only_at_commune_level",
                condition=Q(level=Level.COMMUNE, commune=models.F("territory_code"))
                | (~Q(level=Level.COMMUNE) & Q(commune__isnull=True)),
                violation_error_message="Seule une valeur communale désigne une commune.",
            ),
            models.CheckConstraint(
                name="indicator_value_france_code",
                condition=~Q(level=Level.FRANCE) | Q(territory_code=FRANCE_CODE),
                violation_error_message=f"Le code de la France est « {FRANCE_CODE} ».",
            ),
        ]

    def __str__(self):
        return f"{self.indicator} · {self.get_level_display()} {self.territory_code} · {self.year}"


class IndicatorValueChange(models.Model):
    """What a value was before an import changed it: with `IndicatorValue.source_import`, its whole history."""

    value = models.ForeignKey(IndicatorValue, on_delete=models.CASCADE, related_name="changes", verbose_name="valeur")
    source_import = models.ForeignKey(
        IndicatorImport, on_delete=models.PROTECT, related_name="changes", verbose_name="import qui l'a modifiée"
    )
    previous_import = models.ForeignKey(
        IndicatorImport,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="import qui l'avait écrite",
    )
    previous_status = models.CharField("statut précédent", max_length=10, choices=ValueStatus.choices)
    previous_value = models.FloatField("valeur précédente", null=True, blank=True)
    previous_numerator = models.FloatField("numérateur précédent", null=True, blank=True)
    previous_denominator = models.FloatField("dénominateur précédent", null=True, blank=True)
    previous_is_demo = models.BooleanField("était une donnée de démonstration", default=False)
    at = models.DateTimeField("modifiée le")

    class Meta:
        verbose_name = "modification d'une valeur d'indicateur"
        verbose_name_plural = "modifications de valeurs d'indicateurs"
        ordering = ["value", "-at", "-id"]

    def __str__(self):
        return f"{self.value} modifiée le {self.at:%d/%m/%Y}"
