"""Which territory a code of a file names: its level, its code today, and for a former commune or an arrondissement
the current commune it belongs to (referentials.FormerCommune).

Without a level column, the shape of the code tells: 5 characters a commune (« 2A004 » in Corsica), 9 digits an EPCI
(SIREN), 2 or 3 a département, « FR » France. A région needs the level column (its codes look like départements)
or a « REG » prefix (« REG52 »).
"""

import re
from dataclasses import dataclass

from cls_portal.text import fold
from diagnostics.enums import FRANCE_CODE, Level
from referentials.models import Commune, Departement, Epci, FormerCommune, Region

COMMUNE_CODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
LOST_ZERO_COMMUNE = re.compile(r"^\d{4}$")
SIREN = re.compile(r"^\d{9}$")
DEPARTEMENT_CODE = re.compile(r"^(\d{2}|2[AB]|97\d)$")
LOST_ZERO_DEPARTEMENT = re.compile(r"^\d$")
PREFIXED = re.compile(r"^(REG|DEP|R|D)[-_ ]?(\d{1,3}|2[AB])$")
FRANCE_WORDS = {"fr", "fra", "france", "france entiere", "fxdom", "fm", "france metropolitaine et drom"}

LEVEL_WORDS = {
    Level.COMMUNE: {"commune", "communes", "com", "comm", "c"},
    Level.EPCI: {"epci", "intercommunalite", "interco", "epci a fiscalite propre", "ept"},
    Level.DEPARTEMENT: {"departement", "departements", "dep", "dept", "d"},
    Level.REGION: {"region", "regions", "reg", "r"},
    Level.FRANCE: {"france", "fr", "pays", "national", "nation", "france entiere"},
}
WORD_LEVEL = {word: level for level, words in LEVEL_WORDS.items() for word in words}


@dataclass(frozen=True)
class Territory:
    level: str
    code: str
    commune_id: str | None = None
    former: tuple | None = None  # (code written, its name, its kind) for a former commune or an arrondissement
    padded_from: str = ""  # the code as written, when a lost leading zero was put back


class Geography:
    """The codes of today's territories and of former communes, read once per import (a few queries)."""

    def __init__(self):
        self.communes = dict(Commune.objects.values_list("code", "name"))
        self.commune_epci = dict(Commune.objects.values_list("code", "epci_id"))
        self.commune_departement = dict(Commune.objects.values_list("code", "departement_id"))
        self.former = {
            code: (commune_id, name, kind)
            for code, commune_id, name, kind in FormerCommune.objects.values_list("code", "commune_id", "name", "kind")
        }
        # The codes a commune's value may be split into in a file of former codes (see `parts_of`).
        self.parts = {}
        for code, (commune_id, _, _) in self.former.items():
            self.parts.setdefault(commune_id, set()).add(code)
        self.epcis = set(Epci.objects.values_list("siren", flat=True))
        self.departements = dict(Departement.objects.values_list("code", "region_id"))
        self.regions = set(Region.objects.values_list("code", flat=True))

    def parts_of(self, commune_id: str) -> set[str]:
        """The codes that together make the commune in a file of former codes.

        Its communes déléguées or associées and its own code: a commune nouvelle takes the code of its chef-lieu,
        which names the chef-lieu's part in older files (a commune déléguée of that code, or not: 49328 Saumur has
        four communes déléguées besides). Paris, Lyon and Marseille: their arrondissements only.
        """
        parts = set(self.parts.get(commune_id, ()))
        if parts and any(self.former[code][2] != "arrondissement" for code in parts):
            parts.add(commune_id)
        return parts

    def level_of(self, text: str) -> str | None:
        return WORD_LEVEL.get(fold(text))

    def resolve(self, raw: str, level_text: str = "") -> Territory | str:
        """The territory, or a French message saying why the code names none (it completes « code « X » : … »)."""
        code = raw.strip().upper().removesuffix(".0")
        level = None
        if level_text.strip():
            level = self.level_of(level_text)
            if level is None:
                return (
                    f"niveau « {level_text.strip()} » inconnu : indiquez commune, EPCI, département, région ou France"
                )
        if level is None:
            level = self._guess_level(code)
            if level is None:
                return (
                    "ce n'est ni un code de commune (5 caractères, « 01001 », « 2A004 »), ni un SIREN d'EPCI "
                    "(9 chiffres), ni un code de département ; pour une région, ajoutez une colonne « niveau »"
                )
        match = PREFIXED.match(code)
        if match:
            code = match.group(2)
        return getattr(self, f"_resolve_{level}")(code)

    def _guess_level(self, code: str):
        match = PREFIXED.match(code)
        if match:
            return Level.REGION if match.group(1).startswith("R") else Level.DEPARTEMENT
        if COMMUNE_CODE.match(code) or LOST_ZERO_COMMUNE.match(code):
            return Level.COMMUNE
        if SIREN.match(code):
            return Level.EPCI
        if DEPARTEMENT_CODE.match(code) or LOST_ZERO_DEPARTEMENT.match(code):
            return Level.DEPARTEMENT
        if fold(code) in FRANCE_WORDS:
            return Level.FRANCE
        return None

    def _resolve_commune(self, code):
        padded_from = ""
        if LOST_ZERO_COMMUNE.match(code):
            padded_from, code = code, f"0{code}"
        if code in self.communes:
            return Territory(Level.COMMUNE, code, code, padded_from=padded_from)
        former = self.former.get(code)
        if former:
            commune_id, name, kind = former
            return Territory(Level.COMMUNE, commune_id, commune_id, former=(code, name, kind), padded_from=padded_from)
        return "aucune commune, ancienne commune ou arrondissement municipal ne porte ce code (géographie 2026)"

    def _resolve_epci(self, code):
        if code in self.epcis:
            return Territory(Level.EPCI, code)
        return "aucun EPCI à fiscalité propre n'a ce SIREN au 1er janvier 2026"

    def _resolve_departement(self, code):
        padded_from = ""
        if LOST_ZERO_DEPARTEMENT.match(code):
            padded_from, code = code, f"0{code}"
        if code in self.departements:
            return Territory(Level.DEPARTEMENT, code, padded_from=padded_from)
        return "aucun département ne porte ce code"

    def _resolve_region(self, code):
        if len(code) == 1 and code.isdigit():
            code = f"0{code}"
        if code in self.regions:
            return Territory(Level.REGION, code)
        return "aucune région ne porte ce code (codes INSEE de 2016 : 52 pour les Pays de la Loire)"

    def _resolve_france(self, code):
        return Territory(Level.FRANCE, FRANCE_CODE)

    def name(self, level, code) -> str:
        if level == Level.COMMUNE:
            return self.communes.get(code, code)
        return code
