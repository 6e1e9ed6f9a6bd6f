"""The activity log of the administrator's scope."""

from django.shortcuts import render

from administration import activity, perms
from administration.forms import ActivityFilterForm
from administration.views.common import administration_required, crumbs, query_without
from cls_portal.tables import FORMATS, table_response


def _page_number(request):
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return 1


@administration_required
def activity_log(request):
    user = request.user
    form = ActivityFilterForm(request.GET or None)
    filters = form.filters(people=perms.visible_people(user), contracts=perms.scope_contracts(user))
    fmt = request.GET.get("format")
    if fmt in FORMATS:
        headers, rows = activity.export_rows(user, filters)
        return table_response(filename="journal-d-activite", headers=headers, rows=rows, fmt=fmt)
    number = _page_number(request)
    lines, has_next = activity.page_lines(user, filters, page=number)
    return render(
        request,
        "administration/activity.html",
        {
            "form": form,
            "lines": lines,
            "page_number": number,
            "has_next": has_next,
            "query_string": query_without(request, "page", "format"),
            "export_limit": activity.EXPORT_LIMIT,
            "section": "activity",
            "current_crumb": "Journal d'activité",
            "crumbs": crumbs(),
        },
        status=400 if form.errors else 200,
    )
