"""The activity log: who did what, when, on which contract, across an administrator's scope.

Read from the records the apps already keep, never from a second one: the django-simple-history tables (contracts,
avenants, parties, axes, fiches, habilitations, organisations), the transition logs (contracts, diagnostics,
meetings), the applied plan imports, Django's admin log for accounts (`cls_portal.accounts`) and django-axes' log of
failed logins. Each source is one SELECT with the same seven columns; the page is their UNION ALL ordered by date,
cut in SQL (LIMIT/OFFSET): two queries for the lines, two more for the people and contracts they name, whatever the
size of the history. There is no total count (it would read every line of the scope): the page says whether there is
a next one.
"""

import datetime
from dataclasses import dataclass

from axes.models import AccessFailureLog
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, CharField, F, IntegerField, OuterRef, Q, Subquery, TextField, Value, When
from django.db.models.functions import Cast, Coalesce, Concat
from django.utils import timezone

from actions.models import Axe, FicheAction, PlanImport
from administration import perms
from cls_portal.models import User
from contracts.enums import ContractStatus, Role
from contracts.models import Avenant, Contract, ContractParty, ContractTransition, Membership, Organisation
from diagnostics.enums import DiagnosticStatus
from diagnostics.models import DiagnosticTransition
from governance.enums import MeetingStatus
from governance.models import MeetingTransition

PAGE_SIZE = 50
EXPORT_LIMIT = 10_000

COLUMNS = ["log_at", "log_user", "log_source", "log_verb", "log_contract", "log_object", "log_detail"]


class Kind(models.TextChoices):
    """What the log's « Type » filter offers; each source belongs to one."""

    CONTRACTS = "contracts", "Contrats, parties et avenants"
    PLAN = "plan", "Plans d'action et imports"
    GOVERNANCE = "governance", "Réunions"
    DIAGNOSTICS = "diagnostics", "Diagnostics"
    MEMBERSHIPS = "memberships", "Habilitations"
    ORGANISATIONS = "organisations", "Organisations"
    ACCOUNTS = "accounts", "Comptes et connexions refusées"


@dataclass
class Filters:
    since: datetime.date | None = None
    until: datetime.date | None = None
    contract_ids: object = None  # a queryset of contract ids, or None
    user_ids: object = None  # a queryset of user ids, or None
    kind: str = ""


HISTORY_VERBS = {"+": "Création", "~": "Modification", "-": "Suppression"}


def _text(value):
    return Value(value, output_field=CharField())


NO_CONTRACT = Value(None, output_field=IntegerField())
NO_USER = Value(None, output_field=IntegerField())


def _columns(qs, *, at, user, source, verb, contract, obj, detail):
    return (
        qs.order_by()
        .annotate(
            log_at=at,
            log_user=user,
            log_source=_text(source),
            log_verb=verb,
            log_contract=contract,
            log_object=Cast(obj, TextField()),
            log_detail=Cast(Coalesce(detail, _text("")), TextField()),
        )
        .values(*COLUMNS)
    )


def _dated(qs, field, filters):
    if filters.since:
        qs = qs.filter(**{f"{field}__date__gte": filters.since})
    if filters.until:
        qs = qs.filter(**{f"{field}__date__lte": filters.until})
    return qs


def _history(model, filters, *, source, contract, obj, scope):
    qs = _dated(model.history.all(), "history_date", filters).filter(scope)
    if filters.user_ids is not None:
        qs = qs.filter(history_user_id__in=filters.user_ids)
    if filters.contract_ids is not None:
        qs = qs.filter(**{f"{contract.name}__in": filters.contract_ids}) if contract is not NO_CONTRACT else qs.none()
    return _columns(
        qs,
        at=F("history_date"),
        user=F("history_user_id"),
        source=source,
        verb=F("history_type"),
        contract=contract,
        obj=obj,
        detail=F("history_change_reason"),
    )


def _logged(model, filters, *, at, by, source, verb, contract_lookup, obj, detail, scope):
    qs = _dated(model.objects.all(), at, filters).filter(scope)
    if filters.user_ids is not None:
        qs = qs.filter(**{f"{by}__in": filters.user_ids})
    if filters.contract_ids is not None:
        qs = qs.filter(**{f"{contract_lookup}__in": filters.contract_ids})
    return _columns(
        qs, at=F(at), user=F(by), source=source, verb=verb, contract=F(contract_lookup), obj=obj, detail=detail
    )


def _name_of(model, field, lookup="pk"):
    return Subquery(model._base_manager.filter(pk=OuterRef(lookup)).values(field)[:1])


def _former_name(lookup):
    """The last name an organisation deleted since (merged into another) had in its history."""
    records = Organisation.history.filter(id=OuterRef(lookup)).order_by("-history_date", "-history_id")
    return Subquery(records.values("name")[:1])


