"""Pages of the documents app: the contract document's preview and article templates (`articles`), the renderings
kept as versions, their downloads and the signed scan (`renderings`)."""
