"""The entries of « Paramètres et textes de référence » on the administration's home page.

Each app whose settings or reference texts an animator looks after adds an entry here, once its pages exist (the
article templates of the contract document). Only what exists is listed.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Entry:
    title: str
    description: str
    url_name: str

    @property
    def url(self):
        return reverse(self.url_name)


ENTRIES = [
    Entry(
        "Modèles d'articles du contrat",
        "Les visas, le préambule et les articles du contrat à signer, par région ou par département, avec aperçu.",
        "documents:article_templates",
    ),
    Entry(
        "Catalogue des indicateurs",
        "Les indicateurs du diagnostic territorial, leurs sources et leurs millésimes.",
        "diagnostics:catalogue",
    ),
    Entry(
        "Projet régional de santé",
        "Orientations, objectifs opérationnels et sous-objectifs auxquels les fiches-action se rattachent.",
        "referentials:prs",
    ),
    Entry(
        "Géographie officielle",
        "Communes et EPCI, par nom, code INSEE ou SIREN, auxquels les organisations se rattachent.",
        "referentials:territories",
    ),
    Entry(
        "Sources des données de référence",
        "D'où viennent la géographie, le PRS et les listes de valeurs, et leurs millésimes.",
        "referentials:sources",
    ),
]
