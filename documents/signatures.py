"""The signed paper comes back: its scan is kept against the version that was signed, and the contract's signature
is recorded from it through the contract's own lifecycle (`contracts.lifecycle.sign`)."""

import hashlib

from django.db import transaction

from contracts import lifecycle as contract_lifecycle
from documents.enums import SIGNABLE_KINDS, RenderingStatus
from documents.lifecycle import RenderingError
from documents.models import Rendering, SignedScan


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def attach_signed_scan(rendering, upload, *, by):
    """Keep `upload` (already checked: a PDF, by its content, under the size limit) as the signed scan of
    `rendering`; returns the SignedScan."""
    stored = None
    try:
        with transaction.atomic():
            locked = Rendering.objects.select_for_update().get(pk=rendering.pk)
            if locked.kind not in SIGNABLE_KINDS:
                raise RenderingError(
                    "Seuls le contrat et ses avenants se signent : ce document n'a pas de scan signé."
                )
            if locked.status != RenderingStatus.DONE:
                raise RenderingError(
                    f"La version {locked.number} n'est pas prête : elle ne peut pas avoir été signée."
                )
            if SignedScan.objects.filter(rendering=locked).exists():
                raise RenderingError(f"Le scan signé de la version {locked.number} est déjà enregistré.")
            scan = SignedScan(rendering=locked, sha256=_sha256(upload), size=upload.size, uploaded_by=by)
            scan.file.save(upload.name, upload, save=False)
            stored = scan.file.name
            scan.save()
    except BaseException:
        if stored:
            scan.file.storage.delete(stored)
        raise
    return scan


def signature_comment(rendering) -> str:
    scan = rendering.signed_scan
    return (
        f"Signature enregistrée d'après le scan signé de la version {rendering.number} ({rendering.label}), "
        f"empreinte SHA-256 du scan : {scan.sha256}."
    )


def record_signature(rendering, *, by, on, start_date=None, end_date=None, signature_place="", comment=""):
    """Élaboration → signé, from the signed scan of `rendering`: `contracts.lifecycle.sign`, whose guards apply."""
    if not hasattr(rendering, "signed_scan"):
        raise contract_lifecycle.LifecycleError("Déposez d'abord le scan signé de cette version.")
    return contract_lifecycle.sign(
        rendering.contract,
        by=by,
        on=on,
        start_date=start_date,
        end_date=end_date,
        signature_place=signature_place,
        comment=comment or signature_comment(rendering),
    )
