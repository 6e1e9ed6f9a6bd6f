"""The indicator catalogue and the import of a file of values: upload, column mapping, preview, confirmation."""

import hashlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cls_portal.imports.reading import WorkbookError
from cls_portal.imports.uploads import PreviewChangedError, StaleImportError, confirm_upload
from diagnostics import perms
from diagnostics.enums import Theme
from diagnostics.forms import ColumnMappingForm, IndicatorUploadForm
from diagnostics.importing import mapping as m
from diagnostics.importing.importer import IndicatorImporter
from diagnostics.importing.reading import MAX_UPLOAD_SIZE, read_table
from diagnostics.models import IndicatorImport, TerritorialIndicator

RECENT_IMPORTS = 15


def _catalogue_crumbs():
    return [{"url": reverse("diagnostics:catalogue"), "title": "Indicateurs"}]


def catalogue(request):
    indicators = list(
        TerritorialIndicator.objects.in_catalogue_order().annotate(
            value_count=Count("values"), first_year=Min("values__year"), last_year=Max("values__year")
        )
    )
    themes = [
        (label, [i for i in indicators if i.theme == theme])
        for theme, label in Theme.choices
        if any(i.theme == theme for i in indicators)
    ]
    user = request.user
    imports = IndicatorImport.objects.filter(applied_at__isnull=False).select_related("uploaded_by").defer("content")
    if not (user.is_superuser or perms.animator_departement_ids(user)):
        imports = imports.filter(uploaded_by=user)
    return render(
        request,
        "diagnostics/catalogue.html",
        {
            "themes": themes,
            "can_import": perms.can_import_indicators(user),
            "imports": imports.order_by("-applied_at")[:RECENT_IMPORTS],
        },
    )


def _require_importer(user):
    if not perms.can_import_indicators(user):
        raise PermissionDenied(
            "Importer des valeurs d'indicateurs est réservé aux personnes qui coordonnent un contrat en cours, à "
            "l'animation territoriale ARS et à l'administration du portail."
        )


