"""The plan's figures for the dashboards of a contract and of a commune and for the annual report: fiches by
status, late fiches and what their pilotes last said went wrong, indicators against their targets, fiches per commune
of the perimeter, and the sentences that say them in plain French.

Each figure is one query (GROUP BY or subqueries), whatever the size of the plan; progress comes from
`actions.progress` and the budget from `actions.portfolio`, where those rules live.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db.models import Count, OuterRef, Subquery

from actions.enums import FicheStatus
from actions.models import FicheAction, FicheIndicator, FicheIndicatorValue


def status_counts(fiches) -> list[dict]:
    """[{"status", "label", "count"}] in the order of `FicheStatus`, statuses without a fiche left out."""
    counts = dict(fiches.order_by().values_list("status").annotate(n=Count("pk")))
    return [
        {"status": status, "label": status.label, "count": counts[status]}
        for status in FicheStatus
        if counts.get(status)
    ]


def late_fiches(fiches, today=None) -> list:
    """The late fiches (`late_condition`) with their axe and the difficulties of their latest note, by number."""
    late = fiches.late(today).select_related("axe").with_latest_difficulty()
    return sorted(late, key=lambda fiche: fiche.number_key)


# The plan in plain French, for the dashboards and the annual report.


def plural(count, singular, many=None):
    """The word for `count`: French takes the singular for 0 and 1."""
    return singular if count < 2 else (many or singular + "s")


def progress_sentence(stats, of="du plan") -> str:
    """The plan (or some of its fiches, `of`) in one sentence, from `actions.progress.Stats`:
    « 23 actions sur 29 sont réalisées ; l'avancement moyen du plan est de 91 % (2 fiches abandonnées n'y
    comptent pas). »"""
    if not stats.fiche_count:
        return "Le plan d'action ne compte encore aucune fiche-action."
    done, total = stats.done_count, stats.fiche_count
    if not done and total < 2:
        text = "Aucune action n'est encore réalisée"
    elif not done:
        text = f"Aucune des {total} actions n'est encore réalisée"
    else:
        text = f"{done} {plural(done, 'action')} sur {total} {'est réalisée' if done < 2 else 'sont réalisées'}"
    if stats.progress is not None:
        text += f" ; l'avancement moyen {of} est de {stats.progress} %"
    abandoned = stats.fiche_count - stats.counted
    if abandoned:
        text += (
            f" ({abandoned} {plural(abandoned, 'fiche abandonnée', 'fiches abandonnées')} "
            f"n'y {'compte' if abandoned < 2 else 'comptent'} pas)"
        )
    return text + "."


def late_sentence(late_count) -> str:
    if not late_count:
        return "Aucune fiche-action n'est en retard."
    if late_count == 1:
        return "1 fiche-action est en retard : sa date de fin est passée sans qu'elle soit réalisée ni abandonnée."
    return (
        f"{late_count} fiches-action sont en retard : leur date de fin est passée sans qu'elles soient réalisées "
        "ni abandonnées."
    )


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def numeric_target(text) -> Decimal | None:
    """A target written as a number (« 1 200 », « 12,5 », « 80 % »), else None (« 1 par an »)."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text or "").removesuffix("%")
    if not _NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        return None


@dataclass
class IndicatorProgress:
    indicator: FicheIndicator
    latest_value: Decimal | None
    latest_year: int | None

    @property
    def latest_decimals(self):
        """0 for a whole number, else 2 (« 237 », « 12,50 »)."""
        if self.latest_value is None or self.latest_value == self.latest_value.to_integral_value():
            return 0
        return 2

    @property
    def target_value(self):
        return numeric_target(self.indicator.target)

    @property
    def reached(self):
        """The latest value in % of a numeric target, or None when either is missing."""
        target = self.target_value
        if self.latest_value is None or not target:
            return None
        return round(self.latest_value / target * 100)


def indicator_progress(fiches) -> list[IndicatorProgress]:
    """Every indicator of `fiches` with its latest yearly value (one query), by fiche number then position."""
    latest = FicheIndicatorValue.objects.filter(indicator=OuterRef("pk")).order_by("-year")
    indicators = (
        FicheIndicator.objects.filter(fiche__in=fiches)
        .select_related("fiche")
        .annotate(latest_value=Subquery(latest.values("value")[:1]), latest_year=Subquery(latest.values("year")[:1]))
    )
    rows = [IndicatorProgress(i, i.latest_value, i.latest_year) for i in indicators]
    return sorted(rows, key=lambda row: (row.indicator.fiche.number_key, row.indicator.position, row.indicator.pk))


def fiche_counts_by_commune(contract, communes) -> dict:
    """{commune code: number of fiches of `contract` concerning it} (`FicheActionQuerySet.concerning`): the fiches
    covering the whole perimeter plus those naming the commune, in two queries."""
    fiches = FicheAction.objects.filter(contract=contract)
    whole = fiches.filter(whole_territory=True).count()
    named = dict(
        FicheAction.communes.through.objects.filter(ficheaction__in=fiches.filter(whole_territory=False))
        .order_by()
        .values_list("commune_id")
        .annotate(n=Count("ficheaction_id"))
    )
    return {commune.code: whole + named.get(commune.code, 0) for commune in communes}
