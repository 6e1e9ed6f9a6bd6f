"""Models of the documents app (article templates of the contract document, renderings kept as numbered versions)."""

from documents.models.articles import ArticleTemplate

__all__ = ["ArticleTemplate"]
