"""Which article texts a contract uses, and the articles they become with the contract's data.

`resolve(departement)`: the national texts (`documents.defaults`), replaced, completed or removed by the région's
article templates, then by the département's, ordered by position. `render_articles(resolved, data)`: each
article numbered (« Titre 1 », « Article 3 »), its placeholders replaced (`documents.placeholders`), or its
problems when its text has some.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from documents.defaults import DEFAULTS, DEFAULTS_BY_KEY
from documents.enums import NUMBERED_KINDS, ArticleKind, TemplateOrigin
from documents.models import ArticleTemplate
from documents.placeholders import check, inline_values, render_parts


@dataclass
class ResolvedArticle:
    key: str
    kind: str
    heading: str
    body: str
    position: int
    origin: str = TemplateOrigin.NATIONAL
    template_id: int | None = None
    overrides: str = ""  # the origin of the text it replaces, "" when it adds an article
    problems: list = field(default_factory=list)

    @property
    def kind_label(self):
        return ArticleKind(self.kind).label


def resolve(departement, *, templates=None) -> list[ResolvedArticle]:
    """The articles of the contracts of `departement`; `templates` (for a preview) replaces the stored ones."""
    if templates is None:
        templates = ArticleTemplate.objects.filter(region_id=departement.region_id) | ArticleTemplate.objects.filter(
            departement=departement
        )
    articles = {article.key: ResolvedArticle(**vars(article)) for article in DEFAULTS}
    removed = set()
    # Région first, then département: the narrower scope is applied last and wins.
    for template in sorted(templates, key=lambda t: t.departement_id is not None):
        inherited = articles.get(template.key)
        if not template.active:
            articles.pop(template.key, None)
            removed.add(template.key)
            continue
        removed.discard(template.key)
        articles[template.key] = ResolvedArticle(
            key=template.key,
            kind=template.kind,
            heading=template.heading,
            body=template.body,
            position=template.position,
            origin=template.origin,
            template_id=template.pk,
            overrides=inherited.origin if inherited else "",
        )
    return sorted(articles.values(), key=lambda article: (article.position, article.key))


def inherited(scope, key):
    """The article `key` a région's or département's text would replace: the national text, or the région's."""
    if hasattr(scope, "region_id"):  # a département inherits from its région
        templates = [t for t in ArticleTemplate.objects.filter(region_id=scope.region_id, key=key, active=True)]
    else:
        templates = []
    for template in templates:
        return ResolvedArticle(
            key=key, kind=template.kind, heading=template.heading, body=template.body, position=template.position,
            origin=template.origin, template_id=template.pk,
        )  # fmt: skip
    default = DEFAULTS_BY_KEY.get(key)
    return ResolvedArticle(**vars(default)) if default else None


def save_template(template, *, by):
    """Check the text (placeholders included: French messages on `body`) and save the article template."""
    template.full_clean()
    keys = {article.key for article in DEFAULTS} | {template.key}
    keys |= set(ArticleTemplate.objects.values_list("key", flat=True))
    problems = check(template.body, article_keys=keys)
    if problems:
        raise ValidationError({"body": [str(problem) for problem in problems]})
    template.updated_by = by
    with transaction.atomic():
        template.save()
    return template


def numbers(articles) -> dict:
    """{key: number} of the numbered articles and titles, each kind counted on its own."""
    counters, result = {}, {}
    for article in articles:
        if article.kind in NUMBERED_KINDS:
            counters[article.kind] = counters.get(article.kind, 0) + 1
            result[article.key] = counters[article.kind]
    return result


def numbered_heading(article, number) -> str:
    if article.kind == ArticleKind.ARTICLE:
        return f"Article {number} — {article.heading}"
    if article.kind == ArticleKind.TITLE:
        return f"Titre {number} — {article.heading}"
    return article.heading


def render_articles(articles, data) -> list[dict]:
    """The articles as the document's data: key, kind, numbered heading, parts; `problems` when the text has some."""
    article_numbers = numbers(articles)
    values = inline_values(data, article_numbers)
    keys = [article.key for article in articles]
    rendered = []
    for article in articles:
        problems = check(article.body, article_keys=keys)
        number = article_numbers.get(article.key)
        rendered.append(
            {
                "key": article.key,
                "kind": article.kind,
                "number": number,
                "heading": numbered_heading(article, number),
                "origin": article.origin,
                "parts": [] if problems else render_parts(article.body, values),
                "problems": [str(problem) for problem in problems],
            }
        )
    return rendered
