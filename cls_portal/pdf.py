"""PDF documents (fiches, plans, reports): a Django template rendered by WeasyPrint.

    pdf = render_pdf("documents/plan.html", {"contract": contract})
    return HttpResponse(pdf, content_type="application/pdf")

A document loads only the portal's static files (stylesheets, logos) and `data:` URIs: never the network nor other
files of the server, whatever text users put in it. WeasyPrint needs Pango (`make system-deps`).
"""

import logging

# WeasyPrint logs a line per laid-out page (and its stylesheets, from its import on) at INFO: hundreds of lines per
# contract in the server's log. Set before the import.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

from pathlib import Path  # noqa: E402
from urllib.parse import unquote, urlsplit  # noqa: E402

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from weasyprint import HTML, Attachment  # noqa: E402
from weasyprint.urls import URLFetcher  # noqa: E402

# Relative URLs of a document (`{% static %}` gives "/static/...") resolve against this base, then `LocalFetcher`
# serves them from the static files.
BASE_URL = "https://portail.invalid/"


class LocalFetcher(URLFetcher):
    """Fetches `data:` URIs and the portal's static files; refuses anything else (WeasyPrint then leaves it out)."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = unquote(urlsplit(url).path)
        name = path.removeprefix(settings.STATIC_URL)
        if path.startswith(settings.STATIC_URL) and ".." not in Path(name).parts:
            found = finders.find(name) or Path(settings.STATIC_ROOT) / name
            if Path(found).is_file():
                return super().fetch(Path(found).resolve().as_uri(), headers)
        raise ValueError(f"Ressource non chargée dans un document PDF : {url}")


# Tagged (structure tree, /MarkInfo, /Lang) and identified as PDF/A-3, level A (accessible) in its XMP metadata:
# WeasyPrint applies one variant at a time, and "pdf/a-3a" is the one that gives both the tags "pdf/ua-1" gives
# and the archival identification; PDF/A-3 also allows attachments, such as the data a document was made from
# (docs/documents.md).
ARCHIVAL = "pdf/a-3a"


def render_pdf(
    template_name: str,
    context: dict,
    *,
    base_url: str | None = None,
    variant: str | None = None,
    lang: str | None = None,
    title: str | None = None,
    authors: tuple[str, ...] = (),
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    """The PDF of a template rendered with `context`; `base_url` resolves its relative URLs (`BASE_URL` by default).

    `variant` is a WeasyPrint PDF variant (`ARCHIVAL`, "pdf/ua-1"…); `lang` and `title` override the document's
    `<html lang>` and `<title>`; `attachments` are (file name, content, description) embedded as the source data.
    """
    html = render_to_string(template_name, context)
    return html_to_pdf(
        html, base_url=base_url, variant=variant, lang=lang, title=title, authors=authors, attachments=attachments
    )


def html_to_pdf(html: str, *, base_url=None, variant=None, lang=None, title=None, authors=(), attachments=()):
    """The PDF of an HTML text (`render_pdf` without the template): WeasyPrint's share of the work."""
    fetcher = LocalFetcher()
    document = HTML(string=html, base_url=base_url or BASE_URL, url_fetcher=fetcher).render(pdf_variant=variant)
    if lang:
        document.metadata.lang = lang
    if title:
        document.metadata.title = title
    if authors:
        document.metadata.authors = list(authors)
    document.metadata.attachments.extend(
        Attachment(string=content, name=name, description=description, relationship="Source", url_fetcher=fetcher)
        for name, content, description in attachments
    )
    return document.write_pdf(pdf_variant=variant)
