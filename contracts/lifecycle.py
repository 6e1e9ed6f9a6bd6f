"""The lifecycle of a contract: one mapping of allowed moves and one verb function per move.

en réflexion -> en élaboration -> signé (en vigueur) -> en évaluation -> échu, or renouvelé (a new generation starts
in élaboration, linked to its predecessor). A contract may be abandoned before its signature.

Every verb takes keyword-only arguments (`by`, `on`, `comment`), checks the source state and the guards, raises
`LifecycleError` with French messages, sets the dates, writes a `ContractTransition` row, inside one transaction.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from cls_portal.locking import bump_version
from contracts.enums import CONTRACT_SCOPED_ROLES, SIGNING_ROLES, ContractStatus, PartyRole
from contracts.models import Contract, ContractParty, ContractTransition, Membership

S = ContractStatus

ALLOWED_TRANSITIONS = {
    S.REFLECTION: {S.ELABORATION, S.ABANDONED},
    S.ELABORATION: {S.SIGNED, S.ABANDONED},
    S.SIGNED: {S.EVALUATION},
    S.EVALUATION: {S.EXPIRED, S.RENEWED},
    # A territory may renew its contract some time after the end of the previous one.
    S.EXPIRED: {S.RENEWED},
    S.RENEWED: set(),
    S.ABANDONED: set(),
}

# What the buttons of the contract page say, per target status.
ACTION_LABELS = {
    S.ELABORATION: "Lancer l'élaboration",
    S.SIGNED: "Enregistrer la signature",
    S.EVALUATION: "Engager l'évaluation",
    S.EXPIRED: "Déclarer le contrat échu",
    S.RENEWED: "Renouveler le contrat",
    S.ABANDONED: "Abandonner le projet",
}

# Contracts last five years unless the parties decide otherwise (the end date stays editable).
DEFAULT_DURATION_YEARS = 5


class LifecycleError(Exception):
    """A move the domain refuses; `messages` are French sentences shown to the user as they are."""

    def __init__(self, messages):
        if isinstance(messages, str):
            messages = [messages]
        self.messages = list(messages)
        super().__init__(" ".join(self.messages))


def allowed_targets(contract):
    """Statuses the contract may move to now, in the order of the lifecycle."""
    targets = ALLOWED_TRANSITIONS[ContractStatus(contract.status)]
    return [status for status in ContractStatus if status in targets]


def default_end_date(start: datetime.date) -> datetime.date:
    """Five years minus one day: a contract starting on 1 January 2017 ends on 31 December 2021."""
    try:
        anniversary = start.replace(year=start.year + DEFAULT_DURATION_YEARS)
    except ValueError:  # 29 February
        anniversary = start.replace(year=start.year + DEFAULT_DURATION_YEARS, day=28)
    return anniversary - datetime.timedelta(days=1)


def _lock(contract):
    """Re-read the row under a lock so that two concurrent moves cannot both start from the same state."""
    return Contract.objects.select_for_update().get(pk=contract.pk)


def refusal_message(contract, to):
    """The sentence that says a move is not allowed from the contract's current state."""
    current = ContractStatus(contract.status)
    return (
        f"Un contrat « {current.label.lower()} » ne peut pas passer à l'état « {ContractStatus(to).label.lower()} »."
    )


def _check_move(contract, to):
    if to not in ALLOWED_TRANSITIONS[ContractStatus(contract.status)]:
        raise LifecycleError(refusal_message(contract, to))


def _record(contract, *, to, by, on, comment, from_status=None):
    from_status = contract.status if from_status is None else from_status
    contract.status = to
    contract._history_user = by
    # The move changes what the contract form shows (dates, and fields offered by state): a form opened before it
    # must not put the old values back.
    bump_version(contract)
    contract.save()
    return ContractTransition.objects.create(
        contract=contract, from_status=from_status, to_status=to, effective_on=on, comment=comment or "", by=by
    )


def _refresh(target, source):
    """Copy the saved state back into the caller's instance so that it sees the move."""
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def register_contract(contract, *, by, comment=""):
    """Save a new contract and open its timeline (— → its initial status)."""
    with transaction.atomic():
        contract._history_user = by
        contract.save()
        ContractTransition.objects.create(
            contract=contract, from_status="", to_status=contract.status, effective_on=None, comment=comment, by=by
        )
    return contract


