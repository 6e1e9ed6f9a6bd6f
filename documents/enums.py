"""Choices of the documents app: English values stored, French labels shown."""

from django.db import models


class ArticleKind(models.TextChoices):
    """The parts of a contract an article template writes, in the order real contracts put them."""

    VISAS = "visas", "Visas"
    PREAMBLE = "preamble", "Préambule"
    TITLE = "title", "Titre (regroupe les articles qui le suivent)"
    ARTICLE = "article", "Article"


# Numbered in the document: « Titre 1 », « Article 3 ». Visas and the preamble come before the articles, unnumbered.
NUMBERED_KINDS = {ArticleKind.TITLE, ArticleKind.ARTICLE}


class TemplateOrigin(models.TextChoices):
    """Where the text an article uses comes from: a département's text overrides its région's, which overrides the
    national text shipped with the portal (`documents.defaults`)."""

    NATIONAL = "national", "Texte national"
    REGION = "region", "Texte de la région"
    DEPARTEMENT = "departement", "Texte du département"
