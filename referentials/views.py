from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render

from referentials.enums import PrsLevel
from referentials.models import Commune, Epci, Prs, PrsElement

POPULATION_VINTAGE = "population municipale 2023 (INSEE, en vigueur au 1er janvier 2026)"
GEOGRAPHY_VINTAGE = "Code officiel géographique 2026"
SEARCH_PAGE_SIZE = 25


def prs_latest(request):
    prs = Prs.objects.order_by("-start_year").first()
    if prs is None:
        return render(request, "referentials/prs_empty.html", status=404)
    return redirect("referentials:prs_tree", code=prs.code)


def prs_tree(request, code):
    prs = get_object_or_404(Prs.objects.select_related("region"), code=code)
    objectifs = PrsElement.objects.filter(level=PrsLevel.OBJECTIF).prefetch_related(
        Prefetch("children", queryset=PrsElement.objects.order_by("position"), to_attr="sous_objectifs")
    )
    orientations = (
        prs.elements.filter(level=PrsLevel.ORIENTATION)
        .prefetch_related(Prefetch("children", queryset=objectifs.order_by("position"), to_attr="objectifs"))
        .order_by("position")
    )
    counts = dict(prs.elements.order_by().values_list("level").annotate(n=Count("pk")))
    return render(
        request,
        "referentials/prs_tree.html",
        {"prs": prs, "orientations": orientations, "counts": counts, "all_prs": Prs.objects.exclude(pk=prs.pk)},
    )


def prs_element(request, code, element_code):
    element = get_object_or_404(
        PrsElement.objects.select_related("prs", "parent", "parent__parent"), prs__code=code, code=element_code
    )
    ancestors = [a for a in (element.parent and element.parent.parent, element.parent) if a]
    return render(
        request,
        "referentials/prs_element.html",
        {
            "element": element,
            "prs": element.prs,
            "ancestors": ancestors,
            "children": element.children.order_by("position"),
        },
    )


def territory_search(request):
    query = request.GET.get("q", "").strip()
    communes = epcis = None
    if query:
        code_query = query.replace(" ", "")
        if code_query.isdigit() or code_query.upper().startswith(("2A", "2B")):
            communes = Commune.objects.filter(code__startswith=code_query.upper())
            epcis = Epci.objects.filter(siren__startswith=code_query)
        else:
            communes = Commune.objects.search(query)
            epcis = Epci.objects.search(query)
        communes = Paginator(
            communes.select_related("departement", "epci").order_by("name", "code"), SEARCH_PAGE_SIZE
        ).get_page(request.GET.get("page"))
        epcis = epcis.order_by("name")[:SEARCH_PAGE_SIZE]
    return render(
        request,
        "referentials/territory_search.html",
        {"query": query, "communes": communes, "epcis": epcis, "population_vintage": POPULATION_VINTAGE},
    )


def commune_detail(request, code):
    commune = get_object_or_404(Commune.objects.select_related("departement__region", "epci"), code=code)
    return render(
        request, "referentials/commune_detail.html", {"commune": commune, "population_vintage": POPULATION_VINTAGE}
    )


def epci_detail(request, siren):
    epci = get_object_or_404(Epci, siren=siren)
    communes = epci.communes.select_related("departement").order_by("name")
    departements = sorted({c.departement for c in communes}, key=lambda d: d.code)
    return render(
        request,
        "referentials/epci_detail.html",
        {"epci": epci, "communes": communes, "departements": departements, "population_vintage": POPULATION_VINTAGE},
    )


@login_not_required
def sources(request):
    counts = {
        "communes": Commune.objects.count(),
        "epcis": Epci.objects.count(),
        "prs": Prs.objects.annotate(n=Count("elements", filter=~Q(elements__level=PrsLevel.ORIENTATION))),
    }
    return render(
        request,
        "referentials/sources.html",
        {"counts": counts, "population_vintage": POPULATION_VINTAGE, "geography_vintage": GEOGRAPHY_VINTAGE},
    )
