"""The life of a diagnostic: draft -> shared (with the partners, before the instances) -> validated (by the instances).

Shaped like contracts.lifecycle: one mapping of allowed moves, keyword-only verbs (`by`, `on`, `comment`), a row lock,
a `DiagnosticTransition` per move, `DiagnosticError` with French messages, one transaction per move. A validated
diagnostic is the record of what was adopted: it no longer changes (a later one is an « actualisation »).
"""

from django.db import transaction

from diagnostics.enums import DiagnosticStatus
from diagnostics.models import Diagnostic, DiagnosticTransition

S = DiagnosticStatus

ALLOWED_TRANSITIONS = {
    S.DRAFT: {S.SHARED},
    # Shared too early, or the partners asked for changes: back to the draft.
    S.SHARED: {S.DRAFT, S.VALIDATED},
    S.VALIDATED: set(),
}

ACTION_LABELS = {
    S.SHARED: "Partager le diagnostic",
    S.DRAFT: "Revenir au brouillon",
    S.VALIDATED: "Enregistrer la validation",
}


class DiagnosticError(Exception):
    """A move the domain refuses; `messages` are French sentences shown to the user as they are."""

    def __init__(self, messages):
        if isinstance(messages, str):
            messages = [messages]
        self.messages = list(messages)
        super().__init__(" ".join(self.messages))


def allowed_targets(diagnostic):
    targets = ALLOWED_TRANSITIONS[DiagnosticStatus(diagnostic.status)]
    return [status for status in DiagnosticStatus if status in targets]


def refusal_message(diagnostic, to):
    current = DiagnosticStatus(diagnostic.status).label.lower()
    return f"Un diagnostic « {current} » ne peut pas passer à l'état « {DiagnosticStatus(to).label.lower()} »."


def _lock(diagnostic):
    return Diagnostic.objects.select_for_update().get(pk=diagnostic.pk)


def _check_move(diagnostic, to):
    if to not in ALLOWED_TRANSITIONS[DiagnosticStatus(diagnostic.status)]:
        raise DiagnosticError(refusal_message(diagnostic, to))


def _record(diagnostic, *, to, by, on, comment, from_status=None):
    from_status = diagnostic.status if from_status is None else from_status
    diagnostic.status = to
    diagnostic.save(update_fields=["status", "updated_at"])
    return DiagnosticTransition.objects.create(
        diagnostic=diagnostic, from_status=from_status, to_status=to, effective_on=on, comment=comment or "", by=by
    )


def _refresh(target, source):
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def start_diagnostic(diagnostic, *, by, comment=""):
    """Save a new diagnostic as a draft and open its timeline (— → brouillon)."""
    with transaction.atomic():
        diagnostic.status = S.DRAFT
        diagnostic.save()
        DiagnosticTransition.objects.create(
            diagnostic=diagnostic, from_status="", to_status=S.DRAFT, effective_on=None, comment=comment, by=by
        )
    return diagnostic


def sharing_problems(diagnostic):
    """What a diagnostic lacks before it is shared (empty: it may be)."""
    problems = []
    if not diagnostic.indicators.exists() and not diagnostic.works.exists():
        problems.append("Retenez au moins un indicateur ou une démarche qualitative.")
    if not diagnostic.priorities.exists():
        problems.append("Le diagnostic doit dégager au moins un enjeu.")
    return problems


def share(diagnostic, *, by, on=None, comment=""):
    """Brouillon → partagé: the diagnostic is shown to the partners (a restitution, a sharing workshop)."""
    with transaction.atomic():
        locked = _lock(diagnostic)
        _check_move(locked, S.SHARED)
        problems = sharing_problems(locked)
        if problems:
            raise DiagnosticError(problems)
        _record(locked, to=S.SHARED, by=by, on=on, comment=comment)
    _refresh(diagnostic, locked)
    return diagnostic


def reopen(diagnostic, *, by, on=None, comment=""):
    """Partagé → brouillon; the reason is required: the partners have seen the shared version."""
    with transaction.atomic():
        locked = _lock(diagnostic)
        _check_move(locked, S.DRAFT)
        if not (comment or "").strip():
            raise DiagnosticError("Indiquez dans le commentaire pourquoi le diagnostic revient au brouillon.")
        _record(locked, to=S.DRAFT, by=by, on=on, comment=comment)
    _refresh(diagnostic, locked)
    return diagnostic


def validate(diagnostic, *, by, on, comment=""):
    """Partagé → validé, on the date the instances (comité de pilotage) adopted it."""
    with transaction.atomic():
        locked = _lock(diagnostic)
        _check_move(locked, S.VALIDATED)
        problems = sharing_problems(locked)
        if on is None:
            problems.append("Indiquez la date de la validation.")
        if problems:
            raise DiagnosticError(problems)
        _record(locked, to=S.VALIDATED, by=by, on=on, comment=comment)
    _refresh(diagnostic, locked)
    return diagnostic


VERBS = {S.SHARED: share, S.DRAFT: reopen, S.VALIDATED: validate}
