"""A contract's indicators over its perimeter, beside its département, its région and France.

    comparison = compare_contract(contract)          # a fixed number of queries, whatever the number of indicators

The perimeter's value is taken at the EPCI level when the perimeter is made of whole EPCIs that have one, else
computed from its communes: a sum for counts, the sum of the numerators over the sum of the denominators for rates
(never a mean of rates), a mean weighted by the legal population for means. It is computed only when every commune
of the perimeter has a value: a secret or missing commune makes it « incomplete », with how many communes have one.
The département, région and France values are the imported ones, or else computed from all their communes the same
way.
"""

from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd
from django.db.models import Count, F, FloatField, Q, Sum
from django.db.models.functions import Cast

from diagnostics.enums import FRANCE_CODE, Aggregation, Level, Polarity, Theme, ValueStatus
from diagnostics.formatting import french_number
from diagnostics.models import IndicatorValue, TerritorialIndicator
from referentials.models import Commune

GIVEN, COMPUTED, FROM_EPCI = "given", "computed", "epci"
INCOMPLETE, NOT_COMPUTABLE, ABSENT = "incomplete", "not_computable", "absent"
REFERENCES = (Level.DEPARTEMENT, Level.REGION, Level.FRANCE)


@dataclass
class Cell:
    """The value of one indicator for one territory and year, or why there is none."""

    status: str = ABSENT  # a ValueStatus, INCOMPLETE, NOT_COMPUTABLE or ABSENT
    value: float | None = None
    how: str = ""  # GIVEN, COMPUTED or FROM_EPCI
    covered: int = 0  # communes with a value, for a computed cell
    total: int = 0  # communes of the territory
    is_demo: bool = False

    @property
    def has_value(self):
        return self.status == ValueStatus.VALUE and self.value is not None

    @property
    def explanation(self):
        """Why there is no value, or how it was obtained (French, for the tables and exports)."""
        if self.status == ValueStatus.SECRET:
            return "secret statistique"
        if self.status == ValueStatus.MISSING:
            return "non disponible"
        if self.status == INCOMPLETE:
            covered, total = french_number(self.covered, 0), french_number(self.total, 0)
            return f"incomplet : {covered} commune{'s' if self.covered > 1 else ''} sur {total} renseignée"
        if self.status == NOT_COMPUTABLE:
            return "non calculable : numérateurs et dénominateurs des communes absents"
        if self.status == ABSENT:
            return "pas de donnée"
        return {GIVEN: "valeur importée", COMPUTED: "calculé à partir des communes", FROM_EPCI: "valeur de l'EPCI"}[
            self.how
        ]


@dataclass
class Gap:
    reference: str  # Level
    absolute: float | None = None
    relative: float | None = None  # in % of the reference
    unfavourable: bool | None = None  # None: neutral indicator, or no gap to speak of

    @property
    def situation(self):
        if self.absolute is None:
            return ""
        if self.unfavourable is None:
            return "comparable" if self.absolute == 0 else "sans objet"
        return "défavorable" if self.unfavourable else "favorable"


