"""Notices that apps above actions add to the plan page, without actions knowing them.

An app registers a provider in its AppConfig.ready(): `register(provider)`, with `provider(contract)` returning
PlanNotice objects (the diagnostic points out the fiches that answer none of its priorities). The plan view shows
`notices(contract)` under its title.
"""

from dataclasses import dataclass, field

_providers = []


@dataclass(frozen=True)
class PlanNotice:
    title: str
    items: list = field(default_factory=list)
    link_url: str = ""
    link_label: str = ""


def register(provider):
    if provider not in _providers:
        _providers.append(provider)


def notices(contract) -> list[PlanNotice]:
    return [notice for provider in _providers for notice in provider(contract)]
