from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cls_portal.legal import legal_information
from cls_portal.perms import Refusal


@login_not_required
@require_GET
@never_cache
def healthz(request):
    """For load balancers and monitoring: the process answers and the database accepts a query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any database failure is reported the same way
        return JsonResponse({"status": "error", "database": f"injoignable : {exc.__class__.__name__}"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@login_not_required
def permission_denied(request, exception=None):
    # Only a `Refusal` says why: other PermissionDenied messages are not written for the page.
    reason = str(exception) if isinstance(exception, Refusal) else ""
    return render(request, "errors/403.html", {"reason": reason}, status=403)


@login_not_required
def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


@login_not_required
def server_error(request):
    """Without the request, hence without the context processors: they read the user and its memberships, and the
    database may be what failed. The page then shows no user and no navigation."""
    context = {
        "SERVICE_NAME": settings.SERVICE_NAME,
        "SERVICE_TAGLINE": settings.SERVICE_TAGLINE,
        "skiplinks": [{"link": "#content", "label": "Contenu"}, {"link": "#footer", "label": "Pied de page"}],
    }
    return HttpResponseServerError(render_to_string("errors/500.html", context))


# Pages every State service has: each deployment names its operator in the environment (README, "Configuration").


def _legal_page(template_name):
    @login_not_required
    def view(request):
        return render(request, template_name, {"legal": legal_information()})

    return view


legal_notice = _legal_page("legal/legal_notice.html")
personal_data = _legal_page("legal/personal_data.html")
accessibility = _legal_page("legal/accessibility.html")
sitemap = _legal_page("legal/sitemap.html")
