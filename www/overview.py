"""The ARS overview: every CLS of an animator's départements with its state, progress and late fiches, the population
the signed contracts cover, the contracts to renew or stuck before signature, the PRS objectives no CLS serves, the
budget by funder. Aggregates come from the database (contracts.coverage, actions.portfolio); only the page's rows are
read one by one."""

from django.core.paginator import Paginator
from django.db.models import Count

from actions.enums import Funder
from actions.portfolio import budget_by_funder_and_year, fiches_by_prs_objective, progress_by_contract
from actions.progress import Stats
from contracts import perms
from contracts.coverage import coverage_by_departement
from contracts.enums import ContractStatus
from contracts.filters import ContractFilterSet
from contracts.models import Contract, perimeter_populations
from referentials.models import Departement

PAGE_SIZE = 50
ENDING_WITHIN_DAYS = 365
# A draft older than this deserves a call: most CLS are signed within a year and a half of their launch.
STALLED_AFTER_MONTHS = 18


def scope(user):
    if user.is_superuser:
        return Contract.objects.all()
    return Contract.objects.filter(departement_id__in=perms.animator_departement_ids(user))


def territorial_overview(user, params):
    contracts = scope(user)
    departements = Departement.objects.filter(pk__in=contracts.values("departement_id")).order_by("code")
    filterset = ContractFilterSet(
        params or None,
        queryset=contracts.select_related("departement", "porteur").order_by("departement_id", "name"),
        departements=departements,
    )
    filtered = filterset.qs
    page = Paginator(filtered, PAGE_SIZE).get_page(params.get("page"))
    rows = list(page.object_list)
    stats = progress_by_contract(rows)
    populations = perimeter_populations([c.pk for c in rows])
    for contract in rows:
        contract.stats = stats.get(contract.pk, Stats())
        contract.population = populations[contract.pk]
    counts = dict(filtered.order_by().values_list("status").annotate(n=Count("pk")))
    in_force = filtered.in_force()
    shown_departements = sorted({code for code in filtered.values_list("departement_id", flat=True)})
    names = dict(Departement.objects.filter(pk__in=shown_departements).values_list("code", "name"))
    coverage = coverage_by_departement(in_force, shown_departements)
    for line in coverage:
        line["name"] = names[line["departement"]]
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
        "covered_total": sum(line["covered"] for line in coverage),
        "population_total": sum(line["population"] for line in coverage),
        "ending_soon": in_force.ending_within(days=ENDING_WITHIN_DAYS)
        .select_related("departement")
        .order_by("end_date"),
        "stalled": filtered.drafts_older_than(months=STALLED_AFTER_MONTHS).select_related("departement"),
        "stalled_months": STALLED_AFTER_MONTHS,
        "objectives": objectives,
        "unserved": [o for o in objectives if not o.fiche_count],
        "budget": budget,
        "exports": {"contrats": contracts_table, "prs": prs_table, "budget": budget_table},
    }
