"""The ARS overview: every CLS of an animator's départements with its state, progress and late fiches, the population
the signed contracts cover, the contracts to renew or stuck before signature, the PRS objectives no CLS serves, the
budget by funder. Aggregates come from the database (contracts.coverage, actions.portfolio); only the page's rows are
read one by one."""

from django.core.paginator import Paginator
from django.db.models import Count

from actions.enums import Funder
from actions.filters import PortfolioFilterSet
from actions.portfolio import budget_by_funder_and_year, fiches_by_prs_objective, progress_by_contract
from actions.progress import Stats
from contracts import perms
from contracts.coverage import coverage_by_departement, covered_epcis_by_departement, region_populations
from contracts.enums import ContractStatus
from contracts.models import Contract, perimeter_populations
from governance.copil import LISTED as STALE_LISTED
from governance.copil import stale_by_contract, stale_fiches
from referentials.models import Departement

PAGE_SIZE = 50
ENDING_WITHIN_DAYS = 365
# A draft older than this deserves a call: most CLS are signed within a year and a half of their launch.
STALLED_AFTER_MONTHS = 18


def scope(user):
    if user.is_superuser:
        return Contract.objects.all()
    return Contract.objects.filter(departement_id__in=perms.animator_departement_ids(user))


def _share(part, whole):
    return round(100 * part / whole, 1) if whole else None


def _figure(value) -> str:
    """« 12 345 », with a narrow no-break space, for the sentences and tables built here."""
    return f"{value:,}".replace(",", "\u202f")


def _percent(value) -> str:
    return str(value).replace(".", ",")


def region_coverage(coverage, departements) -> list[dict]:
    """Per région of the départements shown: its population, the part the shown contracts cover, the share."""
    codes = sorted({d.region_id for d in departements.values()})
    populations = region_populations(codes)
    lines = []
    for code in codes:
        covered = sum(line["covered"] for line in coverage if departements[line["departement"]].region_id == code)
        name = next(d.region.name for d in departements.values() if d.region_id == code)
        population = populations.get(code, 0)
        lines.append({"region": code, "name": name, "population": population, "covered": covered,
                      "share": _share(covered, population)})  # fmt: skip
    return lines


def coverage_sentence(coverage, regions) -> str:
    """The map in one sentence: the population covered, the best and least covered départements, the région's
    share."""
    known = [line for line in coverage if line["share"] is not None]
    if not known:
        return "Aucune population connue pour ces départements."
    covered, population = sum(line["covered"] for line in known), sum(line["population"] for line in known)
    parts = [
        f"{_figure(covered)} habitants sur {_figure(population)} ({_percent(_share(covered, population))} %) vivent "
        "dans une commune couverte par un contrat signé ou en évaluation"
    ]
    if len(known) > 1:
        best = max(known, key=lambda line: line["share"])
        least = min(known, key=lambda line: line["share"])
        parts.append(
            f"le département le mieux couvert est {best['name']} ({_percent(best['share'])} %), "
            f"le moins couvert {least['name']} ({_percent(least['share'])} %)"
        )
    known_regions = [region for region in regions if region["share"] is not None]
    if len(known_regions) == 1:
        [region] = known_regions
        parts.append(f"soit {_percent(region['share'])} % de la population de la région {region['name']}")
    elif known_regions:
        shares = ", ".join(f"{_percent(r['share'])} % pour {r['name']}" for r in known_regions)
        parts.append(f"part de la population de chaque région : {shares}")
    return " ; ".join(parts) + "."


def coverage_map(coverage, regions) -> dict:
    """The DSFR Chart map of the départements: their share covered, the région's départements framed."""
    return {
        "id": "couverture",
        "title": "Part de la population couverte par un contrat en vigueur, par département",
        "summary": coverage_sentence(coverage, regions),
        "map": {line["departement"]: line["share"] for line in coverage if line["share"] is not None},
        "frame": sorted(
            Departement.objects.filter(region_id__in=[r["region"] for r in regions]).values_list("code", flat=True)
        ),  # fmt: skip
        "name": "Population couverte (%)",
        "date": "population municipale 2023",
        "headers": ["Département", "Population", "Couverte", "Part"],
        "rows": [
            [
                f"{line['departement']} — {line['name']}",
                _figure(line["population"]),
                _figure(line["covered"]),
                "—" if line["share"] is None else f"{_percent(line['share'])} %",
            ]
            for line in coverage
        ]
        + [
            [
                f"Région {region['name']}",
                _figure(region["population"]),
                _figure(region["covered"]),
                "—" if region["share"] is None else f"{_percent(region['share'])} %",
            ]
            for region in regions
        ],  # fmt: skip
    }


