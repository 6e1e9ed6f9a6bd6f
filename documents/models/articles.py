"""The article templates of the contract document, written by ARS animators for a région or a département."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from documents.enums import ArticleKind, TemplateOrigin

KEY_HELP = (
    "Identifiant de l'article, en minuscules et tirets (« gouvernance »). Le même identifiant qu'un texte national "
    "ou régional le remplace ; un nouvel identifiant ajoute un article."
)


class ArticleTemplate(models.Model):
    """One article's text for a région or a département: it replaces the text of the same `key` from a wider scope
    (département over région over the national text of `documents.defaults`), or adds an article, or, when not
    `active`, removes the inherited article from the contracts of its scope."""

    region = models.ForeignKey(
        "referentials.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="article_templates",
        verbose_name="région",
    )
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="article_templates",
        verbose_name="département",
    )
    key = models.SlugField("identifiant", max_length=40, help_text=KEY_HELP)
    kind = models.CharField("nature", max_length=10, choices=ArticleKind.choices, default=ArticleKind.ARTICLE)
    heading = models.CharField(
        "intitulé",
        max_length=200,
        help_text="Sans numéro : « Modalités de gouvernance » devient « Article 7 — Modalités de gouvernance ».",
    )
    body = models.TextField(
        "texte",
        blank=True,
        help_text=(
            "Paragraphes séparés par une ligne vide ; une ligne commençant par « - » est une puce. Les champs du "
            "contrat s'insèrent entre doubles accolades : {{ contrat }}."
        ),
    )
    position = models.PositiveSmallIntegerField(
        "ordre",
        default=0,
        help_text="Les textes nationaux sont aux positions 10, 20, 30… : 25 place un article entre.",
    )
    active = models.BooleanField(
        "article présent", default=True, help_text="Décoché : l'article hérité est retiré des contrats du territoire."
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="modifié par",
    )
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    class Meta:
        verbose_name = "modèle d'article"
        verbose_name_plural = "modèles d'articles"
        ordering = ["region_id", "departement_id", "position", "key"]
        constraints = [
            models.CheckConstraint(
                name="article_template_one_scope",
                condition=Q(region__isnull=False, departement__isnull=True)
                | Q(region__isnull=True, departement__isnull=False),
                violation_error_message="Un modèle d'article s'applique à une région ou à un département.",
            ),
            models.UniqueConstraint(
                fields=["region", "key"],
                condition=Q(region__isnull=False),
                name="unique_article_template_per_region",
                violation_error_message="Cette région a déjà un texte pour cet article.",
            ),
            models.UniqueConstraint(
                fields=["departement", "key"],
                condition=Q(departement__isnull=False),
                name="unique_article_template_per_departement",
                violation_error_message="Ce département a déjà un texte pour cet article.",
            ),
        ]

    def __str__(self):
        return f"{self.heading} ({self.scope})"

    @property
    def scope(self):
        return self.departement or self.region

    @property
    def origin(self):
        return TemplateOrigin.DEPARTEMENT if self.departement_id else TemplateOrigin.REGION

    def clean(self):
        if self.kind in (ArticleKind.VISAS, ArticleKind.PREAMBLE, ArticleKind.ARTICLE) and self.active:
            if not self.body.strip():
                raise ValidationError({"body": "Écrivez le texte de l'article."})
