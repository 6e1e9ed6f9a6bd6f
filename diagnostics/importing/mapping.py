"""What each column of a file holds: the territory code, the indicator, the year, a value… (`ColumnRole`).

A long file has a row per value (code, indicator, year, value columns). A wide file has a column per indicator
(« population_municipale », « Taux de pauvreté »), per year (« 2019 », « 2020 »), or both (« taux_pauvrete 2021 »).
`detect()` proposes a role for each header, the one remembered for the producer's files first; people change them
on the mapping page, `check_mapping()` says in French what a mapping lacks.
"""

import re
from dataclasses import dataclass

from cls_portal.text import fold

IGNORE, CODE, NAME, LEVEL, INDICATOR, YEAR = "ignore", "code", "name", "level", "indicator", "year"
VALUE, NUMERATOR, DENOMINATOR = "value", "numerator", "denominator"
MEASURES = (VALUE, NUMERATOR, DENOMINATOR)
SINGLE_ROLES = (CODE, NAME, LEVEL, INDICATOR, YEAR)

ROLE_LABELS = {
    IGNORE: "Ignorer cette colonne",
    CODE: "Code du territoire",
    NAME: "Nom du territoire (non lu)",
    LEVEL: "Niveau du territoire (commune, EPCI, département…)",
    INDICATOR: "Indicateur (code ou libellé)",
    YEAR: "Année",
    VALUE: "Valeur",
    NUMERATOR: "Numérateur",
    DENOMINATOR: "Dénominateur",
}
MEASURE_LABELS = {VALUE: "Valeur", NUMERATOR: "Numérateur", DENOMINATOR: "Dénominateur"}

SYNONYMS = {
    CODE: {
        "code",
        "codgeo",
        "code geo",
        "code geographique",
        "code insee",
        "code commune",
        "code com",
        "codecom",
        "com",
        "depcom",
        "insee",
        "code territoire",
        "code du territoire",
        "cog",
        "code officiel geographique",
        "siren",
        "code epci",
        "code zone",
    },
    NAME: {
        "libgeo",
        "lib geo",
        "libelle",
        "libelle geographique",
        "nom",
        "nom commune",
        "nom de la commune",
        "commune",
        "territoire",
        "nom du territoire",
        "libelle commune",
        "libelle territoire",
        "zone",
    },
    LEVEL: {"niveau", "niveau geographique", "echelon", "type territoire", "type de territoire", "nivgeo", "maille"},
    INDICATOR: {"indicateur", "code indicateur", "code de l indicateur", "variable", "code variable"},
    YEAR: {"annee", "an", "millesime", "year", "annee de reference"},
    VALUE: {"valeur", "value", "val", "valeur de l indicateur"},
    NUMERATOR: {"numerateur", "num"},
    DENOMINATOR: {"denominateur", "den"},
}
HEADER_ROLE = {word: role for role, words in SYNONYMS.items() for word in words}
YEAR_IN_HEADER = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
MEASURE_PREFIXES = ((NUMERATOR, ("numerateur ", "num ")), (DENOMINATOR, ("denominateur ", "den ")))


@dataclass(frozen=True)
class ColumnRole:
    role: str = IGNORE
    indicator: str = ""  # catalogue code, for a measure column of one indicator
    year: int | None = None  # for a measure column of one year

    @property
    def is_measure(self):
        return self.role in MEASURES

    def key(self) -> str:
        """« value|taux_pauvrete|2021 »: what the mapping stores (an import's record, the remembered mapping)."""
        if not self.is_measure:
            return self.role
        return f"{self.role}|{self.indicator}|{self.year or ''}"

    @classmethod
    def parse(cls, key: str) -> "ColumnRole":
        role, _, rest = (key or IGNORE).partition("|")
        if role not in ROLE_LABELS:
            return cls()
        if role not in MEASURES:
            return cls(role)
        indicator, _, year = rest.partition("|")
        return cls(role, indicator, int(year) if year.isdigit() else None)

    def describe(self, labels: dict) -> str:
        if not self.is_measure:
            return ROLE_LABELS[self.role]
        parts = [MEASURE_LABELS[self.role]]
        if self.indicator:
            parts.append(f"de « {labels.get(self.indicator, self.indicator)} »")
        if self.year:
            parts.append(f"en {self.year}")
        return " ".join(parts)