def status_chart(counts) -> dict:
    lines = [(status.label, counts[status]) for status in ContractStatus if counts.get(status)]
    total = sum(n for _, n in lines)
    if not total:
        summary = "Aucun contrat."
    else:
        first = max(lines, key=lambda line: line[1])
        summary = (
            f"{total} contrat{'s' if total > 1 else ''} ; le statut le plus fréquent est « {first[0].lower()} » "
            f"({first[1]} contrat{'s' if first[1] > 1 else ''})."
        )
    return {
        "id": "statuts",
        "title": "Contrats par statut",
        "summary": summary,
        "x": [[label for label, _ in lines]],
        "y": [[n for _, n in lines]],
        "names": ["Contrats"],
        "unit": "contrats",
        "horizontal": True,
        "headers": ["Statut", "Contrats"],
        "rows": [[label, n] for label, n in lines],
    }


def territorial_overview(user, params):
    contracts = scope(user)
    departements = Departement.objects.filter(pk__in=contracts.values("departement_id")).order_by("code")
    filterset = PortfolioFilterSet(
        params or None,
        queryset=contracts.select_related("departement", "porteur").order_by("departement_id", "name"),
        departements=departements,
    )
    filtered = filterset.qs
    page = Paginator(filtered, PAGE_SIZE).get_page(params.get("page"))
    rows = list(page.object_list)
    stats = progress_by_contract(rows)
    populations = perimeter_populations([c.pk for c in rows])
    stale = stale_by_contract(filtered)
    stale_counts = {line["contract_id"]: line["count"] for line in stale}
    for contract in rows:
        contract.stats = stats.get(contract.pk, Stats())
        contract.population = populations[contract.pk]
        contract.stale_count = stale_counts.get(contract.pk, 0)
    counts = dict(filtered.order_by().values_list("status").annotate(n=Count("pk")))
    in_force = filtered.in_force()
    shown_departements = sorted({code for code in filtered.values_list("departement_id", flat=True)})
    shown = {d.code: d for d in Departement.objects.filter(pk__in=shown_departements).select_related("region")}
    coverage = coverage_by_departement(in_force, shown_departements)
    epcis = covered_epcis_by_departement(in_force)
    for line in coverage:
        line["name"] = shown[line["departement"]].name
        line["epcis"] = epcis.get(line["departement"], [])
    regions = region_coverage(coverage, shown)
    objectives = fiches_by_prs_objective(filtered)
    budget = budget_by_funder_and_year(filtered)
    funder_labels = dict(Funder.choices)
    for line in budget:
        line["funder_label"] = funder_labels.get(line["funder"], line["funder"])

    def contracts_table():
        all_rows = list(filtered)
        all_stats = progress_by_contract(all_rows)
        all_populations = perimeter_populations([c.pk for c in all_rows])
        headers = ["Contrat", "Département", "Génération", "Statut", "Début", "Fin", "Population", "Fiches",
                   "Avancement (%)", "Fiches en retard"]  # fmt: skip
        return headers, [
            [c.name, str(c.departement), c.generation, c.get_status_display(), c.start_date, c.end_date,
             all_populations[c.pk], all_stats.get(c.pk, Stats()).fiche_count, all_stats.get(c.pk, Stats()).progress,
             all_stats.get(c.pk, Stats()).late_count]
            for c in all_rows
        ]  # fmt: skip

    def prs_table():
        headers = ["PRS", "Objectif", "Intitulé", "Fiches", "Contrats"]
        return headers, [[o.element.prs.title, o.element.code, o.element.title, o.fiche_count, o.contract_count]
                         for o in objectives]  # fmt: skip

    def stale_table():
        headers = ["Contrat", "Dernier COPIL", "Fiche", "Intitulé", "Pilote", "Statut", "Dernière mise à jour"]
        return headers, [
            [f.contract.name, f.last_copil, f.number, f.title, f.pilote_label, f.get_status_display(), f.last_update]
            for f in stale_fiches(filtered, limit=None)
        ]

    def budget_table():
        headers = ["Année", "Financeur", "Prévu (€)", "Réalisé (€)"]
        return headers, [[b["year"], b["funder_label"], b["planned"], b["actual"]] for b in budget]

    return {
        "filter": filterset,
        "page": page,
        "contracts": rows,
        "contract_count": sum(counts.values()),
        "by_status": [{"label": s.label, "count": counts[s]} for s in ContractStatus if counts.get(s)],
        "coverage": coverage,
        "regions": regions,
        "coverage_map": coverage_map(coverage, regions),
        "status_chart": status_chart(counts),
        "covered_total": sum(line["covered"] for line in coverage),
        "population_total": sum(line["population"] for line in coverage),
        "ending_soon": in_force.ending_within(days=ENDING_WITHIN_DAYS)
        .select_related("departement")
        .order_by("end_date"),
        "stalled": filtered.drafts_older_than(months=STALLED_AFTER_MONTHS).select_related("departement"),
        "stalled_months": STALLED_AFTER_MONTHS,
        "stale": stale,
        "stale_total": sum(stale_counts.values()),
        "stale_fiches": stale_fiches(filtered) if stale else [],
        "stale_listed": STALE_LISTED,
        "objectives": objectives,
        "unserved": [o for o in objectives if not o.fiche_count],
        "budget": budget,
        "exports": {"contrats": contracts_table, "copil": stale_table, "prs": prs_table, "budget": budget_table},
    }