def sources(user, filters: Filters) -> dict[str, list]:
    """{kind: [values querysets]} for the user's scope and the filters."""
    everything = user.is_superuser
    contracts = perms.scope_contracts(user).values("pk")
    codes = perms.departement_ids(user)

    def in_scope(lookup):
        return Q() if everything else Q(**{f"{lookup}__in": contracts})

    organisations = (
        Q() if everything else Q(id__in=perms.visible_organisations(user).values("pk")) | Q(departement_id__in=codes)
    )
    memberships = Q() if everything else Q(contract_id__in=contracts) | Q(departement_id__in=codes)
    people = perms.visible_people(user)
    user_type = ContentType.objects.get_for_model(User)
    accounts = Q(content_type=user_type)
    if not everything:
        accounts &= Q(object_id__in=people.annotate(text_pk=Cast("pk", CharField())).values("text_pk"))
    failures = Q() if everything else Q(username__in=people.values("email"))

    result = {
        Kind.CONTRACTS: [
            _history(Contract, filters, source="contract", contract=F("id"), obj=F("name"), scope=in_scope("id")),
            _logged(
                ContractTransition,
                filters,
                at="at",
                by="by_id",
                source="transition",
                verb=F("to_status"),
                contract_lookup="contract_id",
                obj=_text(""),
                detail=F("comment"),
                scope=in_scope("contract_id"),
            ),
            _history(
                Avenant,
                filters,
                source="avenant",
                contract=F("contract_id"),
                obj=Concat(_text("Avenant n° "), Cast("number", CharField())),
                scope=in_scope("contract_id"),
            ),
            _history(
                ContractParty,
                filters,
                source="party",
                contract=F("contract_id"),
                obj=Coalesce(
                    _name_of(Organisation, "name", "organisation_id"),
                    _former_name("organisation_id"),
                    _text("organisation supprimée"),
                ),
                scope=in_scope("contract_id"),
            ),
        ],
        Kind.PLAN: [
            _history(
                Axe,
                filters,
                source="axe",
                contract=F("contract_id"),
                obj=Concat(_text("Axe "), "number", _text(" — "), "title"),
                scope=in_scope("contract_id"),
            ),
            _history(
                FicheAction,
                filters,
                source="fiche",
                contract=F("contract_id"),
                obj=Concat(_text("Fiche "), "number", _text(" — "), "title"),
                scope=in_scope("contract_id"),
            ),
            _logged(
                PlanImport,
                filters,
                at="applied_at",
                by="uploaded_by_id",
                source="plan_import",
                verb=F("source"),
                contract_lookup="contract_id",
                obj=F("filename"),
                detail=F("summary"),
                scope=in_scope("contract_id") & Q(applied_at__isnull=False),
            ),
        ],
        Kind.GOVERNANCE: [
            _logged(
                MeetingTransition,
                filters,
                at="at",
                by="by_id",
                source="meeting",
                verb=F("to_status"),
                contract_lookup="meeting__instance__contract_id",
                obj=Concat("meeting__instance__name", _text(" — "), Cast("meeting__date", CharField())),
                detail=F("comment"),
                scope=Q()
                if everything
                else Q(meeting__instance__contract__in=contracts) | Q(meeting__instance__departement_id__in=codes),
            ),
        ],
        Kind.DIAGNOSTICS: [
            _logged(
                DiagnosticTransition,
                filters,
                at="at",
                by="by_id",
                source="diagnostic",
                verb=F("to_status"),
                contract_lookup="diagnostic__contract_id",
                obj=F("diagnostic__title"),
                detail=F("comment"),
                scope=in_scope("diagnostic__contract_id"),
            ),
        ],
        Kind.MEMBERSHIPS: [
            _history(
                Membership,
                filters,
                source="membership",
                contract=F("contract_id"),
                obj=Concat(
                    Coalesce(_name_of(User, "email", "user_id"), _text("compte supprimé")),
                    _text(" — "),
                    Case(*(When(role=value, then=_text(label)) for value, label in Role.choices), default=F("role")),
                    Case(
                        When(departement_id__isnull=False, then=Concat(_text(" ("), "departement_id", _text(")"))),
                        default=_text(""),
                    ),
                ),
                scope=memberships,
            ),
        ],
    }
    # Sources that name no contract: none when the log is filtered on a contract.
    organisation_lines = _history(
        Organisation, filters, source="organisation", contract=NO_CONTRACT, obj=F("name"), scope=organisations
    )
    result[Kind.ORGANISATIONS] = [organisation_lines]
    admin_log = _dated(LogEntry.objects.filter(accounts), "action_time", filters)
    failed = _dated(AccessFailureLog.objects.filter(failures), "attempt_time", filters)
    if filters.user_ids is not None:
        admin_log = admin_log.filter(
            Q(user_id__in=filters.user_ids)
            | Q(
                object_id__in=User.objects.filter(pk__in=filters.user_ids)
                .annotate(t=Cast("pk", CharField()))
                .values("t")
            )
        )
        failed = failed.filter(username__in=User.objects.filter(pk__in=filters.user_ids).values("email"))
    if filters.contract_ids is not None:
        admin_log, failed = admin_log.none(), failed.none()
    result[Kind.ACCOUNTS] = [
        _columns(
            admin_log,
            at=F("action_time"),
            user=F("user_id"),
            source="account",
            verb=Cast("action_flag", CharField()),
            contract=NO_CONTRACT,
            obj=F("object_repr"),
            detail=F("change_message"),
        ),
        _columns(
            failed,
            at=F("attempt_time"),
            user=NO_USER,
            source="failed_login",
            verb=Cast("locked_out", CharField()),
            contract=NO_CONTRACT,
            obj=F("username"),
            detail=Cast("ip_address", TextField()),
        ),
    ]
    return result