@dataclass
class IndicatorComparison:
    indicator: TerritorialIndicator
    year: int | None
    perimeter: Cell
    references: dict  # Level -> Cell
    gaps: dict  # Level -> Gap
    share_of_departement: float | None = None  # % of the département's total, for counts
    trend: list = field(default_factory=list)  # [(year, perimeter Cell, {Level: Cell})], oldest first
    names: dict = field(default_factory=dict)  # "perimeter" and each reference Level -> name

    @property
    def is_demo(self):
        return self.perimeter.is_demo or any(cell.is_demo for cell in self.references.values())

    @property
    def index_to_france(self):
        """The perimeter, the département and the région with France = 100 (for the chart of its theme); None for
        counts, whose size only says how big the territory is."""
        if self.indicator.aggregation == Aggregation.SUM:
            return None
        france = self.references[Level.FRANCE]
        if not france.has_value or not france.value:
            return None
        cells = [self.perimeter, self.references[Level.DEPARTEMENT], self.references[Level.REGION]]
        return [round(c.value / france.value * 100, 1) if c.has_value else None for c in cells]

    @property
    def unfavourable_count(self):
        return sum(1 for gap in self.gaps.values() if gap.unfavourable)

    @property
    def trend_chart(self):
        """The lines of the indicator's trend (DSFR Chart `line-chart`): the perimeter and each reference."""
        lines = [("perimeter", [(year, cell) for year, cell, _ in self.trend])]
        lines += [(level, [(year, refs[level]) for year, _, refs in self.trend]) for level in REFERENCES]
        x, y, keys = [], [], []
        for key, points in lines:
            points = [(year, cell.value) for year, cell in points if cell.has_value]
            if len(points) >= 2:
                x.append([str(year) for year, _ in points])
                y.append([round(value, self.indicator.decimals + 1) for _, value in points])
                keys.append(key)
        return {"x": x, "y": y, "names": [self.names.get(key, "") for key in keys]} if x else None


@dataclass
class ThemeComparison:
    theme: str
    label: str
    rows: list
    names: dict = field(default_factory=dict)

    @property
    def rows_with_data(self):
        return [row for row in self.rows if row.year is not None]

    @property
    def rows_without_data(self):
        return [row for row in self.rows if row.year is None]

    @property
    def chart_rows(self):
        return [row for row in self.rows if row.index_to_france and None not in row.index_to_france]

    @property
    def chart(self):
        """The bars of the theme's chart (DSFR Chart `bar-chart`): each indicator, France = 100."""
        rows = self.chart_rows
        if not rows:
            return None
        series = [list(values) for values in zip(*(row.index_to_france for row in rows), strict=True)]
        return {
            "x": [[row.indicator.label for row in rows]],
            "y": series,
            "names": [self.names["perimeter"], self.names[Level.DEPARTEMENT], self.names[Level.REGION]],
            "left_out": [row for row in self.rows if row not in rows],
        }


@dataclass
class Comparison:
    contract: object
    names: dict  # "perimeter" and each Level of REFERENCES -> name
    commune_count: int
    population: int
    rows: list
    whole_epcis: list = field(default_factory=list)

    @property
    def themes(self):
        by_theme = defaultdict(list)
        for row in self.rows:
            by_theme[row.indicator.theme].append(row)
        return [
            ThemeComparison(theme, Theme(theme).label, by_theme[theme], self.names)
            for theme in Theme.values
            if by_theme[theme]
        ]

    @property
    def has_demo(self):
        return any(row.is_demo for row in self.rows)

    @property
    def trend_rows(self):
        return [row for row in self.rows if sum(1 for _, cell, _ in row.trend if cell.has_value) >= 2]


# Aggregation ---------------------------------------------------------------------------------------------------------


def _combine(indicator, frame: pd.DataFrame, total: int, how=COMPUTED) -> Cell:
    """The value of a union of territories from their rows (status, value, numerator, denominator, weight)."""
    if total == 0:
        return Cell()
    is_demo = bool(frame["is_demo"].any()) if len(frame) else False
    valued = frame[frame["status"] == ValueStatus.VALUE]
    if len(valued) < total:
        if total == 1 and len(frame) == 1:
            return Cell(status=frame["status"].iloc[0], how=how, covered=0, total=1, is_demo=is_demo)
        return Cell(status=INCOMPLETE, how=how, covered=len(valued), total=total, is_demo=is_demo)
    if total == 1:
        return Cell(ValueStatus.VALUE, float(valued["value"].iloc[0]), how, 1, 1, is_demo)
    if indicator.aggregation == Aggregation.SUM:
        value = float(valued["value"].sum())
    elif indicator.aggregation == Aggregation.RATIO:
        if valued["numerator"].isna().any() or valued["denominator"].isna().any():
            return Cell(status=NOT_COMPUTABLE, how=how, covered=len(valued), total=total, is_demo=is_demo)
        value = float(valued["numerator"].sum() / valued["denominator"].sum() * indicator.scale)
    else:
        weights = valued["weight"].fillna(0)
        if weights.sum() <= 0:
            return Cell(status=NOT_COMPUTABLE, how=how, covered=len(valued), total=total, is_demo=is_demo)
        value = float((valued["value"] * weights).sum() / weights.sum())
    return Cell(ValueStatus.VALUE, value, how, len(valued), total, is_demo)


