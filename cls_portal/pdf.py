"""PDF documents (fiches, plans, reports): a Django template rendered by WeasyPrint.

    pdf = render_pdf("documents/plan.html", {"contract": contract})
    return HttpResponse(pdf, content_type="application/pdf")

A document loads only the portal's static files (stylesheets, logos) and `data:` URIs: never the network nor other
files of the server, whatever text users put in it. WeasyPrint needs Pango (`make system-deps`).
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher

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


def render_pdf(template_name: str, context: dict, *, base_url: str | None = None) -> bytes:
    """The PDF of a template rendered with `context`; `base_url` resolves its relative URLs (`BASE_URL` by default)."""
    html = render_to_string(template_name, context)
    return HTML(string=html, base_url=base_url or BASE_URL, url_fetcher=LocalFetcher()).write_pdf()