def lines(user, filters: Filters):
    """The UNION ALL of the sources the filters keep, newest first (a queryset of dicts: slice it)."""
    parts = [part for kind, qs_list in sources(user, filters).items() if not filters.kind or kind == filters.kind
             for part in qs_list]  # fmt: skip
    first, *others = parts
    return first.union(*others, all=True).order_by("-log_at")


# What a line says ---------------------------------------------------------------------------------------------------

SOURCE_LABELS = {
    "contract": "Contrat",
    "transition": "Cycle de vie",
    "avenant": "Avenant",
    "party": "Partie au contrat",
    "axe": "Axe",
    "fiche": "Fiche-action",
    "plan_import": "Import de plan",
    "meeting": "Réunion",
    "diagnostic": "Diagnostic",
    "membership": "Habilitation",
    "organisation": "Organisation",
    "account": "Compte",
    "failed_login": "Connexion refusée",
}
ACCOUNT_VERBS = {str(ADDITION): "Création", str(CHANGE): "Modification", str(DELETION): "Suppression"}
STATUS_LABELS = {
    "transition": dict(ContractStatus.choices),
    "meeting": dict(MeetingStatus.choices),
    "diagnostic": dict(DiagnosticStatus.choices),
}


@dataclass
class Line:
    at: datetime.datetime
    by: object  # a User or None
    source: str
    what: str  # « Modification », « Passage à Signé »...
    contract: object  # a Contract or None
    subject: str
    detail: str

    @property
    def source_label(self):
        return SOURCE_LABELS[self.source]


def _what(row):
    source, verb = row["log_source"], row["log_verb"]
    if source in STATUS_LABELS:
        return f"Passage à « {STATUS_LABELS[source].get(verb, verb)} »"
    if source == "plan_import":
        return "Import appliqué"
    if source == "account":
        return ACCOUNT_VERBS.get(verb, verb)
    if source == "failed_login":
        return "Compte bloqué après trop d'échecs" if verb in ("1", "True", "true") else "Mot de passe refusé"
    return HISTORY_VERBS.get(verb, verb)


def _detail(row):
    source, detail = row["log_source"], row["log_detail"] or ""
    if source == "failed_login":
        return f"Depuis l'adresse {detail}" if detail else ""
    if source == "account" and detail.startswith("["):
        return "Modifié dans l'administration nationale"
    return detail


def page_lines(user, filters: Filters, *, page: int = 1, size: int = PAGE_SIZE):
    """(lines of the page, whether a next page exists): four queries."""
    offset = (page - 1) * size
    rows = list(lines(user, filters)[offset : offset + size + 1])
    return describe(rows[:size]), len(rows) > size


def describe(rows) -> list[Line]:
    """Lines of the log from their rows: one query for the people, one for the contracts named."""
    user_ids = {row["log_user"] for row in rows if row["log_user"]}
    contract_ids = {row["log_contract"] for row in rows if row["log_contract"]}
    people = User.objects.in_bulk(user_ids) if user_ids else {}
    contracts = Contract.objects.only("name", "slug").in_bulk(contract_ids) if contract_ids else {}
    result = []
    for row in rows:
        subject = row["log_object"] or ""
        if row["log_source"] == "membership":
            subject = subject or "—"
        result.append(
            Line(
                at=row["log_at"],
                by=people.get(row["log_user"]),
                source=row["log_source"],
                what=_what(row),
                contract=contracts.get(row["log_contract"]),
                subject=subject,
                detail=_detail(row),
            )
        )
    return result


def export_rows(user, filters: Filters):
    """The lines as a table, newest first, at most EXPORT_LIMIT of them; in Paris time."""
    headers = ["Date", "Heure", "Par", "Élément", "Action", "Contrat", "Objet", "Précision"]
    described = describe(list(lines(user, filters)[:EXPORT_LIMIT]))
    return headers, [
        [
            timezone.localtime(line.at).date(),
            timezone.localtime(line.at).strftime("%H:%M"),
            str(line.by) if line.by else "",
            line.source_label,
            line.what,
            line.contract.name if line.contract else "",
            line.subject,
            line.detail,
        ]
        for line in described
    ]
