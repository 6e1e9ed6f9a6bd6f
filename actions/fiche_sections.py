"""Sections that apps above actions add to the fiche page, without actions knowing them (like `plan_notices`).

An app registers a provider in its AppConfig.ready(): `register(provider)`, with `provider(fiche, user)` returning
FicheSection objects in a bounded number of queries (governance: the decisions about the fiche; the diagnostic: the
priorities it answers). The fiche view shows `sections(fiche, user)` after the follow-up notes.
"""

from dataclasses import dataclass, field

_providers = []


@dataclass(frozen=True)
class SectionItem:
    text: str
    meta: str = ""  # a line under the text: when, where from
    url: str = ""  # where the item lives, when the user may open it
    url_label: str = ""


@dataclass(frozen=True)
class FicheSection:
    slug: str  # the section's anchor on the page
    title: str
    items: list = field(default_factory=list)
    empty_text: str = ""  # said when there is no item; a section without items nor empty text is not shown


def register(provider):
    if provider not in _providers:
        _providers.append(provider)


def sections(fiche, user) -> list[FicheSection]:
    found = [section for provider in _providers for section in provider(fiche, user)]
    return [section for section in found if section.items or section.empty_text]