def _cell_from_sums(indicator, sums: dict, total: int) -> Cell:
    """A reference computed by the database from all its communes (see `_reference_sums`)."""
    covered = sums.get("count_value", 0)
    is_demo = bool(sums.get("count_demo", 0))
    if covered < total or total == 0:
        return Cell(status=INCOMPLETE, how=COMPUTED, covered=covered, total=total, is_demo=is_demo)
    if indicator.aggregation == Aggregation.SUM:
        value = sums["sum_value"]
    elif indicator.aggregation == Aggregation.RATIO:
        if sums["count_parts"] < covered or not sums["sum_denominator"]:
            return Cell(status=NOT_COMPUTABLE, how=COMPUTED, covered=covered, total=total, is_demo=is_demo)
        value = sums["sum_numerator"] / sums["sum_denominator"] * indicator.scale
    else:
        if not sums["sum_weight"]:
            return Cell(status=NOT_COMPUTABLE, how=COMPUTED, covered=covered, total=total, is_demo=is_demo)
        value = sums["sum_weighted"] / sums["sum_weight"]
    return Cell(ValueStatus.VALUE, float(value), COMPUTED, covered, total, is_demo)


def _gap(indicator, perimeter: Cell, reference: Cell, level) -> Gap:
    """No gap between counts: a perimeter has fewer inhabitants than its département (its share is given instead)."""
    if indicator.aggregation == Aggregation.SUM or not perimeter.has_value or not reference.has_value:
        return Gap(level)
    absolute = perimeter.value - reference.value
    relative = absolute / reference.value * 100 if reference.value else None
    tolerance = 0.5 * 10**-indicator.decimals
    if abs(absolute) < tolerance:
        return Gap(level, 0.0, 0.0 if relative is not None else None, None)
    unfavourable = None
    if indicator.polarity == Polarity.HIGHER_IS_WORSE:
        unfavourable = absolute > 0
    elif indicator.polarity == Polarity.HIGHER_IS_BETTER:
        unfavourable = absolute < 0
    return Gap(level, absolute, relative, unfavourable)


# Queries -------------------------------------------------------------------------------------------------------------

VALUE_FIELDS = ["indicator_id", "territory_code", "year", "status", "value", "numerator", "denominator", "is_demo"]


def _frame(queryset, fields=VALUE_FIELDS) -> pd.DataFrame:
    return pd.DataFrame.from_records(list(queryset.values_list(*fields)), columns=fields)


def _reference_sums(level_filter: Q, indicator_ids) -> dict:
    """(indicator, year) -> sums of the commune values of a territory, in one grouped query."""
    if not indicator_ids:
        return {}
    weight = Cast(F("commune__population"), FloatField())
    rows = (
        IndicatorValue.objects.filter(level_filter, level=Level.COMMUNE, indicator_id__in=indicator_ids)
        .values("indicator_id", "year")
        .annotate(
            count_value=Count("pk", filter=Q(status=ValueStatus.VALUE)),
            count_parts=Count(
                "pk", filter=Q(status=ValueStatus.VALUE, numerator__isnull=False, denominator__isnull=False)
            ),
            sum_value=Sum("value"),
            sum_numerator=Sum("numerator"),
            sum_denominator=Sum("denominator"),
            sum_weighted=Sum(F("value") * weight, output_field=FloatField()),
            sum_weight=Sum(weight, filter=Q(status=ValueStatus.VALUE), output_field=FloatField()),
            count_demo=Count("pk", filter=Q(is_demo=True)),
        )
        .order_by()
    )
    return {(row["indicator_id"], row["year"]): row for row in rows}


