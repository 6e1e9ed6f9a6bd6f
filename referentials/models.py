"""Reference data loaded by `manage.py load_referentials`: official geography, PRS tree, ARS lists."""

from django.db import models

from cls_portal.text import fold
from referentials.enums import EpciKind, FormerCommuneKind, PrsLevel


class SearchableQuerySet(models.QuerySet):
    def search(self, text: str):
        """Names with a word starting with each typed word, accent and case insensitive on every database.

        "oree" finds "Orée d'Anjou" and "L'Orée-d'Écouves" but not "Borée"; the folded column makes SQLite and
        PostgreSQL agree.
        """
        qs = self
        for word in fold(text).split():
            qs = qs.filter(models.Q(search_name__startswith=word) | models.Q(search_name__contains=f" {word}"))
        return qs


class Region(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    name = models.CharField("nom", max_length=100)

    class Meta:
        verbose_name = "région"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Departement(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    name = models.CharField("nom", max_length=100)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="departements", verbose_name="région")

    class Meta:
        verbose_name = "département"
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Epci(models.Model):
    siren = models.CharField("SIREN", max_length=9, primary_key=True)
    name = models.CharField("nom", max_length=200)
    kind = models.CharField("nature", max_length=5, choices=EpciKind.choices)
    population = models.PositiveIntegerField("population (fichier EPCI)", null=True, blank=True)
    search_name = models.CharField(max_length=200, editable=False, db_index=True)

    objects = SearchableQuerySet.as_manager()

    class Meta:
        verbose_name = "EPCI"
        verbose_name_plural = "EPCI"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Commune(models.Model):
    code = models.CharField("code INSEE", max_length=5, primary_key=True)
    name = models.CharField("nom", max_length=200)
    departement = models.ForeignKey(
        Departement, on_delete=models.PROTECT, related_name="communes", verbose_name="département"
    )
    epci = models.ForeignKey(
        Epci, on_delete=models.PROTECT, null=True, blank=True, related_name="communes", verbose_name="EPCI"
    )
    population = models.PositiveIntegerField("population municipale", null=True, blank=True)
    search_name = models.CharField(max_length=200, editable=False, db_index=True)

    objects = SearchableQuerySet.as_manager()

    class Meta:
        verbose_name = "commune"
        ordering = ["name", "code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class FormerCommune(models.Model):
    """A code statistics still use for part of a current commune: a commune déléguée of a commune nouvelle, a
    commune associée, or a municipal arrondissement of Paris, Lyon or Marseille (COG 2026).

    A commune déléguée may carry the code of its commune nouvelle (the chef-lieu keeps it): that code then names the
    part in a file of former codes, and the whole commune in a file of current codes; both belong to `commune`.
    """

    code = models.CharField("code INSEE", max_length=5, primary_key=True)
    name = models.CharField("nom", max_length=200)
    kind = models.CharField("nature", max_length=20, choices=FormerCommuneKind.choices)
    commune = models.ForeignKey(
        Commune, on_delete=models.PROTECT, related_name="former_communes", verbose_name="commune de rattachement"
    )

    class Meta:
        verbose_name = "ancienne commune ou arrondissement"
        verbose_name_plural = "anciennes communes et arrondissements"
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code}, {self.get_kind_display().lower()} de {self.commune.name})"


class Prs(models.Model):
    """A Projet Régional de Santé: its schéma régional is the tree of elements fiches-action link to."""

    code = models.CharField("code", max_length=30, unique=True)
    title = models.CharField("titre", max_length=300)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="prs", verbose_name="région")
    start_year = models.PositiveSmallIntegerField("première année")
    end_year = models.PositiveSmallIntegerField("dernière année")
    adopted_on = models.DateField("arrêté le", null=True, blank=True)
    source = models.TextField("source", blank=True)

    class Meta:
        verbose_name = "projet régional de santé"
        verbose_name_plural = "projets régionaux de santé"
        ordering = ["-start_year"]
        constraints = [
            models.CheckConstraint(
                name="prs_years_ordered",
                condition=models.Q(end_year__gte=models.F("start_year")),
                violation_error_message="La dernière année doit suivre la première.",
            )
        ]

    def __str__(self):
        return f"PRS {self.region} {self.period}"

    @property
    def period(self):
        return f"{self.start_year}-{self.end_year}"


class PrsElementQuerySet(models.QuerySet):
    def objectives(self):
        """What a fiche-action may link to: objectifs opérationnels and their sous-objectifs."""
        return self.exclude(level=PrsLevel.ORIENTATION)


class PrsElement(models.Model):
    """One node of the PRS tree: orientation stratégique > objectif opérationnel > sous-objectif."""

    prs = models.ForeignKey(Prs, on_delete=models.CASCADE, related_name="elements", verbose_name="PRS")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children", verbose_name="parent"
    )
    level = models.CharField("niveau", max_length=20, choices=PrsLevel.choices)
    number = models.PositiveSmallIntegerField("numéro dans son parent")
    code = models.CharField("numérotation", max_length=20, help_text="« 1 », « 1.2 », « 1.2.3 »")
    label = models.CharField("libellé du document", max_length=50, blank=True)
    title = models.TextField("intitulé")
    context = models.TextField("contexte et enjeux", blank=True)
    expected_results = models.TextField("résultats attendus", blank=True)
    indicators = models.TextField("indicateurs", blank=True)
    declinaisons = models.TextField("déclinaisons", blank=True)
    levers = models.TextField("leviers d'action", blank=True)
    partners = models.TextField("partenaires", blank=True)
    position = models.PositiveIntegerField("ordre", default=0)

    objects = PrsElementQuerySet.as_manager()

    TEXT_FIELDS = ("context", "expected_results", "indicators", "declinaisons", "levers", "partners")

    class Meta:
        verbose_name = "élément du PRS"
        verbose_name_plural = "éléments du PRS"
        ordering = ["prs_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["prs", "code"],
                name="unique_prs_element_code",
                violation_error_message="Cette numérotation existe déjà dans ce PRS.",
            ),
            models.CheckConstraint(
                name="prs_orientation_is_root",
                condition=models.Q(level=PrsLevel.ORIENTATION, parent__isnull=True)
                | (~models.Q(level=PrsLevel.ORIENTATION) & models.Q(parent__isnull=False)),
                violation_error_message="Seules les orientations stratégiques sont à la racine du PRS.",
            ),
        ]

    def __str__(self):
        return f"{self.short_label} — {self.title}"

    @property
    def short_label(self):
        prefix = {PrsLevel.ORIENTATION: "OS", PrsLevel.OBJECTIF: "OO", PrsLevel.SOUS_OBJECTIF: "SO"}[self.level]
        return f"{prefix} {self.code}"

    def texts(self):
        """(label, text) pairs of the filled texts, in the document's order."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.TEXT_FIELDS
            if getattr(self, name)
        ]


class ArsTheme(models.Model):
    """The three themes every CLS must cover (ARS Pays de la Loire)."""

    code = models.SlugField("code", max_length=40, unique=True)
    label = models.CharField("libellé", max_length=200)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "thématique ARS"
        verbose_name_plural = "thématiques ARS"
        ordering = ["position"]

    def __str__(self):
        return self.label


class PrsPriority(models.Model):
    """The five PRS priorities CLS actions are matched with."""

    code = models.SlugField("code", max_length=40, unique=True)
    label = models.CharField("libellé", max_length=200)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "priorité du PRS"
        verbose_name_plural = "priorités du PRS"
        ordering = ["position"]

    def __str__(self):
        return self.label
