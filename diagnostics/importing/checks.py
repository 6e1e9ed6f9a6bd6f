"""From a table and its column mapping to the values an import would write, with every problem located.

    checked = check_rows(table, roles, context)     # reads nothing from the file again, writes nothing

Each value becomes one row (indicator, level, territory, year, status, value, numerator, denominator). Codes of
former communes and arrondissements are added up into their current commune (sums, and numerators and denominators
of rates), when the file gives all the parts of that commune. Problems repeated on many rows (an unknown code in a
wide file) are reported once, with the first row and how many others share them.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cls_portal.imports.report import Location, Problem, Report
from cls_portal.text import count, fold
from diagnostics.enums import Aggregation, Level, ValueStatus
from diagnostics.importing import mapping as m
from diagnostics.importing.territories import Geography
from diagnostics.importing.values import MARKERS_HELP, parse_column

MIN_YEAR = 1960
LISTED_PER_KIND = 50
KEY = ["indicator_id", "level", "territory_code", "year"]
MAPPED_SINGULAR = "code d'ancienne commune ou d'arrondissement rattaché"
MAPPED_PLURAL = "codes d'anciennes communes ou d'arrondissements rattachés"
OUTPUT_COLUMNS = [*KEY, "commune_id", "status", "value", "numerator", "denominator"]


@dataclass
class Scope:
    """The territories someone may import values for (None everywhere: all of them)."""

    communes: set | None = None
    epcis: set | None = None
    departements: set | None = None
    regions: set | None = None
    france: bool = True

    def allows(self, level, code) -> bool:
        allowed = {
            Level.COMMUNE: self.communes,
            Level.EPCI: self.epcis,
            Level.DEPARTEMENT: self.departements,
            Level.REGION: self.regions,
        }.get(level)
        if level == Level.FRANCE:
            return self.france
        return allowed is None or code in allowed


@dataclass
class Context:
    indicators: list  # TerritorialIndicator objects of the catalogue
    geography: Geography
    scope: Scope = field(default_factory=Scope)
    max_year: int = field(default_factory=lambda: datetime.date.today().year)


class Problems(Report):
    """The report of a file (`cls_portal.imports.report`), its errors counted by kind: beyond LISTED_PER_KIND of one
    kind, they are only counted (a wrong decimal separator on a million rows is one message, not a million)."""

    def __init__(self, sheet):
        super().__init__()
        self.sheet = sheet
        self.error_counts = Counter()

    def error_at(self, kind, message, row=None, column=None):
        self.error_counts[kind] += 1
        if self.error_counts[kind] <= LISTED_PER_KIND:
            self.error(message, Location(self.sheet, row, column))

    def warn_at(self, message, row=None, column=None):
        self.warn(message, Location(self.sheet, row, column) if row or column else None)

    def close(self):
        self.errors.sort(key=lambda p: (p.location.row or 0, p.location.column or "") if p.location else (0, ""))
        for number in self.error_counts.values():
            if number > LISTED_PER_KIND:
                self.errors.append(
                    Problem(f"… et {count(number - LISTED_PER_KIND, 'autre erreur', 'autres erreurs')} du même type.")
                )

    def error_rows(self, kind, frame, message, column="column"):
        """One error per row of `frame` (`message(row)`, located at its `column` attribute), building only the
        listed ones."""
        for row in frame.head(LISTED_PER_KIND).itertuples():
            self.error_at(kind, message(row), row.row, getattr(row, column))
        self.error_counts[kind] += max(0, len(frame) - LISTED_PER_KIND)

    @property
    def error_count(self):
        return sum(self.error_counts.values())


@dataclass
class CheckedRows:
    rows: pd.DataFrame  # OUTPUT_COLUMNS, one row per value to write
    errors: list
    warnings: list
    error_count: int
    mapped_codes: list  # dicts: code, name, kind, commune_code, commune_name
    value_count: int  # values read in the file (before former communes are added up)


def _others(number):
    return f" (et {count(number - 1, 'autre ligne', 'autres lignes')})" if number > 1 else ""


def check_rows(table, roles, context: Context) -> CheckedRows:
    problems = Problems(table.sheet)
    for message in table.warnings:
        problems.warn_at(message)
    headers = table.headers
    long = _long_frame(table, roles)
    indicators = {indicator.code: indicator for indicator in context.indicators}
    code_header = headers[next(i for i, r in enumerate(roles) if r.role == m.CODE)]

    long = _resolve_territories(long, context, problems, code_header)
    long = _resolve_indicators(long, indicators, problems, headers, roles)
    long = _resolve_years(long, context, problems, headers, roles)
    long = _read_values(long, indicators, problems)
    valid = long[~long["bad"]].drop(columns=["bad"])
    valid = _check_duplicates(valid, problems, indicators)
    valid = _check_scope(valid, context, problems, code_header)
    rows, mapped = _add_up_former_communes(valid, indicators, context.geography, problems)
    padded = long.loc[long["padded_from"] != "", "padded_from"].nunique()
    if padded:
        example = long.loc[long["padded_from"] != ""].iloc[0]
        problems.warn_at(
            (
                "1 code sans son zéro initial (un tableur l'a retiré) lu avec lui"
                if padded == 1
                else f"{padded} codes sans leur zéro initial (un tableur l'a retiré) lus avec lui"
            )
            + f" : « {example['padded_from']} » → « {example['written_code']} »."
        )
    if table.notes_above or table.notes_below:
        notes = [*table.notes_above, *table.notes_below]
        problems.warn_at(
            f"{count(len(notes), 'ligne de notes ignorée', 'lignes de notes ignorées')} au-dessus de l'en-tête ou "
            f"sous les données : « {notes[0][:120]} »{'…' if len(notes) > 1 else ''}."
        )
    ignored = [header for header, role in zip(headers, roles, strict=True) if role.role == m.IGNORE]
    if ignored:
        problems.warn_at("Colonnes ignorées : " + ", ".join(f"« {h} »" for h in ignored) + ".")
    problems.close()
    return CheckedRows(
        rows=rows if not problems.error_count else rows.iloc[0:0],
        errors=problems.errors,
        warnings=problems.warnings,
        error_count=problems.error_count,
        mapped_codes=mapped,
        value_count=len(long),
    )


# Steps ---------------------------------------------------------------------------------------------------------------


def _long_frame(table, roles) -> pd.DataFrame:
    """One row per value cell: row, column header, raw code, level, indicator and year, raw measures."""
    frame = table.frame
    position = {role.role: index for index, role in enumerate(roles) if not role.is_measure}
    empty = pd.Series("", index=frame.index, dtype=object)

    def column(role):
        return frame[position[role]] if role in position else empty

    base = pd.DataFrame(
        {
            "row": frame["row"].astype("int64"),
            "code_raw": column(m.CODE).astype(str).str.strip().astype("category"),
            "level_raw": column(m.LEVEL).astype(str).str.strip().astype("category"),
        }
    )
    groups = {}
    for index, role in enumerate(roles):
        if role.is_measure:
            groups.setdefault((role.indicator, role.year), {})[role.role] = index
    pieces = []
    for (indicator, year), measures in groups.items():
        piece = base.copy()
        piece["indicator_raw"] = indicator if indicator else column(m.INDICATOR).astype(str).str.strip()
        piece["year_raw"] = str(year) if year else column(m.YEAR).astype(str).str.strip()
        first = measures.get(m.VALUE, next(iter(measures.values())))
        piece["column"] = table.headers[first]
        for measure in m.MEASURES:
            piece[f"raw_{measure}"] = frame[measures[measure]] if measure in measures else ""
            piece[f"column_{measure}"] = table.headers[measures[measure]] if measure in measures else ""
        pieces.append(piece)
    long = pd.concat(pieces, ignore_index=True)
    for name in ("indicator_raw", "year_raw", "column", *(f"column_{measure}" for measure in m.MEASURES)):
        long[name] = long[name].astype("category")
    long["bad"] = False
    return long


def _resolve_territories(long, context, problems, code_header):
    geography = context.geography
    pairs = long[["code_raw", "level_raw"]].drop_duplicates()
    records = []
    for code_raw, level_raw in pairs.itertuples(index=False):
        territory = geography.resolve(str(code_raw), str(level_raw))
        if isinstance(territory, str):
            records.append((code_raw, level_raw, None, None, None, "", "", territory))
        else:
            written = territory.former[0] if territory.former else territory.code
            records.append(
                (
                    code_raw,
                    level_raw,
                    territory.level,
                    territory.code,
                    territory.commune_id,
                    written,
                    territory.padded_from,
                    None,
                )
            )
    resolved = pd.DataFrame(
        records,
        columns=[
            "code_raw",
            "level_raw",
            "level",
            "territory_code",
            "commune_id",
            "written_code",
            "padded_from",
            "territory_error",
        ],
    )
    for name in ("code_raw", "level_raw"):
        resolved[name] = resolved[name].astype(long[name].dtype)
    long = long.merge(resolved, on=["code_raw", "level_raw"], how="left", sort=False)
    failed = long["territory_error"].notna()
    if failed.any():
        long.loc[failed, "bad"] = True
        for (code_raw, message), group in long[failed].groupby(["code_raw", "territory_error"], observed=True):
            problems.error_at(
                "territory",
                f"code « {code_raw} » : {message}{_others(group['row'].nunique())}.",
                int(group["row"].min()),
                code_header,
            )
    empty_code = long["code_raw"].astype(str) == ""
    if empty_code.any():
        long.loc[empty_code, "bad"] = True
    return long.drop(columns=["territory_error"])


def _resolve_indicators(long, indicators, problems, headers, roles):
    lookup = m.indicator_lookup(indicators.values())
    indicator_header = next((headers[i] for i, r in enumerate(roles) if r.role == m.INDICATOR), None)
    known = {}
    for raw in long["indicator_raw"].cat.categories:
        code = raw if raw in indicators else lookup.get(fold(raw))
        known[raw] = indicators[code].pk if code else None
    long["indicator_id"] = long["indicator_raw"].map(known).astype("float").astype("Int64")
    unknown = long["indicator_id"].isna()
    if unknown.any():
        long.loc[unknown, "bad"] = True
        for raw, group in long[unknown].groupby("indicator_raw", observed=True):
            message = (
                f"indicateur « {raw} » inconnu du catalogue{_others(len(group))} : utilisez le code ou le libellé "
                "d'un indicateur du catalogue, ou demandez son ajout à un administrateur ou une administratrice du "
                "portail."
                if raw
                else f"l'indicateur n'est pas renseigné{_others(len(group))}."
            )
            problems.error_at("indicator", message, int(group["row"].min()), indicator_header)
    return long


def _resolve_years(long, context, problems, headers, roles):
    year_header = next((headers[i] for i, r in enumerate(roles) if r.role == m.YEAR), None)
    years, messages = {}, {}
    for raw in long["year_raw"].cat.categories:
        text = str(raw).strip().removesuffix(".0")
        if not text.isdigit():
            messages[raw] = f"année « {raw} » illisible : écrivez-la en quatre chiffres, par exemple 2021"
        elif not MIN_YEAR <= int(text) <= context.max_year:
            messages[raw] = f"année {text} hors de la période acceptée ({MIN_YEAR} à {context.max_year})"
        else:
            years[raw] = int(text)
    long["year"] = long["year_raw"].map(years).astype("float").astype("Int64")
    wrong = long["year"].isna()
    if wrong.any():
        long.loc[wrong, "bad"] = True
        for raw, group in long[wrong].groupby("year_raw", observed=True):
            message = messages.get(raw) or "année non renseignée"
            problems.error_at("year", f"{message}{_others(len(group))}.", int(group["row"].min()), year_header)
    return long


def _read_values(long, indicators, problems):
    by_pk = {indicator.pk: indicator for indicator in indicators.values()}
    aggregation = long["indicator_id"].map({pk: i.aggregation for pk, i in by_pk.items()})
    scale = long["indicator_id"].map({pk: float(i.scale) for pk, i in by_pk.items()}).astype(float)
    parsed = {}
    for measure in m.MEASURES:
        status, number, unreadable = parse_column(long[f"raw_{measure}"])
        parsed[measure] = (status, number)
        problems.error_rows(
            "value",
            long[unreadable],
            lambda row, measure=measure: (
                f"« {getattr(row, f'raw_{measure}')} » n'est pas un nombre ; écrivez un nombre (« 12,5 ») ou "
                f"{MARKERS_HELP}."
            ),
            column=f"column_{measure}",
        )
        long.loc[unreadable, "bad"] = True
    value_status, value = parsed[m.VALUE]
    num_status, numerator = parsed[m.NUMERATOR]
    den_status, denominator = parsed[m.DENOMINATOR]
    is_ratio = (aggregation == Aggregation.RATIO).fillna(False).to_numpy()
    has_parts = (numerator.notna() | denominator.notna()).to_numpy()
    if (has_parts & ~is_ratio).any():
        names = sorted({by_pk[int(pk)].label for pk in long.loc[has_parts & ~is_ratio, "indicator_id"].dropna()})
        problems.warn_at(
            "Numérateurs et dénominateurs ignorés pour ce qui n'est pas un taux : "
            + ", ".join(f"« {n} »" for n in names)
            + "."
        )
    computable = is_ratio & numerator.notna().to_numpy() & denominator.notna().to_numpy()
    zero = computable & (denominator.to_numpy() <= 0)
    problems.error_rows(
        "denominator",
        long[zero & ~long["bad"].to_numpy()],
        lambda row: "dénominateur nul ou négatif : le taux ne peut pas être calculé.",
        column="column_denominator",
    )
    long.loc[zero, "bad"] = True
    computed = np.where(computable & ~zero, numerator / denominator.where(denominator > 0) * scale, np.nan)
    value_given = (long["raw_value"].astype(str).str.strip() != "").to_numpy()
    from_parts = ~value_given & is_ratio
    part_status = np.where(
        computable,
        ValueStatus.VALUE,
        np.where(
            (num_status == ValueStatus.SECRET) | (den_status == ValueStatus.SECRET),
            ValueStatus.SECRET,
            ValueStatus.MISSING,
        ),
    )
    status = pd.Series(np.where(from_parts, part_status, value_status), index=long.index, dtype=object)
    final_value = np.where(from_parts, computed, value)
    keep_parts = is_ratio & (status == ValueStatus.VALUE).to_numpy() & computable
    long["status"] = status.astype("category")
    long["value"] = np.where(status == ValueStatus.VALUE, final_value, np.nan)
    long["numerator"] = np.where(keep_parts, numerator, np.nan)
    long["denominator"] = np.where(keep_parts, denominator, np.nan)
    return long.drop(columns=[f"{prefix}_{measure}" for measure in m.MEASURES for prefix in ("raw", "column")])


def _check_duplicates(valid, problems, indicators):
    keys = ["indicator_id", "level", "written_code", "year"]
    duplicated = valid.duplicated(keys, keep=False)
    if not duplicated.any():
        return valid
    dupes = valid[duplicated]
    first = dupes.groupby(keys, observed=True)["row"].transform("min")
    later = dupes[dupes["row"] != first]
    labels = {i.pk: i.label for i in indicators.values()}
    later = later.assign(first_row=first[later.index])
    problems.error_rows(
        "duplicate",
        later,
        lambda row: (
            f"doublon : « {labels.get(row.indicator_id, '')} », territoire {row.written_code}, {row.year} figure déjà "
            f"ligne {row.first_row}."
        ),
    )
    return valid[~valid.index.isin(later.index)]


def _check_scope(valid, context, problems, code_header):
    scope = context.scope
    if scope.communes is None and scope.epcis is None and scope.departements is None and scope.regions is None:
        return valid
    pairs = valid[["level", "territory_code"]].drop_duplicates()
    refused = {(level, code) for level, code in pairs.itertuples(index=False) if not scope.allows(level, code)}
    if not refused:
        return valid
    mask = pd.Series(
        [pair in refused for pair in zip(valid["level"], valid["territory_code"], strict=True)], index=valid.index
    )
    for (level, code), group in valid[mask].groupby(["level", "territory_code"], observed=True):
        problems.error_at(
            "scope",
            f"{Level(level).label.lower()} {code} : vous ne pouvez importer que des valeurs des territoires de vos "
            f"contrats, de leurs départements et régions, et de la France{_others(len(group))}.",
            int(group["row"].min()),
            code_header,
        )
    return valid[~mask]


def _add_up_former_communes(valid, indicators, geography, problems):
    """Rows of former communes and arrondissements become the row of their current commune."""
    by_pk = {indicator.pk: indicator for indicator in indicators.values()}
    is_former = (valid["level"] == Level.COMMUNE) & (valid["written_code"] != valid["territory_code"])
    touched = valid.loc[is_former, "territory_code"].unique()
    if not len(touched):
        return valid[OUTPUT_COLUMNS].reset_index(drop=True), []
    in_groups = valid["territory_code"].isin(touched) & (valid["level"] == Level.COMMUNE)
    untouched, grouped = valid[~in_groups], valid[in_groups]
    rows, mapped = [], {}
    for (indicator_id, commune_id, year), group in grouped.groupby(["indicator_id", "territory_code", "year"]):
        indicator = by_pk[int(indicator_id)]
        written = set(group["written_code"])
        first_row = int(group["row"].min())
        column = group["column"].iloc[0]
        commune_name = geography.communes.get(commune_id, commune_id)
        parts = geography.parts_of(commune_id)
        extra = sorted(written - parts)
        if extra:
            problems.error_at(
                "former",
                f"{commune_name} ({commune_id}) figure avec ses arrondissements municipaux pour « {indicator.label} » "
                f"{year} : gardez la commune ou ses arrondissements, pas les deux.",
                first_row,
                column,
            )
            continue
        missing = sorted(parts - written)
        if missing:
            kinds = {geography.former[code][2] for code in parts if code in geography.former}
            noun = "arrondissements municipaux" if kinds == {"arrondissement"} else "anciennes communes"
            problems.error_at(
                "former",
                f"{commune_name} ({commune_id}) n'est couverte que par {len(written & parts)} de ses {len(parts)} "
                f"{noun} pour « {indicator.label} » {year} (manquent : "
                f"{', '.join(missing[:12])}{'…' if len(missing) > 12 else ''}) : sa valeur ne peut pas être calculée.",
                first_row,
                column,
            )
            continue
        row = _sum_parts(group, indicator, problems, first_row, column, commune_id, commune_name, year)
        if row is None:
            continue
        rows.append(
            {
                "indicator_id": indicator_id,
                "level": Level.COMMUNE,
                "territory_code": commune_id,
                "year": year,
                "commune_id": commune_id,
                **row,
            }
        )
        for code in written:
            former = geography.former.get(code)
            if former and (code != commune_id or len(written) > 1):
                mapped[code] = {
                    "code": code,
                    "name": former[1],
                    "kind": former[2],
                    "commune_code": commune_id,
                    "commune_name": commune_name,
                }
    combined = pd.concat([untouched[OUTPUT_COLUMNS], pd.DataFrame(rows, columns=OUTPUT_COLUMNS)], ignore_index=True)
    if mapped:
        communes = sorted({item["commune_code"] for item in mapped.values()})
        problems.warn_at(
            f"{count(len(mapped), MAPPED_SINGULAR, MAPPED_PLURAL)} à "
            f"{count(len(communes), 'commune actuelle', 'communes actuelles')} ({', '.join(communes[:10])}"
            f"{'…' if len(communes) > 10 else ''}) : leurs valeurs sont additionnées (voir la liste des codes "
            "rattachés)."
        )
    return combined, sorted(mapped.values(), key=lambda item: (item["commune_code"], item["code"]))


def _sum_parts(group, indicator, problems, first_row, column, commune_id, commune_name, year):
    statuses = set(group["status"].astype(str))
    if ValueStatus.SECRET in statuses:
        return {"status": ValueStatus.SECRET, "value": np.nan, "numerator": np.nan, "denominator": np.nan}
    if ValueStatus.MISSING in statuses:
        return {"status": ValueStatus.MISSING, "value": np.nan, "numerator": np.nan, "denominator": np.nan}
    if indicator.aggregation == Aggregation.SUM:
        return {"status": ValueStatus.VALUE, "value": group["value"].sum(), "numerator": np.nan, "denominator": np.nan}
    if (
        indicator.aggregation == Aggregation.RATIO
        and group["numerator"].notna().all()
        and group["denominator"].notna().all()
    ):
        numerator, denominator = group["numerator"].sum(), group["denominator"].sum()
        return {
            "status": ValueStatus.VALUE,
            "value": numerator / denominator * indicator.scale,
            "numerator": numerator,
            "denominator": denominator,
        }
    why = (
        "c'est une moyenne pondérée par la population, que le portail ne connaît pas pour les anciennes communes"
        if indicator.aggregation == Aggregation.WEIGHTED_MEAN
        else "il faut le numérateur et le dénominateur de chaque ancienne commune"
    )
    problems.error_at(
        "former",
        f"« {indicator.label} » {year} de {commune_name} ({commune_id}) ne peut pas être calculé à partir de ses "
        f"anciennes communes : {why}. Donnez la valeur de la commune actuelle.",
        first_row,
        column,
    )
    return None
