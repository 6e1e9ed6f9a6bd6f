from django.shortcuts import render

from administration import perms, registry
from administration.views.common import administration_required
from referentials.models import Departement


@administration_required
def index(request):
    user = request.user
    departements = (
        None if user.is_superuser else Departement.objects.filter(pk__in=perms.departement_ids(user)).order_by("code")
    )
    return render(
        request,
        "administration/index.html",
        {
            "departements": departements,
            "organisation_count": perms.visible_organisations(user).count(),
            "people_count": perms.visible_people(user).count(),
            "entries": registry.ENTRIES,
            "section": "index",
            "crumbs": [],
        },
    )
