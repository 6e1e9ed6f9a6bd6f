"""Models of the documents app (article templates of the contract document, renderings kept as numbered versions)."""

from documents.models.renderings import Rendering, SignedScan

__all__ = ["Rendering", "SignedScan"]
