from django.conf import settings
from django.urls import reverse

from contracts import perms


def layout(request):
    """Service name, skip links and main navigation shared by every page."""
    user = getattr(request, "user", None)
    nav = []
    if user is not None and user.is_authenticated:
        nav = [
            {"label": "Accueil", "url": reverse("home")},
            {"label": "Contrats", "url": reverse("contracts:list")},
            {"label": "Gouvernance", "url": reverse("governance:index")},
            {"label": "Indicateurs", "url": reverse("diagnostics:catalogue")},
            {"label": "PRS", "url": reverse("referentials:prs")},
            {"label": "Territoires", "url": reverse("referentials:territories")},
        ]
        if perms.is_ars_staff(user):
            nav.insert(2, {"label": "Vue d'ensemble", "url": reverse("ars_overview")})
            nav.append({"label": "Administration", "url": reverse("administration:index")})
        current = request.path
        for item in nav:
            item["active"] = current == item["url"] if item["url"] == "/" else current.startswith(item["url"])
    return {
        "SERVICE_NAME": settings.SERVICE_NAME,
        "SERVICE_TAGLINE": settings.SERVICE_TAGLINE,
        "main_nav": nav,
        "skiplinks": [
            {"link": "#content", "label": "Contenu"},
            {"link": "#main-navigation", "label": "Menu"},
            {"link": "#footer", "label": "Pied de page"},
        ],
        "user_role_labels": perms.role_labels(user) if user is not None and user.is_authenticated else [],
    }