def start_elaboration(contract, *, by, on=None, comment=""):
    """Réflexion → élaboration: the territory commits to a diagnostic and a plan; `on` becomes the launch date."""
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.ELABORATION)
        if on is not None:
            locked.launch_date = on
        _record(locked, to=S.ELABORATION, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


def signature_problems(contract, *, on=None):
    """French sentences saying what is missing before the contract can be signed (empty list: it can)."""
    problems = []
    if not contract.axes.exists():
        problems.append("Le plan d'action doit comporter au moins un axe stratégique.")
    if not contract.fiches.exists():
        problems.append("Le plan d'action doit comporter au moins une fiche-action.")
    signatories = list(contract.parties.filter(role__in=SIGNING_ROLES).select_related("organisation"))
    if len(signatories) < 2:
        problems.append("Le contrat doit compter au moins deux signataires (l'ARS et la collectivité porteuse).")
    if not any(party.role == PartyRole.PRINCIPAL for party in signatories):
        problems.append("Au moins un signataire doit être « signataire principal ».")
    for party in signatories:
        if not party.representative_name or not party.representative_title:
            problems.append(f"Indiquez le nom et la fonction de la personne qui signe pour « {party.organisation} ».")
    if on is None:
        problems.append("Indiquez la date de signature.")
    return problems


def sign(contract, *, by, on, start_date=None, end_date=None, signature_place="", comment=""):
    """Élaboration → signé. The contract starts on `start_date` (default: the signature date) and ends five years
    later minus one day unless `end_date` (or an end date already entered) says otherwise."""
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.SIGNED)
        problems = signature_problems(locked, on=on)
        start = start_date or locked.start_date or on
        end = end_date or locked.end_date or (default_end_date(start) if start else None)
        if start and end and end <= start:
            problems.append("La fin du contrat doit suivre son début.")
        if problems:
            raise LifecycleError(problems)
        locked.signature_date = on
        locked.start_date = start
        locked.end_date = end
        if signature_place:
            locked.signature_place = signature_place
        _record(locked, to=S.SIGNED, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


def start_evaluation(contract, *, by, on=None, comment=""):
    """Signé → en évaluation: the parties assess the contract, usually in its last year."""
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.EVALUATION)
        _record(locked, to=S.EVALUATION, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


def expire(contract, *, by, on=None, comment=""):
    """En évaluation → échu: the contract ended without a next generation."""
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.EXPIRED)
        _record(locked, to=S.EXPIRED, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


def abandon(contract, *, by, on=None, comment=""):
    """Réflexion or élaboration → abandonné. The reason is required: it is what the next team will look for."""
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.ABANDONED)
        if not (comment or "").strip():
            raise LifecycleError("Indiquez la raison de l'abandon dans le commentaire.")
        _record(locked, to=S.ABANDONED, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


def next_generation_defaults(contract):
    """Name and slug proposed for the next generation of `contract`."""
    generation = contract.generation + 1
    base = contract.slug
    suffix = f"-cls-{contract.generation}"
    if base.endswith(suffix):
        base = base.removesuffix(suffix)
    return {"name": f"{contract.name} (CLS {generation})", "slug": slugify(f"{base}-cls-{generation}")[:80]}


def renew(contract, *, by, on, name="", slug="", comment="", carry_over=None):
    """En évaluation (or échu) → renouvelé, and create the next generation in élaboration.

    The new contract takes the perimeter, the signatories (without their deliberation dates, which must be taken
    again), the coordinators and readers. It starts without a presentation: the previous one tells the story of the
    previous generation, to which the new contract's page links.
    `carry_over(previous, successor) -> str` lets an app above this one bring its own part into the new generation
    in the same transaction (`actions.renewal` carries the unfinished fiches); its sentence goes into the new
    contract's timeline.
    Returns the new contract.
    """
    with transaction.atomic():
        locked = _lock(contract)
        _check_move(locked, S.RENEWED)
        if Contract.objects.filter(previous=locked).exists():
            raise LifecycleError("Ce contrat a déjà une génération suivante.")
        defaults = next_generation_defaults(locked)
        slug = slug or defaults["slug"]
        if Contract.objects.filter(slug=slug).exists():
            raise LifecycleError(f"Un contrat utilise déjà l'identifiant court « {slug} ».")
        successor = Contract(
            name=name or defaults["name"],
            slug=slug,
            generation=locked.generation + 1,
            previous=locked,
            departement_id=locked.departement_id,
            porteur_id=locked.porteur_id,
            status=S.ELABORATION,
            launch_date=on,
        )
        successor._history_user = by
        try:
            with transaction.atomic():
                successor.save()
        except IntegrityError as error:
            # Another renewal took the slug between the check above and this insert.
            raise LifecycleError(f"Un contrat utilise déjà l'identifiant court « {slug} ».") from error
        successor.epcis.set(locked.epcis.all())
        successor.communes.set(locked.communes.all())
        ContractParty.objects.bulk_create(
            ContractParty(
                contract=successor,
                organisation_id=party.organisation_id,
                role=party.role,
                representative_civility=party.representative_civility,
                representative_name=party.representative_name,
                representative_title=party.representative_title,
                position=party.position,
            )
            for party in locked.parties.filter(role__in=SIGNING_ROLES)
        )
        Membership.objects.bulk_create(
            Membership(user_id=m.user_id, role=m.role, contract=successor)
            for m in locked.memberships.filter(role__in=CONTRACT_SCOPED_ROLES)
        )
        carried = carry_over(locked, successor) if carry_over else ""
        ContractTransition.objects.create(
            contract=successor,
            from_status="",
            to_status=S.ELABORATION,
            effective_on=on,
            comment=f"Renouvellement de « {locked.name} »" + (f" ; {carried}." if carried else "."),
            by=by,
        )
        _record(locked, to=S.RENEWED, by=by, on=on, comment=comment or "Génération suivante créée, en élaboration.")
    _refresh(contract, locked)
    return successor


def record_existing_state(contract, *, to, by, on=None, comment=""):
    """Set the state of a contract that lived before it was entered in the portal (imports, demo data).

    No guard: the signature of a 2016 contract happened whether or not its plan has been typed in yet. The timeline
    says so through the comment. Not offered in the interface.
    """
    with transaction.atomic():
        locked = _lock(contract)
        _record(locked, to=to, by=by, on=on, comment=comment)
    _refresh(contract, locked)
    return contract


# The verb behind each target status, for the views.
VERBS = {
    S.ELABORATION: start_elaboration,
    S.SIGNED: sign,
    S.EVALUATION: start_evaluation,
    S.EXPIRED: expire,
    S.ABANDONED: abandon,
    S.RENEWED: renew,
}
