"""Pages of the documents of a contract: generating a version, following it, downloading it, bringing the signed
scan back and recording the signature from it. Thin: the rules are in documents.lifecycle, .perms, .signatures."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from actions.models import FicheAction
from cls_portal.downloads import attachment_response
from cls_portal.perms import Refusal
from contracts import lifecycle as contract_lifecycle
from contracts.enums import ContractStatus
from contracts.forms import SignForm
from contracts.views.common import contract_crumbs, get_contract
from documents import annual_report, lifecycle, overview, perms, rendering, signatures, tasks
from documents.enums import RenderingKind
from documents.forms import SignedScanForm
from documents.models import Rendering


def _rendering(contract, pk):
    queryset = Rendering.objects.select_related("signed_scan", "avenant", "fiche", "requested_by")
    found = get_object_or_404(queryset, contract=contract, pk=pk)
    found.contract = contract
    return found


def _back(request, contract, rendering=None):
    """Where a form of the block returns: the page it came from (`next`), else the documents page."""
    target = request.POST.get("next") or request.GET.get("next")
    if not (target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())):
        target = reverse("documents:list", args=[contract.slug])
    if rendering is not None and "#" not in target:
        target += f"#version-{rendering.pk}"
    return redirect(target)


def _queue(request, contract, kind, **subject):
    try:
        version = lifecycle.request(contract, kind, by=request.user, enqueue=tasks.enqueue, **subject)
    except lifecycle.RenderingError as error:
        for message in error.messages:
            messages.error(request, message)
        return _back(request, contract)
    messages.success(
        request,
        f"La version {version.number} de « {version.label} » est demandée : son état s'affiche ci-dessous, "
        "et le fichier dès qu'il est prêt.",
    )
    return _back(request, contract, version)


@require_POST
def request_document(request, slug):
    """The contract (as amended or as signed), an avenant, or the whole plan's fiches."""
    contract = get_contract(request, slug, perms.can_request_rendering)
    kind = request.POST.get("kind", "")
    if kind not in rendering.available_kinds() or kind == RenderingKind.FICHE:
        raise Http404("Document inconnu.")
    subject = {}
    if kind == RenderingKind.AVENANT:
        subject["avenant"] = get_object_or_404(contract.avenants, number=request.POST.get("avenant") or 0)
    if kind == RenderingKind.ANNUAL_REPORT:
        year = request.POST.get("year", "")
        if not year.isdigit() or int(year) not in annual_report.report_years(contract):
            messages.error(
                request, "Choisissez une année du contrat, jusqu'à l'année en cours, pour le rapport annuel."
            )
            return _back(request, contract)
        subject["year"] = int(year)
    return _queue(request, contract, kind, **subject)


@require_POST
def request_fiche(request, slug, number):
    contract = get_contract(request, slug, perms.can_request_rendering)
    fiche = get_object_or_404(FicheAction, contract=contract, number=number)
    return _queue(request, contract, RenderingKind.FICHE, fiche=fiche)


@require_POST
def request_selection(request, slug):
    """The fiches ticked on the plan page (`fiches`), or all of them (`tout`)."""
    contract = get_contract(request, slug, perms.can_request_rendering)
    if request.POST.get("tout"):
        return _queue(request, contract, RenderingKind.FICHES)
    ids = [value for value in request.POST.getlist("fiches") if value.isdigit()]
    selection = list(FicheAction.objects.filter(contract=contract, pk__in=ids).values_list("pk", flat=True))
    if not selection:
        messages.error(request, "Cochez au moins une fiche dans le tableau pour en générer le PDF.")
        return redirect("actions:plan", slug=contract.slug)
    return _queue(request, contract, RenderingKind.FICHES, selection=selection)


def document_list(request, slug):
    contract = get_contract(request, slug)
    context = overview.contract_documents(contract, request.user, limit=None)
    return render(
        request,
        "documents/list.html",
        {**context, "documents": context, "crumbs": contract_crumbs(contract), "next": request.path},
    )


