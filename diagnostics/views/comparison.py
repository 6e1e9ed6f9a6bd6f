"""A contract's indicators beside its département, its région and France: tables, charts, exports."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse

from contracts.views.common import contract_crumbs, get_contract
from diagnostics import perms
from diagnostics.comparison import compare_contract
from diagnostics.exports import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, comparison_csv, comparison_xlsx, export_filename
from diagnostics.importing.checks import MIN_YEAR


class BadYear(Exception):
    pass


def requested_year(request):
    text = request.GET.get("annee", "").strip()
    if not text:
        return None
    if not text.isdigit() or not MIN_YEAR <= int(text) <= 2100:
        raise BadYear(
            f"L'année « {text[:10]} » n'est pas une année : écrivez-la en quatre chiffres, par exemple 2021."
        )
    return int(text)


def comparison_crumbs(contract):
    return contract_crumbs(contract)


def comparison_page(request, slug):
    contract = get_contract(request, slug, check=perms.can_view_diagnostics)
    try:
        year = requested_year(request)
    except BadYear as error:
        return render(
            request,
            "diagnostics/bad_request.html",
            {
                "message": str(error),
                "back_url": reverse("diagnostics:comparison", args=[slug]),
                "crumbs": contract_crumbs(contract),
            },
            status=400,
        )
    comparison = compare_contract(contract, year=year)
    years = sorted({y for row in comparison.rows for y, _, _ in row.trend}, reverse=True)
    return render(
        request,
        "diagnostics/comparison.html",
        {
            "contract": contract,
            "comparison": comparison,
            "year": year,
            "years": years,
            "crumbs": comparison_crumbs(contract),
            "can_import": perms.can_import_indicators(request.user),
        },
    )


def comparison_export(request, slug, extension):
    contract = get_contract(request, slug, check=perms.can_view_diagnostics)
    try:
        year = requested_year(request)
    except BadYear as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    comparison = compare_contract(contract, year=year)
    if extension == "csv":
        response = HttpResponse(comparison_csv(comparison), content_type=CSV_CONTENT_TYPE)
    else:
        response = HttpResponse(comparison_xlsx(comparison), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(contract, "indicateurs", extension)}"'
    return response
