"""How much of a territory the contracts cover: the population of the communes in their perimeters, per
département (each commune counted once, whether it comes through its EPCI, alone, or in several contracts)."""

from django.db.models import Q, Sum

from contracts.models import Contract
from referentials.models import Commune


def covered_communes(contracts):
    """Communes in the perimeter of any of `contracts` (IN subqueries: no duplicate rows)."""
    epcis = Contract.epcis.through.objects.filter(contract__in=contracts).values("epci_id")
    listed = Contract.communes.through.objects.filter(contract__in=contracts).values("commune_id")
    return Commune.objects.filter(Q(epci_id__in=epcis) | Q(code__in=listed))


def population_by_departement(communes) -> dict:
    """{département code: population} of `communes`, in one GROUP BY."""
    rows = communes.order_by().values("departement_id").annotate(total=Sum("population"))
    return {row["departement_id"]: row["total"] or 0 for row in rows}


def coverage_by_departement(contracts, departement_codes) -> list[dict]:
    """Per département: its population, the part covered by `contracts`, and the share (None without population)."""
    covered = population_by_departement(covered_communes(contracts))
    totals = population_by_departement(Commune.objects.filter(departement_id__in=departement_codes))
    return [
        {
            "departement": code,
            "population": totals.get(code, 0),
            "covered": covered.get(code, 0),
            "share": round(100 * covered.get(code, 0) / totals[code], 1) if totals.get(code) else None,
        }
        for code in departement_codes
    ]


def region_populations(region_codes) -> dict:
    """{région code: population of its communes}, in one GROUP BY."""
    rows = (
        Commune.objects.filter(departement__region_id__in=region_codes)
        .order_by()
        .values("departement__region_id")
        .annotate(total=Sum("population"))
    )
    return {row["departement__region_id"]: row["total"] or 0 for row in rows}


def covered_epcis_by_departement(contracts) -> dict:
    """{département code: [{"siren", "name", "whole"}]}: the EPCI with communes in the perimeter of `contracts`, per
    département of those communes, by name; `whole` when a contract covers the whole EPCI, not some of its communes
    (two queries)."""
    whole = set(Contract.epcis.through.objects.filter(contract__in=contracts).values_list("epci_id", flat=True))
    rows = (
        covered_communes(contracts)
        .filter(epci__isnull=False)
        .order_by("departement_id", "epci__name")
        .values_list("departement_id", "epci_id", "epci__name")
        .distinct()
    )
    by_departement = {}
    for departement, siren, name in rows:
        by_departement.setdefault(departement, []).append({"siren": siren, "name": name, "whole": siren in whole})
    return by_departement
