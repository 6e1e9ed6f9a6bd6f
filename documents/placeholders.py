"""The placeholders an article template may use, and how a template's text becomes the article's parts.

An article's text is plain text: paragraphs separated by a blank line, « - » bullet lines. The contract's data come in
through placeholders between double braces, from the fixed lists below, and nothing else: no attribute access, no
tags, no filters, so that a text typed by an animator can neither reach other data nor run anything. Inserted
values are plain text too; the document escapes the whole text when it turns it into HTML (`richtext`).

- An *inline* placeholder (`{{ contrat }}`) is replaced by a short text, anywhere in a line.
- A *block* placeholder (`{{ tableau_communes }}`) is a table or a list the document lays out itself: it stands
  alone on its line.

An unknown placeholder, a block inside a sentence, an unclosed `{{` or a Django tag is a `TemplateProblem`: a French
message giving the line, shown in the preview and refused by the editing form, never an error page.
"""

import datetime
import re
from dataclasses import dataclass

from cls_portal.templatetags.portail import long_date

# name -> what it is replaced by (the documentation of the editing screen and of docs/documents.md).
INLINE_PLACEHOLDERS = {
    "contrat": "le nom du contrat",
    "territoire": "le territoire du contrat (la collectivité porteuse, sinon les EPCI du périmètre)",
    "porteur": "la collectivité porteuse",
    "ars": "l'agence régionale de santé signataire",
    "region": "la région",
    "departement": "le département",
    "periode": "la période du contrat, « 2023-2028 »",
    "date_debut": "la date de début, « 1er janvier 2023 »",
    "date_fin": "la date de fin",
    "duree": "la durée du contrat, « cinq ans »",
    "date_signature": "la date de signature (ou des pointillés à compléter)",
    "lieu_signature": "le lieu de signature (ou des pointillés à compléter)",
    "population": "la population municipale du périmètre, « 120 694 »",
    "nombre_communes": "le nombre de communes du périmètre",
    "communes": "les communes du périmètre, séparées par des virgules",
    "prs": "l'intitulé du projet régional de santé",
    "prs_periode": "la période du projet régional de santé",
    "prs_date_adoption": "la date de l'arrêté adoptant le projet régional de santé",
    "nombre_axes": "le nombre d'axes stratégiques",
    "nombre_fiches": "le nombre de fiches-action",
    "signataires": "les signataires, séparés par des virgules",
    "nombre_exemplaires": "le nombre d'exemplaires originaux (un par signataire)",
    "avenants": "les avenants pris en compte, « l'avenant n° 1 du 14 février 2020 »",
}
# Cross-references: « article_<identifiant> » is the number of another article of the document.
ARTICLE_REFERENCE_PREFIX = "article_"

BLOCK_PLACEHOLDERS = {
    "liste_signataires": "les signataires, leur adresse et leur représentant·e",
    "liste_partenaires": "les partenaires non signataires",
    "liste_deliberations": "un visa par délibération autorisant un·e signataire à signer",
    "liste_avenants": "un visa par avenant pris en compte",
    "tableau_communes": "le tableau des communes du périmètre et de leur population",
    "synthese_diagnostic": "la synthèse du diagnostic territorial et ses enjeux",
    "liste_axes": "les axes stratégiques et les fiches-action de chacun",
    "engagements_signataires": "par signataire : fiches portées, fiches en partenariat, financement prévu",
    "tableau_budget": "le budget prévisionnel par financeur et par année",
    "composition_instances": "les instances de gouvernance et leurs membres",
    "tableau_indicateurs": "les indicateurs de suivi de chaque fiche-action",
}

PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
DOTS = "……………………"

NUMBER_WORDS = {1: "un an", 2: "deux ans", 3: "trois ans", 4: "quatre ans", 5: "cinq ans", 6: "six ans"}


@dataclass(frozen=True)
class TemplateProblem:
    line: int
    message: str

    def __str__(self):
        return f"Ligne {self.line} : {self.message}"


def long_iso_date(iso: str) -> str:
    return long_date(datetime.date.fromisoformat(iso)) if iso else ""


def french_number(value) -> str:
    """« 120 694 » with a no-break space (the narrow one Django uses is missing from the document's font)."""
    return f"{value:,}".replace(",", "\u00a0")


def french_list(items) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def duration(start_iso: str, end_iso: str) -> str:
    if not (start_iso and end_iso):
        return ""
    start, end = datetime.date.fromisoformat(start_iso), datetime.date.fromisoformat(end_iso)
    months = (end.year - start.year) * 12 + end.month - start.month + (1 if end.day >= start.day - 1 else 0)
    if months % 12 == 0:
        years = months // 12
        return NUMBER_WORDS.get(years, f"{years} ans")
    return f"{months} mois"