def compare_contract(contract, *, indicators=None, year=None) -> Comparison:
    """Every indicator (or `indicators`) over the contract's perimeter and its references, every year."""
    indicators = list(indicators if indicators is not None else TerritorialIndicator.objects.in_catalogue_order())
    by_pk = {indicator.pk: indicator for indicator in indicators}
    departement = contract.departement
    region_id = departement.region_id
    communes = pd.DataFrame.from_records(
        list(contract.perimeter_communes().order_by().values_list("code", "population", "epci_id")),
        columns=["code", "population", "epci_id"],
    )
    commune_count = len(communes)
    whole_epcis = sorted(contract.epcis.values_list("pk", flat=True)) if contract.pk else []
    extra_communes = set(contract.communes.exclude(epci_id__in=whole_epcis).values_list("pk", flat=True))
    names = {
        "perimeter": "Périmètre du contrat",
        Level.DEPARTEMENT: departement.name,
        Level.REGION: departement.region.name,
        Level.FRANCE: "France",
    }
    if not indicators:
        return Comparison(contract, names, commune_count, 0, [], whole_epcis)

    ids = list(by_pk)
    commune_values = _frame(
        IndicatorValue.objects.filter(
            level=Level.COMMUNE, indicator_id__in=ids, commune_id__in=list(communes["code"])
        ).order_by()
    )
    weights = dict(zip(communes["code"], communes["population"], strict=True))
    commune_values["weight"] = commune_values["territory_code"].map(weights).astype(float)
    epci_values = _frame(IndicatorValue.objects.none())
    use_epcis = bool(whole_epcis) and not extra_communes
    if use_epcis:
        epci_values = _frame(
            IndicatorValue.objects.filter(
                level=Level.EPCI, indicator_id__in=ids, territory_code__in=whole_epcis
            ).order_by()
        )
        epci_population = communes.groupby("epci_id")["population"].sum().to_dict()
        epci_values["weight"] = epci_values["territory_code"].map(epci_population).astype(float)
    given = _frame(
        IndicatorValue.objects.filter(
            Q(level=Level.DEPARTEMENT, territory_code=departement.pk)
            | Q(level=Level.REGION, territory_code=region_id)
            | Q(level=Level.FRANCE, territory_code=FRANCE_CODE),
            indicator_id__in=ids,
        ).order_by(),
        [*VALUE_FIELDS, "level"],
    )
    given_cells = {}
    for row in given.itertuples(index=False):
        given_cells[(row.level, row.indicator_id, row.year)] = Cell(
            row.status,
            None if pd.isna(row.value) else float(row.value),
            GIVEN,
            is_demo=bool(row.is_demo),
        )
    years_of = defaultdict(set)
    for frame in (commune_values, epci_values, given):
        for indicator_id, value_year in zip(frame["indicator_id"], frame["year"], strict=True):
            years_of[indicator_id].add(int(value_year))
    # References missing at some (indicator, year) are computed from all their communes: one query per level.
    counted = Commune.objects.aggregate(
        in_departement=Count("pk", filter=Q(departement_id=departement.pk)),
        in_region=Count("pk", filter=Q(departement__region_id=region_id)),
        in_france=Count("pk"),
    )
    totals = {
        Level.DEPARTEMENT: counted["in_departement"],
        Level.REGION: counted["in_region"],
        Level.FRANCE: counted["in_france"],
    }
    filters = {
        Level.DEPARTEMENT: Q(commune__departement_id=departement.pk),
        Level.REGION: Q(commune__departement__region_id=region_id),
        Level.FRANCE: Q(),
    }
    computed = {}
    for level in REFERENCES:
        lacking = [pk for pk in ids if any((level, pk, y) not in given_cells for y in years_of[pk])]
        computed[level] = _reference_sums(filters[level], lacking)

    commune_groups = dict(tuple(commune_values.groupby(["indicator_id", "year"]))) if len(commune_values) else {}
    epci_groups = dict(tuple(epci_values.groupby(["indicator_id", "year"]))) if len(epci_values) else {}
    empty = commune_values.iloc[0:0]

    def perimeter_cell(indicator, value_year):
        key = (indicator.pk, value_year)
        if use_epcis and key in epci_groups:
            cell = _combine(indicator, epci_groups[key], len(whole_epcis), how=FROM_EPCI)
            if cell.has_value:
                return cell
        return _combine(indicator, commune_groups.get(key, empty), commune_count)

    def reference_cell(indicator, level, value_year):
        cell = given_cells.get((level, indicator.pk, value_year))
        if cell is not None:
            return cell
        sums = computed[level].get((indicator.pk, value_year))
        if sums is None:
            return Cell()
        return _cell_from_sums(indicator, sums, totals[level])

    rows = []
    for indicator in indicators:
        years = sorted(years_of[indicator.pk])
        trend = []
        for value_year in years:
            references = {level: reference_cell(indicator, level, value_year) for level in REFERENCES}
            trend.append((value_year, perimeter_cell(indicator, value_year), references))
        chosen = _chosen_year(trend, year)
        if chosen is None:
            rows.append(
                IndicatorComparison(
                    indicator, None, Cell(), {level: Cell() for level in REFERENCES}, {}, trend=trend, names=names
                )
            )
            continue
        value_year, perimeter, references = chosen
        gaps = {level: _gap(indicator, perimeter, references[level], level) for level in REFERENCES}
        share = None
        departement_cell = references[Level.DEPARTEMENT]
        if indicator.aggregation == Aggregation.SUM and perimeter.has_value and departement_cell.has_value:
            share = perimeter.value / departement_cell.value * 100 if departement_cell.value else None
        rows.append(IndicatorComparison(indicator, value_year, perimeter, references, gaps, share, trend, names))
    population = int(communes["population"].fillna(0).sum())
    return Comparison(contract, names, commune_count, population, rows, whole_epcis if use_epcis else [])


