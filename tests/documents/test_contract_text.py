"""The Mauges contract's PDF says what a signed CLS says: parties, visas, every article, the axes, every fiche, the
signature blocks (read back with pdftotext)."""

import re

from documents.defaults import ARTICLES
from tests.documents.conftest import pdf_text


def _flat(text):
    return re.sub(r"\s+", " ", text)


def test_the_contract_names_its_parties_and_their_representatives(mauges_pdf, tmp_path):
    _document, pdf = mauges_pdf
    text = _flat(pdf_text(pdf, tmp_path))
    assert "Entre d'une part, ARS Pays de la Loire, 17 boulevard Gaston Doumergue" in text
    assert "Et d'autre part, Mauges Communauté, représenté par Monsieur Didier Huchon, Président de Mauges" in text
    assert "CPAM de Maine-et-Loire" in text  # a partner that does not sign


def test_the_visas_cite_the_law_the_prs_and_the_avenant(mauges_pdf, tmp_path):
    text = _flat(pdf_text(mauges_pdf[1], tmp_path))
    assert "Vu le code de la santé publique, notamment ses articles L1434-1 et L1434-2" in text
    assert "L1434-10, IV, relatif aux contrats locaux de santé" in text
    assert "Vu la loi n° 2009-879 du 21 juillet 2009" in text
    assert "Vu la loi n° 2016-41 du 26 janvier 2016" in text
    assert "du 26 octobre 2023 portant adoption du projet régional de santé 2023-2028" in text
    assert "Vu l'avenant n° 1 signé le 14 février 2020" in text


def test_every_article_is_numbered_in_order(mauges_pdf, tmp_path):
    text = _flat(pdf_text(mauges_pdf[1], tmp_path))
    positions = []
    for number, article in enumerate(ARTICLES, 1):
        heading = f"Article {number} — {article.heading}"
        assert heading in text
        positions.append(text.index(heading, text.index("Préambule", text.index("Parties au contrat") + 30)))
    assert positions == sorted(positions)


def test_the_preamble_and_perimeter_give_the_territory_and_its_population(mauges_pdf, tmp_path):
    text = _flat(pdf_text(mauges_pdf[1], tmp_path))
    for commune in ("Beaupréau-en-Mauges", "Chemillé-en-Anjou", "Mauges-sur-Loire", "Montrevault-sur-Èvre",
                    "Orée d'Anjou", "Sèvremoine"):  # fmt: skip
        assert commune in text
    document, _pdf = mauges_pdf
    population = document.data()["perimeter"]["population"]
    assert population > 100_000
    assert re.search(rf"{population // 1000}\s{population % 1000:03d} habitants", text)


def test_the_five_axes_and_every_fiche_are_there(mauges_pdf, tmp_path):
    document, pdf = mauges_pdf
    text = _flat(pdf_text(pdf, tmp_path))
    for title in (
        "Axe 1 — Prévention, promotion de la santé et environnement",
        "Axe 2 — Accès aux soins, offre de santé et projet de santé du territoire",
        "Axe 3 — Parcours",
        "Axe 4 — Suivi et évaluation du CLS",
        "Axe 5 — Prévention et prise en charge en santé mentale",
    ):
        assert title in text
    fiches = document.data()["fiches"]
    assert len(fiches) == 29
    for fiche in fiches:
        assert f"Fiche {fiche['number']} — {fiche['title'][:40]}" in text


def test_a_fiche_annex_lists_its_fields_and_budget(mauges_pdf, tmp_path):
    text = _flat(pdf_text(mauges_pdf[1], tmp_path))
    annex = text[text.index("Annexe 1 — Fiches-action", text.index("Signatures") + 10) :]
    for label in ("Contexte (constat issu du diagnostic)", "Objectif général", "Publics cibles", "Porteur",
                  "Partenaires", "Objectifs du PRS", "Budget prévisionnel", "Total prévu", "Indicateurs"):  # fmt: skip
        assert label in annex
    assert "Annexe 2 — Objectifs du projet régional de santé servis par chaque fiche" in text


def test_the_signature_page_has_one_block_per_signatory(mauges_pdf, tmp_path):
    text = _flat(pdf_text(mauges_pdf[1], tmp_path))
    signatures = text[text.rindex("Signatures", 0, text.index("Annexe 1 — Fiches-action 29")) :]
    assert "le 4 novembre 2016, en 2 exemplaires originaux" in signatures
    assert signatures.index("ARS Pays de la Loire") < signatures.index("Mauges Communauté")
    assert "Monsieur Didier Huchon" in signatures
    assert "page 1 sur" not in text  # the cover has no page number
    assert re.search(r"page \d+ sur \d+", text)
