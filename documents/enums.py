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


class RenderingKind(models.TextChoices):
    CONTRACT = "contract", "Contrat"
    CONTRACT_AS_SIGNED = "contract_as_signed", "Contrat tel que signé"
    AVENANT = "avenant", "Avenant"
    FICHE = "fiche", "Fiche-action"
    FICHES = "fiches", "Fiches-action"
    ANNUAL_REPORT = "annual_report", "Rapport annuel"


class RenderingStatus(models.TextChoices):
    QUEUED = "queued", "En attente"
    RENDERING = "rendering", "En cours"
    DONE = "done", "Prêt"
    FAILED = "failed", "Échec"


# The page polls while a rendering is in one of these; past DOCUMENT_RENDERING_TIMEOUT it is taken as lost.
IN_PROGRESS_STATUSES = {RenderingStatus.QUEUED, RenderingStatus.RENDERING}
# Documents the signatories sign: a scan of the signed paper can be uploaded back against their version.
SIGNABLE_KINDS = {RenderingKind.CONTRACT, RenderingKind.CONTRACT_AS_SIGNED, RenderingKind.AVENANT}
# A signed scan of these records the signature of the contract itself (an avenant's does not).
CONTRACT_KINDS = {RenderingKind.CONTRACT, RenderingKind.CONTRACT_AS_SIGNED}