def _chosen_year(trend, year):
    """The requested year, else the latest year with a perimeter value, else the latest year with any value."""
    if not trend:
        return None
    if year is not None:
        return next((item for item in trend if item[0] == year), None)
    with_perimeter = [item for item in trend if item[1].has_value]
    return (with_perimeter or trend)[-1]


@dataclass
class CommuneIndicator:
    """One indicator of a commune beside its contract's perimeter, the same year."""

    indicator: TerritorialIndicator
    year: int
    commune: Cell
    perimeter: Cell
    departement: Cell


def compare_commune(contract, commune) -> list[CommuneIndicator]:
    """The indicators the commune has a value or a status for, beside the perimeter and the département at the
    latest year of the commune (`compare_contract` plus one query)."""
    values = IndicatorValue.objects.filter(level=Level.COMMUNE, commune=commune).order_by("indicator_id", "-year")
    latest = {}
    for value in values:
        latest.setdefault(value.indicator_id, value)
    if not latest:
        return []
    indicators = TerritorialIndicator.objects.in_catalogue_order().filter(pk__in=latest)
    comparison = compare_contract(contract, indicators=indicators)
    rows = []
    for row in comparison.rows:
        value = latest[row.indicator.pk]
        perimeter, references = next(
            ((cell, refs) for year, cell, refs in row.trend if year == value.year), (Cell(), {})
        )
        own = Cell(value.status, value.value, GIVEN, is_demo=value.is_demo)
        rows.append(
            CommuneIndicator(row.indicator, value.year, own, perimeter, references.get(Level.DEPARTEMENT, Cell()))
        )
    return rows