def inline_values(data: dict, article_numbers: dict) -> dict:
    """The text of every inline placeholder for the document's data (`snapshot.contract_snapshot`)."""
    contract = data["contract"]
    perimeter = data["perimeter"]
    prs = data["prs"] or {}
    signatories = data["signatories"]
    ars = next((party["organisation"] for party in signatories if party["kind"] == "ars"), "")
    territory = contract["porteur"] or french_list(perimeter["epcis"]) or contract["departement"]
    values = {
        "contrat": contract["name"],
        "territoire": territory,
        "porteur": contract["porteur"],
        "ars": ars or f"l'Agence régionale de santé {contract['region']}",
        "region": contract["region"],
        "departement": contract["departement"],
        "periode": "-".join(part[:4] for part in (contract["start_date"], contract["end_date"]) if part),
        "date_debut": long_iso_date(contract["start_date"]) or DOTS,
        "date_fin": long_iso_date(contract["end_date"]) or DOTS,
        "duree": duration(contract["start_date"], contract["end_date"]) or DOTS,
        "date_signature": long_iso_date(contract["signature_date"]) or DOTS,
        "lieu_signature": contract["signature_place"] or DOTS,
        "population": french_number(perimeter["population"]),
        "nombre_communes": str(len(perimeter["communes"])),
        "communes": french_list([commune["name"] for commune in perimeter["communes"]]),
        "prs": prs.get("title", ""),
        "prs_periode": prs.get("period", ""),
        "prs_date_adoption": long_iso_date(prs.get("adopted_on", "")) or DOTS,
        "nombre_axes": str(len(data["axes"])),
        "nombre_fiches": str(len(data["fiches"])),
        "signataires": french_list([party["organisation"] for party in signatories]),
        "nombre_exemplaires": str(max(len(signatories), 1)),
        "avenants": french_list(
            [
                f"l'avenant n° {avenant['number']} du {long_iso_date(avenant['signed_on'])}"
                for avenant in data["avenants"]
            ]
        )
        or "aucun avenant",
    }
    for key, number in article_numbers.items():
        values[f"{ARTICLE_REFERENCE_PREFIX}{key.replace('-', '_')}"] = str(number)
    return values


def check(text: str, *, article_keys=()) -> list[TemplateProblem]:
    """The problems of a template's text, whatever the contract: unknown names, misplaced blocks, syntax."""
    problems = []
    references = {f"{ARTICLE_REFERENCE_PREFIX}{key.replace('-', '_')}" for key in article_keys}
    for number, line in enumerate(text.splitlines(), 1):
        if "{%" in line or "%}" in line:
            problems.append(TemplateProblem(number, "les balises « {% … %} » ne sont pas acceptées ici."))
        rest = PLACEHOLDER.sub("", line)
        if "{{" in rest:
            problems.append(TemplateProblem(number, "« {{ » n'est pas refermé par « }} »."))
        elif "}}" in rest:
            problems.append(TemplateProblem(number, "« }} » n'est pas précédé de « {{ »."))
        for match in PLACEHOLDER.finditer(line):
            name = match.group(1).strip()
            if not NAME.match(name):
                problems.append(
                    TemplateProblem(
                        number,
                        f"« {{{{ {name} }}}} » n'est pas un nom de champ : écrivez un nom de la liste, en minuscules, "
                        "sans point ni espace.",
                    )
                )
            elif name in BLOCK_PLACEHOLDERS:
                if line.strip() != match.group(0):
                    problems.append(
                        TemplateProblem(
                            number, f"« {{{{ {name} }}}} » est un tableau ou une liste : seul sur sa ligne."
                        )
                    )
            elif name not in INLINE_PLACEHOLDERS and name not in references:
                if name.startswith(ARTICLE_REFERENCE_PREFIX):
                    message = f"« {{{{ {name} }}}} » : aucun article du document n'a l'identifiant « {name[8:]} »."
                else:
                    message = f"champ inconnu « {{{{ {name} }}}} ». Les champs disponibles sont listés sous le texte."
                problems.append(TemplateProblem(number, message))
    return problems


def render_parts(text: str, values: dict) -> list[dict]:
    """The article's parts: {"text": …} runs with the inline placeholders replaced, {"block": name} for each block.

    `text` has passed `check()`; a name missing from `values` (it cannot be) is left as typed.
    """
    parts, lines = [], []

    def flush():
        joined = "\n".join(lines).strip("\n")
        if joined.strip():
            parts.append({"text": joined})
        lines.clear()

    for line in text.splitlines():
        stripped = line.strip()
        match = PLACEHOLDER.fullmatch(stripped)
        if match and match.group(1).strip() in BLOCK_PLACEHOLDERS:
            flush()
            parts.append({"block": match.group(1).strip()})
            continue
        lines.append(PLACEHOLDER.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), line))
    flush()
    return parts
