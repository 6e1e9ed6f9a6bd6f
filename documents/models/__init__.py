"""Models of the documents app (article templates of the contract document, renderings kept as numbered versions)."""

from documents.models.articles import ArticleTemplate
from documents.models.renderings import Rendering, SignedScan

__all__ = ["ArticleTemplate", "Rendering", "SignedScan"]
