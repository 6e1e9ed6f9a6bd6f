"""The plan d'action as an Excel workbook: download, and upload with a preview before anything is written."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from actions import access
from actions.excel.exporters import XLSX_CONTENT_TYPE, export_filename, export_plan
from actions.excel.importers import StaleImportError
from actions.excel.uploads import PlanImporter, PreviewChangedError, confirm_upload, name_default_axe, preview_upload
from actions.forms import DefaultAxeForm, PlanImportForm
from actions.models import PlanImport
from actions.views.plan import plan_crumbs, plan_link
from cls_portal.imports.reading import WorkbookError
from contracts import perms

RECENT_IMPORTS = 10


def export(request, slug):
    contract = access.get_contract(request.user, slug)
    response = HttpResponse(export_plan(contract), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(contract)}"'
    return response


def _import_page(request, contract, form, status=200):
    imports = (
        PlanImport.objects.filter(contract=contract, applied_at__isnull=False)
        .select_related("uploaded_by")
        .defer("content")
        .order_by("-applied_at")[:RECENT_IMPORTS]
    )
    return render(
        request,
        "actions/excel_import.html",
        {"contract": contract, "crumbs": _crumbs(contract), "form": form, "imports": imports},
        status=status,
    )


def _preview_page(request, contract, preview, upload, *, status=200, changed=False, axe_form=None):
    if axe_form is None and upload is not None and preview.without_axe:
        axe_form = DefaultAxeForm(initial={"default_axe": preview.default_axe})
    return render(
        request,
        "actions/excel_preview.html",
        {
            "contract": contract,
            "crumbs": [
                *_crumbs(contract),
                {"url": reverse("actions:import", args=[contract.slug]), "title": "Import"},
            ],
            "preview": preview,
            "upload": upload,
            "changed": changed,
            "form": PlanImportForm(),
            "axe_form": axe_form,
        },
        status=status,
    )


def _crumbs(contract):
    return plan_crumbs(contract) + [plan_link(contract)]


def import_plan(request, slug):
    contract = access.get_contract(request.user, slug)
    access.require(perms.can_edit_contract(request.user, contract))
    if request.method != "POST":
        return _import_page(request, contract, PlanImportForm())
    form = PlanImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _import_page(request, contract, form, status=400)
    upload_file = form.cleaned_data["file"]
    try:
        upload, preview = preview_upload(
            contract, user=request.user, filename=upload_file.name, content=upload_file.read()
        )
    except WorkbookError as error:
        form.add_error("file", str(error))
        return _import_page(request, contract, form, status=400)
    return _preview_page(request, contract, preview, upload, status=200 if preview.ok else 400)


def _pending_upload(request, slug, pk):
    """The contract and the user's upload not confirmed yet, for an editor of the contract."""
    contract = access.get_contract(request.user, slug)
    access.require(perms.can_edit_contract(request.user, contract))
    upload = get_object_or_404(PlanImport, pk=pk, contract=contract, uploaded_by=request.user, applied_at__isnull=True)
    return contract, upload


@require_POST
def import_default_axe(request, slug, pk):
    """The preview again, with the axe the user named for the actions of a TeT file that have none."""
    contract, upload = _pending_upload(request, slug, pk)
    form = DefaultAxeForm(request.POST)
    try:
        if not form.is_valid():
            preview = PlanImporter(contract, default_axe=upload.default_axe).prepare(bytes(upload.content))
            return _preview_page(request, contract, preview, upload, status=400, axe_form=form)
        preview = name_default_axe(upload, form.cleaned_data["default_axe"])
    except WorkbookError as error:
        messages.error(request, str(error))
        return redirect("actions:import", slug=contract.slug)
    return _preview_page(request, contract, preview, upload, status=200 if preview.ok else 400)


@require_POST
def import_confirm(request, slug, pk):
    contract, upload = _pending_upload(request, slug, pk)
    try:
        result = confirm_upload(upload, user=request.user)
    except PreviewChangedError as error:
        return _preview_page(
            request, contract, error.preview, upload if error.preview.ok else None, status=409, changed=True
        )
    except (StaleImportError, WorkbookError) as error:
        messages.error(request, str(error))
        return redirect("actions:import", slug=contract.slug)
    messages.success(request, f"Import de « {upload.filename} » enregistré : {result.summary()}")
    return redirect("actions:plan", slug=contract.slug)