def indicator_lookup(indicators) -> dict:
    """Folded code and folded label -> catalogue code."""
    lookup = {}
    for indicator in indicators:
        lookup[fold(indicator.label)] = indicator.code
    for indicator in indicators:  # a code wins over a label that happens to read the same
        lookup[fold(indicator.code)] = indicator.code
    return lookup


def guess(header: str, lookup: dict) -> ColumnRole:
    folded = fold(header)
    role = HEADER_ROLE.get(folded)
    if role is not None:
        return ColumnRole(role)
    if folded in lookup:
        return ColumnRole(VALUE, lookup[folded])
    year = None
    match = YEAR_IN_HEADER.search(folded)
    if match:
        year = int(match.group(1))
        folded = fold(folded[: match.start()] + " " + folded[match.end() :])
    measure = VALUE
    for candidate, prefixes in MEASURE_PREFIXES:
        for prefix in prefixes:
            if f"{folded} ".startswith(prefix):
                measure, folded = candidate, folded[len(prefix) :].strip()
    if not folded or folded in SYNONYMS[VALUE]:
        return ColumnRole(measure, "", year) if year or measure != VALUE else ColumnRole()
    if folded in lookup:
        return ColumnRole(measure, lookup[folded], year)
    return ColumnRole()


def detect(headers: list[str], indicators, remembered: dict | None = None) -> list[ColumnRole]:
    """A role for each header: the remembered one for this producer if any, else the guessed one."""
    lookup = indicator_lookup(indicators)
    remembered = remembered or {}
    roles = []
    known_codes = {indicator.code for indicator in indicators}
    for header in headers:
        key = remembered.get(fold(header))
        role = ColumnRole.parse(key) if key else None
        if role is None or (role.indicator and role.indicator not in known_codes):
            role = guess(header, lookup)
        roles.append(role)
    return roles


def remember(headers: list[str], roles: list[ColumnRole]) -> dict:
    """What to remember of a confirmed mapping: folded header -> role key (ignored columns included)."""
    return {fold(header): role.key() for header, role in zip(headers, roles, strict=True) if fold(header)}


def check_mapping(headers: list[str], roles: list[ColumnRole]) -> list[str]:
    """French sentences saying what the mapping lacks (empty: it can be read)."""
    problems = []
    by_role = {}
    for header, role in zip(headers, roles, strict=True):
        by_role.setdefault(role.role, []).append(header)
    for role in SINGLE_ROLES:
        if len(by_role.get(role, [])) > 1:
            names = ", ".join(f"« {name} »" for name in by_role[role])
            problems.append(f"Une seule colonne peut être « {ROLE_LABELS[role]} » : {names}.")
    if not by_role.get(CODE):
        problems.append("Indiquez la colonne du code du territoire (code INSEE, SIREN de l'EPCI…).")
    measures = [(header, role) for header, role in zip(headers, roles, strict=True) if role.is_measure]
    if not measures:
        problems.append("Indiquez au moins une colonne de valeurs.")
    has_indicator_column, has_year_column = bool(by_role.get(INDICATOR)), bool(by_role.get(YEAR))
    for header, role in measures:
        if not role.indicator and not has_indicator_column:
            problems.append(
                f"Colonne « {header} » : choisissez son indicateur, ou indiquez la colonne qui donne l'indicateur "
                "de chaque ligne."
            )
        if role.indicator and has_indicator_column:
            problems.append(
                f"Colonne « {header} » : elle est propre à un indicateur alors que le fichier a déjà une colonne "
                "d'indicateur ; choisissez « Valeur » sans indicateur."
            )
        if not role.year and not has_year_column:
            problems.append(
                f"Colonne « {header} » : indiquez son année, ou la colonne qui donne l'année de chaque ligne."
            )
    seen = {}
    for header, role in measures:
        key = (role.role, role.indicator, role.year)
        if key in seen:
            problems.append(f"Les colonnes « {seen[key]} » et « {header} » donnent la même chose : gardez-en une.")
        seen.setdefault(key, header)
    return problems
