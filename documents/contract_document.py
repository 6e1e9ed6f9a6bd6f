"""The contract for signature, and each avenant's own document, as PDF.

    document = build(contract)                       # as amended by every avenant
    document = build(contract, as_amended=False)     # as first signed
    document = build(contract, avenant=avenant)      # the avenant for signature
    document.title, document.filename, document.data(), document.render_pdf(footer="Version 3 — …")

`build()` reads the database once (`documents.snapshot`, a bounded number of queries) and resolves the article
texts of the contract's département (`documents.articles`); the document is then rendered from `data()` alone, so
that a rendering kept with its data can be checked or made again. The layout follows the contracts signed in the
field (docs/documents.md): cover, table of contents, visas, parties, preamble, numbered articles, signature page,
annexes (the fiches-action, one per page, and the PRS objectives they serve).
"""

import json

from django.utils import translation
from django.utils.text import slugify

from cls_portal.pdf import ARCHIVAL, render_pdf
from documents.articles import render_articles, resolve
from documents.placeholders import long_iso_date as iso_long
from documents.snapshot import contract_snapshot, snapshot_digest

TEMPLATE = "documents/contract/document.html"
AVENANT_TEMPLATE = "documents/contract/avenant.html"
DATA_ATTACHMENT = "donnees-du-document.json"


class TemplateErrors(Exception):
    """Article texts with problems: the PDF is not rendered until they are fixed (the preview lists them)."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__(" ".join(problems))


class ContractDocument:
    def __init__(self, data: dict, *, template_name: str = TEMPLATE):
        self._data = data
        self.template_name = template_name

    @property
    def title(self) -> str:
        return self._data["title"]

    @property
    def filename(self) -> str:
        name = slugify(self.title).replace("contrat-local-de-sante", "cls")[:120].strip("-")
        return f"{name}.pdf"

    def data(self) -> dict:
        """Every datum the document is made from, as JSON-serialisable data (a copy: the document keeps its own)."""
        return json.loads(json.dumps(self._data))

    def fingerprint(self) -> str:
        """SHA-256 of `data()` (`snapshot.snapshot_digest`): what a version's footer prints."""
        return snapshot_digest(self._data)

    @property
    def problems(self) -> list[str]:
        """The article texts' problems (unknown placeholder, syntax): French sentences naming the article."""
        return [
            f"{article['heading']} — {problem}"
            for article in self._data["articles"]
            for problem in article["problems"]
        ]

    def context(self, *, footer: str = "") -> dict:
        return {"doc": self._data, "footer": footer, "title": self.title}

    def render_pdf(self, *, footer: str = "") -> bytes:
        """The PDF: tagged, PDF/A-3a, fonts embedded, `footer` beside « page X sur Y » on every page.

        Raises `TemplateErrors` when an article text has problems."""
        if self.problems:
            raise TemplateErrors(self.problems)
        data = json.dumps(self._data, sort_keys=True, ensure_ascii=False, indent=1).encode()
        with translation.override("fr"):
            return render_pdf(
                self.template_name,
                self.context(footer=footer),
                variant=ARCHIVAL,
                lang="fr",
                title=self.title,
                authors=tuple(party["organisation"] for party in self._data["signatories"]),
                attachments=((DATA_ATTACHMENT, data, "Données à partir desquelles le document a été produit"),),
            )


def _title(contract_data) -> str:
    name = contract_data["name"]
    period = "-".join(part[:4] for part in (contract_data["start_date"], contract_data["end_date"]) if part)
    if period and len(period) == 9 and period not in name:
        return f"{name} {period}"
    return name


def build(contract, *, avenant=None, as_amended=True, templates=None) -> ContractDocument:
    """The document of `contract` (as amended, or as signed), or of its `avenant` for signature.

    `templates` replaces the département's stored article templates (the editing screen's preview)."""
    with translation.override("fr"):
        data = contract_snapshot(contract, as_amended=as_amended if avenant is None else True, until_avenant=avenant)
        articles = resolve(contract.departement, templates=templates)
        data["articles"] = render_articles(articles, data)
        contract_title = _title(data["contract"])
        if avenant is None:
            data["kind"] = "contract"
            data["title"] = contract_title
            return ContractDocument(data)
        data["kind"] = "avenant"
        data["contract_title"] = contract_title
        data["title"] = f"Avenant n° {avenant.number} — {contract_title}"
        data["avenant"] = _avenant_changes(avenant, data)
        return ContractDocument(data, template_name=AVENANT_TEMPLATE)