def _upload_page(request, form, status=200):
    return render(
        request,
        "diagnostics/import_upload.html",
        {"form": form, "crumbs": _catalogue_crumbs(), "max_size": MAX_UPLOAD_SIZE // 1024 // 1024},
        status=status,
    )


def import_upload(request):
    _require_importer(request.user)
    if request.method != "POST":
        return _upload_page(request, IndicatorUploadForm())
    form = IndicatorUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _upload_page(request, form, status=400)
    upload = form.cleaned_data["file"]
    content = upload.read()
    try:
        table = read_table(content, upload.name, max_size=MAX_UPLOAD_SIZE)
    except WorkbookError as error:
        form.add_error("file", str(error))
        return _upload_page(request, form, status=400)
    importer = IndicatorImporter(filename=upload.name, source=form.cleaned_data["source"])
    roles = importer.detected_roles(table, importer.indicators())
    record = IndicatorImport.objects.create(
        filename=upload.name[:255],
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        source=form.cleaned_data["source"],
        mapping=[role.key() for role in roles],
        uploaded_by=request.user,
    )
    return redirect("diagnostics:import_mapping", pk=record.pk)


def _pending(request, pk):
    """An upload of the current user that is not imported yet (404 otherwise)."""
    _require_importer(request.user)
    return get_object_or_404(IndicatorImport, pk=pk, uploaded_by=request.user, applied_at__isnull=True)


def _mapping_page(request, record, table, form, status=200):
    return render(
        request,
        "diagnostics/import_mapping.html",
        {
            "record": record,
            "table": table,
            "form": form,
            "crumbs": [*_catalogue_crumbs(), {"url": reverse("diagnostics:import_upload"), "title": "Import"}],
        },
        status=status,
    )


def _importer(request, record, roles=None):
    return IndicatorImporter(
        filename=record.filename,
        source=record.source,
        roles=roles if roles is not None else [m.ColumnRole.parse(key) for key in record.mapping],
        scope=perms.import_scope(request.user),
        record=record,
        max_size=MAX_UPLOAD_SIZE,
    )


def _preview_page(request, record, preview, *, status=200, changed=False):
    indicators = {indicator.pk: indicator for indicator in TerritorialIndicator.objects.all()}
    labels = {indicator.code: indicator.label for indicator in indicators.values()}
    return render(
        request,
        "diagnostics/import_preview.html",
        {
            "record": record,
            "preview": preview,
            "changed": changed,
            "counts": preview.counts(),
            "columns": [
                (header, role.describe(labels))
                for header, role in zip(preview.table.headers, preview.roles, strict=True)
            ]
            if preview.table
            else [],
            "updates": preview.sample_updates(indicators) if preview.ok else [],
            "crumbs": [
                *_catalogue_crumbs(),
                {"url": reverse("diagnostics:import_mapping", args=[record.pk]), "title": "Correspondance"},
            ],
        },
        status=status,
    )


def import_mapping(request, pk):
    record = _pending(request, pk)
    try:
        table = read_table(bytes(record.content), record.filename, max_size=MAX_UPLOAD_SIZE)
    except WorkbookError as error:
        messages.error(request, str(error))
        return redirect("diagnostics:import_upload")
    indicators = list(TerritorialIndicator.objects.in_catalogue_order())
    samples = list(zip(*table.sample(5), strict=False)) or [()] * len(table.headers)
    roles = [m.ColumnRole.parse(key) for key in record.mapping]
    if len(roles) != len(table.headers):
        roles = m.detect(table.headers, indicators)
    form_kwargs = {"headers": table.headers, "samples": samples, "roles": roles, "indicators": indicators}
    if request.method != "POST":
        return _mapping_page(request, record, table, ColumnMappingForm(**form_kwargs))
    form = ColumnMappingForm(request.POST, **form_kwargs)
    if not form.is_valid():
        return _mapping_page(request, record, table, form, status=400)
    roles = form.roles()
    importer = _importer(request, record, roles)
    try:
        preview = importer.prepare(bytes(record.content))
    except WorkbookError as error:
        messages.error(request, str(error))
        return redirect("diagnostics:import_upload")
    record.mapping = [role.key() for role in roles]
    record.fingerprint = preview.fingerprint() if preview.ok else ""
    record.summary = preview.summary() if preview.ok else ""
    record.save(update_fields=["mapping", "fingerprint", "summary"])
    return _preview_page(request, record, preview, status=200 if preview.ok else 400)


@require_POST
def import_confirm(request, pk):
    record = _pending(request, pk)
    try:
        result = confirm_upload(record, _importer(request, record), user=request.user)
    except PreviewChangedError as error:
        return _preview_page(request, record, error.preview, status=409, changed=True)
    except WorkbookError as error:
        messages.error(request, str(error))
        return redirect("diagnostics:import_upload")
    except StaleImportError as error:
        messages.error(request, str(error))
        return redirect("diagnostics:import_mapping", pk=record.pk)
    messages.success(request, f"Import de « {record.filename} » enregistré : {result.summary()}")
    return redirect("diagnostics:import_detail", pk=record.pk)


def import_detail(request, pk):
    record = get_object_or_404(
        IndicatorImport.objects.select_related("uploaded_by").defer("content"), pk=pk, applied_at__isnull=False
    )
    if not perms.can_view_import(request.user, record):
        raise PermissionDenied(
            "Cet import n'est visible que par la personne qui l'a déposé, l'animation territoriale ARS et "
            "l'administration du portail."
        )
    indicators = (
        TerritorialIndicator.objects.filter(values__source_import=record)
        .annotate(value_count=Count("values"))
        .order_by("theme_position", "position")
    )
    return render(
        request,
        "diagnostics/import_detail.html",
        {"record": record, "indicators": indicators, "crumbs": _catalogue_crumbs()},
    )
