"""The dashboard of a contract, for elected officials, partners and readers, and the page of one commune of its
perimeter for its mayor: progress by axe, fiches by status, late fiches and why, indicators against their targets,
budget by funder and year, governance; each chart comes with its table and a sentence.

Every figure is an aggregate query of the app that owns the rule (`actions.progress`, `actions.portfolio`,
`actions.reporting`, `governance.overview`, `diagnostics.comparison`): the number of queries does not grow with the
plan (tests/www/test_dashboard_queries.py).
"""

from collections import defaultdict
from decimal import Decimal

from django.utils import timezone

from actions.enums import EXCLUDED_FROM_PROGRESS, Funder
from actions.models import Axe, FicheAction
from actions.portfolio import budget_by_funder_and_year
from actions.progress import plan_stats
from actions.reporting import (
    fiche_counts_by_commune,
    indicator_progress,
    late_fiches,
    late_sentence,
    plural,
    progress_sentence,
    status_counts,
)
from actions.templatetags.plan_tags import euros
from actions.validators import number_key
from diagnostics.comparison import compare_commune
from governance.overview import latest_decisions, upcoming_meetings

DECISIONS_SHOWN = 5


def indicators_sentence(indicators) -> str:
    if not indicators:
        return ""
    measured = [row for row in indicators if row.reached is not None]
    reached = sum(1 for row in measured if row.reached >= 100)
    count = len(indicators)
    text = f"{count} {plural(count, 'indicateur')} de suivi"
    if measured:
        text += f", dont {len(measured)} avec une cible chiffrée et une valeur : "
        if not reached:
            text += "aucun n'a encore atteint sa cible"
        elif reached == 1:
            text += "1 a atteint sa cible"
        else:
            text += f"{reached} ont atteint leur cible"
    return text + "."


def _axes(stats, axes):
    """The top-level axes with their stats (sub-axes are rolled up into them by `plan_stats`)."""
    return [{"axe": axe, "stats": stats.by_axe[axe.pk]} for axe in axes if axe.parent_id is None]


def axes_chart(rows):
    shown = [row for row in rows if row["stats"].progress is not None]
    if not shown:
        return None
    best = max(shown, key=lambda row: row["stats"].progress)
    worst = min(shown, key=lambda row: row["stats"].progress)
    if best is worst or best["stats"].progress == worst["stats"].progress:
        summary = f"Les {len(shown)} axes sont avancés de {best['stats'].progress} % en moyenne chacun."
        if len(shown) == 1:
            summary = f"L'axe {best['axe'].number} est avancé de {best['stats'].progress} % en moyenne."
    else:
        summary = (
            f"L'axe le plus avancé est l'axe {best['axe'].number} ({best['stats'].progress} %), "
            f"le moins avancé l'axe {worst['axe'].number} ({worst['stats'].progress} %)."
        )
    return {
        "id": "avancement-axes",
        "title": "Avancement moyen par axe",
        "summary": summary,
        "x": [[f"Axe {row['axe'].number}" for row in shown]],
        "y": [[row["stats"].progress for row in shown]],
        "names": ["Avancement moyen (%)"],
        "horizontal": True,
        "unit": "%",
        "headers": ["Axe", "Fiches", "Réalisées", "Avancement moyen"],
        "rows": [
            [
                f"{row['axe'].number}. {row['axe'].title}",
                row["stats"].fiche_count,
                row["stats"].done_count,
                "—" if row["stats"].progress is None else f"{row['stats'].progress}\u00a0%",
            ]
            for row in rows
        ],
    }


def status_chart(statuses, total):
    if not statuses:
        return None
    first = max(statuses, key=lambda s: s["count"])
    summary = (
        f"Sur {total} {plural(total, 'fiche')}-action, le statut le plus fréquent est « {first['label']} » : "
        f"{first['count']} {plural(first['count'], 'fiche')}."
    )
    return {
        "id": "statuts",
        "title": "Fiches-action par statut",
        "summary": summary,
        "x": [[s["label"] for s in statuses]],
        "y": [[s["count"] for s in statuses]],
        "names": ["Fiches-action"],
        "unit": "fiches",
        "headers": ["Statut", "Fiches-action"],
        "rows": [[s["label"], s["count"]] for s in statuses],
    }


_euros = euros