@require_GET
def versions(request, slug):
    """The list of versions alone: the block polls it every 2 s while a version is being made."""
    contract = get_contract(request, slug)
    limit = None if request.GET.get("tout") else overview.BLOCK_LIMIT
    context = overview.contract_documents(contract, request.user, limit=limit)
    back = reverse("documents:list", args=[slug]) if limit is None else reverse("contracts:detail", args=[slug])
    return render(request, "documents/_versions.html", {"documents": context, "next": back})


def download(request, slug, pk):
    contract = get_contract(request, slug)
    version = _rendering(contract, pk)
    if not perms.can_download(request.user, version) or not version.file.storage.exists(version.file.name):
        raise Http404("Cette version n'a pas de fichier.")
    return attachment_response(version.file, version.download_name, "application/pdf")


@require_POST
def retry(request, slug, pk):
    contract = get_contract(request, slug, perms.can_request_rendering)
    version = _rendering(contract, pk)
    try:
        lifecycle.retry(version, by=request.user, enqueue=tasks.enqueue)
    except lifecycle.RenderingError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, f"La version {version.number} de « {version.label} » est relancée.")
    return _back(request, contract, version)


def signed_scan_upload(request, slug, pk):
    contract = get_contract(request, slug, perms.can_request_rendering)
    version = _rendering(contract, pk)
    if not perms.can_upload_signed_scan(request.user, version):
        if hasattr(version, "signed_scan"):
            raise Refusal(f"Le scan signé de la version {version.number} est déjà enregistré.")
        raise Refusal("Seule une version prête du contrat ou d'un avenant reçoit un scan signé.")
    form = SignedScanForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            signatures.attach_signed_scan(version, form.cleaned_data["file"], by=request.user)
        except lifecycle.RenderingError as error:
            errors = error.messages
        else:
            version = _rendering(contract, pk)
            messages.success(request, f"Le scan signé de la version {version.number} est enregistré.")
            if perms.can_record_signature(request.user, version):
                return redirect("documents:sign", slug=contract.slug, pk=version.pk)
            return redirect(reverse("contracts:detail", args=[contract.slug]) + "#documents")
    return render(
        request,
        "documents/scan_form.html",
        {
            "contract": contract,
            "version": version,
            "form": form,
            "errors": errors,
            "crumbs": contract_crumbs(contract),
        },
        status=400 if (errors or form.errors) else 200,
    )


def signed_scan_download(request, slug, pk):
    contract = get_contract(request, slug)
    version = _rendering(contract, pk)
    scan = getattr(version, "signed_scan", None)
    if scan is None or not scan.file.storage.exists(scan.file.name):
        raise Http404("Aucun scan signé pour cette version.")
    stem = version.download_name.removesuffix(".pdf")
    return attachment_response(scan.file, f"{stem}-signe.pdf", "application/pdf")


def sign(request, slug, pk):
    """The confirmation step: the contract's signature form (contracts.forms.SignForm), prefilled from the scan."""
    contract = get_contract(request, slug, perms.can_request_rendering)
    version = _rendering(contract, pk)
    if not perms.can_record_signature(request.user, version):
        if ContractStatus.SIGNED not in contract_lifecycle.allowed_targets(contract):
            raise Refusal(contract_lifecycle.refusal_message(contract, ContractStatus.SIGNED))
        raise PermissionDenied
    form = SignForm(
        request.POST or None,
        contract=contract,
        target=ContractStatus.SIGNED,
        initial={"comment": signatures.signature_comment(version)},
    )
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            signatures.record_signature(version, by=request.user, **form.verb_kwargs())
        except contract_lifecycle.LifecycleError as error:
            errors = error.messages
        else:
            messages.success(request, f"Le contrat est maintenant « {ContractStatus.SIGNED.label.lower()} ».")
            return redirect("contracts:detail", contract.slug)
    return render(
        request,
        "documents/sign_confirm.html",
        {
            "contract": contract,
            "version": version,
            "form": form,
            "errors": errors,
            "crumbs": contract_crumbs(contract),
        },
        status=400 if (errors or form.errors) else 200,
    )
