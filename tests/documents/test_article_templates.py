"""Article texts: national, then région, then département; the placeholders, their French messages, escaping."""

import pytest

from documents.articles import render_articles, resolve, save_template
from documents.contract_document import TemplateErrors, build
from documents.defaults import DEFAULTS
from documents.enums import ArticleKind
from documents.models import ArticleTemplate
from documents.placeholders import check, render_parts
from tests.contracts.factories import PartyFactory, make_ready_to_sign
from tests.factories import DepartementFactory


def test_without_templates_a_departement_uses_the_national_texts(departement):
    assert [article.key for article in resolve(departement)] == [article.key for article in DEFAULTS]
    assert {article.origin for article in resolve(departement)} == {"national"}


def test_departement_overrides_region_which_overrides_national(departement):
    ArticleTemplate.objects.create(region=departement.region, key="gouvernance", heading="Gouvernance (région)",
                                   body="Texte régional.", position=70)  # fmt: skip
    other = DepartementFactory(code="44", name="Loire-Atlantique", region=departement.region)
    ArticleTemplate.objects.create(departement=departement, key="gouvernance", heading="Gouvernance (49)",
                                   body="Texte du département.", position=70)  # fmt: skip
    here = {article.key: article for article in resolve(departement)}
    there = {article.key: article for article in resolve(other)}
    assert (here["gouvernance"].heading, here["gouvernance"].origin, here["gouvernance"].overrides) == (
        "Gouvernance (49)",
        "departement",
        "region",
    )
    assert (there["gouvernance"].heading, there["gouvernance"].origin) == ("Gouvernance (région)", "region")


def test_the_list_and_order_of_articles_is_configurable(departement):
    ArticleTemplate.objects.create(departement=departement, key="resiliation", heading="—", active=False)
    ArticleTemplate.objects.create(departement=departement, key="titre-1", kind=ArticleKind.TITLE,
                                   heading="Champ du contrat", position=8)  # fmt: skip
    ArticleTemplate.objects.create(departement=departement, key="sante-environnement", heading="Santé-environnement",
                                   body="Le territoire s'engage.", position=55)  # fmt: skip
    articles = resolve(departement)
    keys = [article.key for article in articles]
    assert "resiliation" not in keys
    assert keys.index("titre-1") < keys.index("objet")
    assert keys.index("axes") < keys.index("sante-environnement") < keys.index("engagements")


def test_articles_are_numbered_and_titles_counted_apart(contract):
    make_ready_to_sign(contract)
    ArticleTemplate.objects.create(departement=contract.departement, key="titre-1", kind=ArticleKind.TITLE,
                                   heading="Champ du contrat", position=8)  # fmt: skip
    headings = [article["heading"] for article in build(contract).data()["articles"]]
    assert headings[:4] == ["Visas", "Préambule", "Titre 1 — Champ du contrat", "Article 1 — Objet du contrat"]
    assert "Article 10 — Résiliation et litiges" in headings


def test_an_unknown_placeholder_is_a_french_message_with_its_line():
    problems = check("Premier paragraphe.\n\nLe contrat {{ contrat }} couvre {{ nombre_habitants }} habitants.")
    assert [str(problem) for problem in problems] == [
        "Ligne 3 : champ inconnu « {{ nombre_habitants }} ». Les champs disponibles sont listés sous le texte."
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Le {{ contrat", "« {{ » n'est pas refermé par « }} »."),
        ("Le contrat }} signé", "« }} » n'est pas précédé de « {{ »."),
        ("{% load static %}", "les balises « {% … %} » ne sont pas acceptées ici."),
        ("{{ contract.name }}", "n'est pas un nom de champ"),
        ("Voir {{ tableau_communes }} ci-dessus", "est un tableau ou une liste : seul sur sa ligne."),
        ("Voir l'article {{ article_financement }}", "aucun article du document n'a l'identifiant « financement »"),
    ],
)
def test_syntax_errors_are_french_messages(text, message):
    problems = check(text, article_keys=["objet"])
    assert len(problems) == 1 and message in str(problems[0])


def test_placeholders_and_blocks_become_parts():
    values = {"contrat": "CLS", "periode": "2023-2028"}
    parts = render_parts("Le {{ contrat }} ({{ periode }}).\n\n{{ tableau_communes }}\nFin.", values)
    assert parts == [{"text": "Le CLS (2023-2028)."}, {"block": "tableau_communes"}, {"text": "Fin."}]


def test_a_broken_text_is_listed_and_the_pdf_refused(contract):
    make_ready_to_sign(contract)
    ArticleTemplate.objects.create(departement=contract.departement, key="duree", heading="Durée",
                                   body="Du {{ debut }} au {{ date_fin }}.", position=40)  # fmt: skip
    document = build(contract)
    assert document.problems == [
        "Article 4 — Durée — Ligne 1 : champ inconnu « {{ debut }} ». "
        "Les champs disponibles sont listés sous le texte."
    ]
    with pytest.raises(TemplateErrors):
        document.render_pdf()


def test_saving_a_text_with_an_unknown_placeholder_is_refused(departement, ars_animator):
    from django.core.exceptions import ValidationError

    template = ArticleTemplate(departement=departement, key="objet", heading="Objet", body="{{ inconnu }}")
    with pytest.raises(ValidationError) as error:
        save_template(template, by=ars_animator)
    assert "champ inconnu « {{ inconnu }} »" in error.value.message_dict["body"][0]
    assert not ArticleTemplate.objects.exists()


def test_typed_text_and_inserted_data_are_escaped(contract, client, ars_animator):
    make_ready_to_sign(contract)
    contract.name = "CLS <b>gras</b>"
    contract.save()
    PartyFactory(contract=contract, organisation__name="<script>alert(1)</script>", role="partner")
    ArticleTemplate.objects.create(departement=contract.departement, key="objet", heading="Objet <i>",
                                   body="<img src=x onerror=alert(1)> {{ contrat }}", position=10)  # fmt: skip
    client.force_login(ars_animator)
    html = client.get(f"/documents/contrats/{contract.slug}/apercu/").content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt; CLS &lt;b&gt;gras&lt;/b&gt;" in html


def test_inline_values_give_french_dates_and_numbers(contract):
    import datetime

    make_ready_to_sign(contract)
    contract.start_date, contract.end_date = datetime.date(2023, 1, 1), datetime.date(2027, 12, 31)
    contract.save()
    data = build(contract).data()
    articles = {article["key"]: article for article in render_articles(resolve(contract.departement), data)}
    assert articles["duree"]["parts"][0]["text"].startswith(
        "Le présent contrat est conclu pour une durée de cinq ans, du 1er janvier 2023 au 31 décembre 2027."
    )