def budget_summary(lines):
    """The budget as the dashboard shows it: by funder and by year, planned and actual, with their charts."""
    funder_labels = dict(Funder.choices)
    funders = defaultdict(lambda: {"planned": Decimal(0), "actual": Decimal(0)})
    years = defaultdict(lambda: {"planned": Decimal(0), "actual": Decimal(0)})
    for line in lines:
        for bucket in (funders[line["funder"]], years[line["year"]]):
            bucket["planned"] += line["planned"] or 0
            bucket["actual"] += line["actual"] or 0
    funder_rows = [
        {"label": funder_labels.get(key, key), **amounts}
        for key, amounts in sorted(funders.items(), key=lambda item: -item[1]["planned"])
    ]
    year_rows = [{"year": year, **years[year]} for year in sorted(years)]
    planned = sum((row["planned"] for row in year_rows), Decimal(0))
    actual = sum((row["actual"] for row in year_rows), Decimal(0))
    if not year_rows:
        return {"funders": [], "years": [], "planned": planned, "actual": actual}
    share = round(actual / planned * 100) if planned else None
    main = funder_rows[0]
    funder_summary = (
        f"{main['label']} est le premier financeur prévu, avec {_euros(main['planned'])} "
        f"sur {_euros(planned)} au total."
    )
    first, last = year_rows[0]["year"], year_rows[-1]["year"]
    year_summary = f"De {first} à {last}, {_euros(planned)} sont prévus et {_euros(actual)} réalisés" + (
        f", soit {share} % du prévu." if share is not None else "."
    )
    return {
        "funders": funder_rows,
        "years": year_rows,
        "planned": planned,
        "actual": actual,
        "share": share,
        "funder_chart": {
            "id": "budget-financeurs",
            "title": "Budget prévu et réalisé par financeur",
            "summary": funder_summary,
            "x": [[row["label"] for row in funder_rows]],
            "y": [[float(row["planned"]) for row in funder_rows], [float(row["actual"]) for row in funder_rows]],
            "names": ["Prévu", "Réalisé"],
            "horizontal": True,
            "unit": "€",
            "headers": ["Financeur", "Prévu", "Réalisé"],
            "rows": [[row["label"], _euros(row["planned"]), _euros(row["actual"])] for row in funder_rows],
        },
        "year_chart": {
            "id": "budget-annees",
            "title": "Budget prévu et réalisé par année",
            "summary": year_summary,
            "x": [[str(row["year"]) for row in year_rows]],
            "y": [[float(row["planned"]) for row in year_rows], [float(row["actual"]) for row in year_rows]],
            "names": ["Prévu", "Réalisé"],
            "unit": "€",
            "headers": ["Année", "Prévu", "Réalisé"],
            "rows": [[str(row["year"]), _euros(row["planned"]), _euros(row["actual"])] for row in year_rows],
        },
    }


def contract_dashboard(contract, today=None) -> dict:
    """Everything the contract's dashboard shows; a fixed number of queries."""
    today = today or timezone.localdate()
    axes = sorted(Axe.objects.filter(contract=contract), key=lambda a: (a.position, number_key(a.number)))
    stats = plan_stats(contract, axes=axes, today=today)
    fiches = FicheAction.objects.filter(contract=contract)
    statuses = status_counts(fiches)
    axe_rows = _axes(stats, axes)
    communes = list(contract.perimeter_communes().order_by("name"))
    counts = fiche_counts_by_commune(contract, communes)
    indicators = indicator_progress(fiches)
    late = late_fiches(fiches, today)
    return {
        "contract": contract,
        "today": today,
        "stats": stats.plan,
        "progress_sentence": progress_sentence(stats.plan),
        "axes": axe_rows,
        "axes_chart": axes_chart(axe_rows),
        "statuses": statuses,
        "status_chart": status_chart(statuses, stats.plan.fiche_count),
        "excluded_statuses": [s.label for s in EXCLUDED_FROM_PROGRESS],
        "late": late,
        "late_sentence": late_sentence(len(late)),
        "indicators": indicators,
        "indicators_sentence": indicators_sentence(indicators),
        "budget": budget_summary(budget_by_funder_and_year([contract])),
        "meetings": upcoming_meetings(contract, today),
        "decisions": latest_decisions(contract, DECISIONS_SHOWN),
        "communes": [{"commune": commune, "fiche_count": counts[commune.code]} for commune in communes],
    }


def commune_dashboard(contract, commune, today=None) -> dict:
    """The fiches concerning one commune of the perimeter, their state, and its indicators beside the perimeter."""
    today = today or timezone.localdate()
    fiches = FicheAction.objects.filter(contract=contract).concerning(commune)
    axes = sorted(Axe.objects.filter(contract=contract), key=lambda a: (a.position, number_key(a.number)))
    stats = plan_stats(contract, axes=axes, today=today, fiches=fiches)
    rows = sorted(fiches.select_related("axe").with_is_late(today), key=lambda fiche: fiche.number_key)
    named = sum(1 for fiche in rows if not fiche.whole_territory)
    indicators = compare_commune(contract, commune)
    return {
        "contract": contract,
        "today": today,
        "commune": commune,
        "stats": stats.plan,
        "progress_sentence": progress_sentence(stats.plan, of="de ces fiches"),
        "fiches": rows,
        "named_count": named,
        "whole_count": len(rows) - named,
        "plan_fiche_count": FicheAction.objects.filter(contract=contract).count(),
        "indicators": indicators,
        "indicators_demo": any(row.commune.is_demo or row.perimeter.is_demo for row in indicators),
    }
