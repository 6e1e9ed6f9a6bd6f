"""The « Documents » block of the contract page and the page of all its versions: what may be generated, the
versions with their state, what each person may do with them. A fixed number of queries, whatever the versions."""

from django.urls import reverse

from documents import annual_report, lifecycle, perms, rendering
from documents.enums import RenderingKind
from documents.models import Rendering

# The contract page shows the latest versions; the documents page shows them all.
BLOCK_LIMIT = 10


def offers(contract, avenants):
    """The documents that can be generated now for `contract`, as the buttons of the block."""
    kinds = rendering.available_kinds()
    buttons = []
    if RenderingKind.CONTRACT in kinds:
        label = "Générer le contrat modifié par ses avenants (PDF)" if avenants else "Générer le contrat (PDF)"
        buttons.append({"kind": RenderingKind.CONTRACT, "label": label})
    if RenderingKind.CONTRACT_AS_SIGNED in kinds and avenants:
        buttons.append({"kind": RenderingKind.CONTRACT_AS_SIGNED, "label": "Générer le contrat tel que signé (PDF)"})
    if RenderingKind.AVENANT in kinds:
        for avenant in avenants:
            buttons.append(
                {
                    "kind": RenderingKind.AVENANT,
                    "avenant": avenant.number,
                    "label": f"Générer l'avenant n° {avenant.number} (PDF)",
                }
            )
    if RenderingKind.FICHES in kinds:
        buttons.append({"kind": RenderingKind.FICHES, "label": "Générer toutes les fiches-action (PDF)"})
    if RenderingKind.ANNUAL_REPORT in kinds:
        buttons.append(
            {
                "kind": RenderingKind.ANNUAL_REPORT,
                "label": "Générer le rapport annuel (PDF)",
                "years": annual_report.report_years(contract),
            }
        )
    return buttons


def versions(contract, user, *, limit=None):
    """The versions of the contract's documents, latest first (at most `limit`, and whether there are more), with
    what `user` may do with each."""
    queryset = (
        Rendering.objects.filter(contract=contract)
        .select_related("requested_by", "avenant", "fiche", "signed_scan", "signed_scan__uploaded_by")
        .defer("data")
        .order_by("-requested_at", "-pk")
    )
    rows = list(queryset[: limit + 1] if limit else queryset)
    more = bool(limit) and len(rows) > limit
    rows = rows[:limit] if limit else rows
    for row in rows:
        row.contract = contract
        row.lost = lifecycle.is_lost(row)
        row.may_download = perms.can_download(user, row)
        row.may_retry = perms.can_retry(user, row)
        row.may_upload_scan = perms.can_upload_signed_scan(user, row)
        row.may_sign = perms.can_record_signature(user, row)
    return rows, more


def contract_documents(contract, user, *, limit=BLOCK_LIMIT, avenants=None):
    """The context of templates/documents/_versions.html and _contract_section.html; `avenants`, when the page has
    read them already, saves a query."""
    rows, more = versions(contract, user, limit=limit)
    can_request = perms.can_request_rendering(user, contract)
    if can_request and avenants is None:
        avenants = list(contract.avenants.all())
    return {
        "contract": contract,
        "versions": rows,
        "limited": more,
        "polling": any(row.in_progress and not row.lost for row in rows),
        "can_request": can_request,
        "offers": offers(contract, avenants) if can_request else [],
        "fragment_url": reverse("documents:versions", args=[contract.slug]) + ("" if limit else "?tout=1"),
    }