def _avenant_changes(avenant, data) -> dict:
    """What the avenant changes, and the articles of the contract each change amends."""
    number = avenant.number
    articles = {article["key"]: article for article in data["articles"]}

    def article(key):
        found = articles.get(key)
        return found["heading"] if found else ""

    added_axes = [axe for axe in data["axes"] if axe["avenant"] == number]
    titles = {fiche["number"]: fiche["title"] for fiche in data["fiches"]}
    added_axe_numbers = {axe["number"] for axe in added_axes}
    added_fiches = [fiche for fiche in data["fiches"] if fiche["avenant"] == number]
    changes = {
        "number": number,
        "signed_on": avenant.signed_on.isoformat(),
        "object": avenant.object,
        "new_end_date": avenant.new_end_date.isoformat() if avenant.new_end_date else "",
        "previous_end_date": avenant.previous_end_date.isoformat() if avenant.previous_end_date else "",
        "added_axes": added_axes,
        # Fiches of an axe the avenant also adds are listed with their axe.
        "added_fiches_in_existing_axes": [f["number"] for f in added_fiches if f["axe"] not in added_axe_numbers],
        "added_fiches": [fiche["number"] for fiche in added_fiches],
        "added_signatories": [party for party in data["signatories"] if party["avenant"] == number],
        "added_partners": [party for party in data["partners"] if party["avenant"] == number],
        "articles": {
            "duree": article("duree"),
            "axes": article("axes"),
            "parties": article("parties"),
            "engagements": article("engagements"),
        },
    }
    changes["articles_list"] = _avenant_articles(changes, data, titles)
    return changes


def _quoted(heading):
    return f"l'article « {heading} » du contrat" if heading else "le contrat"


def _avenant_articles(changes, data, titles) -> list[dict]:
    """The avenant's articles: its object, one per change (naming the contract's article it amends), the rest."""
    articles = [{"heading": "Objet de l'avenant", "paragraphs": [changes["object"]], "items": []}]
    headings = changes["articles"]
    if changes["new_end_date"]:
        previous = iso_long(changes["previous_end_date"])
        articles.append(
            {
                "heading": "Durée du contrat",
                "paragraphs": [
                    f"La durée du contrat fixée par {_quoted(headings['duree'])} est prolongée : le contrat prend fin "
                    f"le {iso_long(changes['new_end_date'])}" + (f", au lieu du {previous}." if previous else ".")
                ],
                "items": [],
            }
        )
    if changes["added_axes"] or changes["added_fiches_in_existing_axes"]:
        items = []
        for axe in changes["added_axes"]:
            items.append(f"Axe {axe['number']} — {axe['title']}")
            items.extend(f"    Fiche {n} : {titles[n]}" for n in axe["fiches"] if n in changes["added_fiches"])
        items.extend(f"Fiche {n} : {titles[n]}" for n in changes["added_fiches_in_existing_axes"])
        articles.append(
            {
                "heading": "Orientations stratégiques et actions",
                "paragraphs": [
                    f"{_quoted(headings['axes'])[:1].upper()}{_quoted(headings['axes'])[1:]} est complété ainsi ; "
                    "les fiches-action ajoutées figurent en annexe du présent avenant :"
                ],
                "items": items,
            }
        )
    if changes["added_signatories"] or changes["added_partners"]:
        items = [
            f"{party['organisation']}, signataire"
            + (f", représenté par {party['civility']} {party['representative']}" if party["representative"] else "")
            + (f", {party['title']}" if party["title"] else "")
            for party in changes["added_signatories"]
        ] + [f"{party['organisation']}, partenaire non signataire" for party in changes["added_partners"]]
        articles.append(
            {
                "heading": "Parties prenantes",
                "paragraphs": [
                    f"{_quoted(headings['parties'])[:1].upper()}{_quoted(headings['parties'])[1:]} est complété : "
                    "rejoignent le contrat"
                ],
                "items": items,
            }
        )
    articles.append(
        {
            "heading": "Autres dispositions",
            "paragraphs": [
                "Les autres dispositions du contrat et de ses avenants précédents demeurent inchangées.",
                "Le présent avenant prend effet à la date de sa signature par l'ensemble des signataires.",
            ],
            "items": [],
        }
    )
    for number, article in enumerate(articles, 1):
        article["heading"] = f"Article {number} — {article['heading']}"
    return articles
