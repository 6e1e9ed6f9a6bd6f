"""An organisation's life as a shared record: where it is used, archiving, deleting an unused one, merging two
duplicates.

Organisations are pointed to from every app above this one (contract porteurs and parties here, fiche porteurs and
partners in `actions`, seats of instances in `governance`...). This app cannot import them, and does not need to:
the links are read from Django's model meta (`Organisation._meta.related_objects`), so that a link added by a later
app is counted, shown and moved by a merge without a change here.

    usages(organisation)                     # [Usage(label, count, contract_ids)], one entry per kind of link
    with_usage_count(queryset)               # .usage_count on each row, in the same query
    plan = merge_plan(keep, duplicate)       # what a merge would move, and what prevents it
    merge(keep, duplicate, by=user)          # one transaction; the history of every row moved says why
    archive(organisation, by=user) / restore(organisation, by=user) / delete_unused(organisation, by=user)
    departement_organisations(codes)         # the organisations of these départements (attached or used there)
"""

import hashlib
from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from cls_portal.locking import Versioned, bump_version, bump_versions
from cls_portal.text import count
from contracts.models import Contract, Organisation
from referentials.models import Commune

# Fields of the kept organisation that a merge fills from the duplicate when they are empty on the kept one.
FILLED_ON_MERGE = ["siren", "address", "epci", "commune", "departement"]


class OrganisationError(Exception):
    """A refused change, with a French message for the person who asked."""


@dataclass(frozen=True)
class Relation:
    """One kind of link to an organisation: rows of `model` whose `field` points to it.

    For a many-to-many field without its own through model (a fiche's partners), `model` is the through table:
    moving a link there is adding the kept organisation to the set, so a row already there is simply dropped.
    """

    model: type[models.Model]
    field: str
    label: str
    is_set: bool = False

    def rows(self, organisation):
        return self.model._base_manager.filter(**{self.field: organisation})

    @property
    def contract_path(self):
        return contract_path(self.model)


def relations() -> list[Relation]:
    """Every link to an organisation, whatever app declares it (history tables are not links: their foreign keys
    are hidden, and a merge leaves history as it was)."""
    found = []
    for rel in Organisation._meta.related_objects:
        if rel.many_to_many:
            source = rel.field.model._meta
            label = f"{str(source.verbose_name_plural).capitalize()} ({rel.field.verbose_name})"
            through = rel.through
            target = rel.field.m2m_reverse_field_name()
            found.append(Relation(through, target, label, is_set=through._meta.auto_created is not False))
        else:
            label = f"{str(rel.related_model._meta.verbose_name_plural).capitalize()} ({rel.field.verbose_name})"
            found.append(Relation(rel.related_model, rel.field.name, label))
    return found


def contract_path(model) -> str | None:
    """The lookup from a row of `model` to the contract it belongs to (`contract`, `ficheaction__contract`,
    `instance__contract`), or None: at most one step away, found by the foreign keys to Contract."""
    if model is Contract:
        return "pk"
    relations_ = [f for f in model._meta.concrete_fields if f.is_relation and f.many_to_one]
    for f in relations_:
        if f.related_model is Contract:
            return f.name
    for f in relations_:
        for g in f.related_model._meta.concrete_fields:
            if g.is_relation and g.many_to_one and g.related_model is Contract and f.related_model is not model:
                return f"{f.name}__{g.name}"
    return None


@dataclass
class Usage:
    label: str
    count: int
    contract_ids: set = field(default_factory=set)


def usages(organisation) -> list[Usage]:
    """Where the organisation is used, one line per kind of link that has rows (two queries per kind)."""
    lines = []
    for relation in relations():
        rows = relation.rows(organisation)
        count = rows.count()
        if not count:
            continue
        path = relation.contract_path
        ids = set(rows.exclude(**{path: None}).values_list(path, flat=True)) if path else set()
        lines.append(Usage(relation.label, count, ids))
    return lines


def with_usage_count(queryset):
    """Annotate `usage_count`: the links of every kind, one correlated count per kind, in the list's own query."""
    total = Value(0)
    for relation in relations():
        counted = (
            relation.model._base_manager.filter(**{relation.field: OuterRef("pk")})
            .order_by()
            .values(relation.field)
            .annotate(n=Count("*"))
            .values("n")
        )
        total = total + Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)
    return queryset.annotate(usage_count=total)


def usage_count(organisation) -> int:
    return with_usage_count(Organisation.objects.filter(pk=organisation.pk)).values_list("usage_count", flat=True)[0]


# The organisations of a département ---------------------------------------------------------------------------------


def departement_organisations(codes):
    """The organisations of the départements `codes`: those attached to one of them (their département, their
    commune, the communes of their EPCI) and those linked to one of their contracts by any link (`relations()`:
    porteur or party of the contract, porteur or partner of one of its fiches, seat in one of its instances...).

    One rule for two uses: an ARS animator administers the organisations of their départements
    (`administration.perms`), and a fiche chooses its porteur and partners among those of its contract's
    département (`actions.forms.FicheForm`). A queryset of IN subqueries, no join: no duplicate rows.
    """
    codes = list(codes)
    contracts = Contract.objects.filter(departement_id__in=codes).values("pk")
    communes = Commune.objects.filter(departement_id__in=codes).order_by()
    condition = (
        Q(departement_id__in=codes) | Q(commune__in=communes.values("pk")) | Q(epci__in=communes.values("epci"))
    )
    for relation in relations():
        if relation.contract_path is not None:
            rows = relation.model._base_manager.filter(**{f"{relation.contract_path}__in": contracts})
            condition |= Q(pk__in=rows.values(relation.field))
    return Organisation.objects.filter(condition)


# Merging ------------------------------------------------------------------------------------------------------------


@dataclass
class Move:
    label: str
    count: int
    contract_ids: set = field(default_factory=set)


@dataclass
class Conflict:
    """Rows of the duplicate that would collide with rows of the kept organisation (both parties of one contract)."""

    label: str
    count: int
    contract_ids: set = field(default_factory=set)


@dataclass
class MergePlan:
    keep: Organisation
    duplicate: Organisation
    moves: list[Move]
    conflicts: list[Conflict]
    filled: list[str]  # verbose names of the fields copied from the duplicate
    dropped: int = 0  # links of a set the kept organisation already has (a fiche with both as partners)

    @property
    def ok(self):
        return not self.conflicts and self.keep.pk != self.duplicate.pk

    @property
    def moved_count(self):
        return sum(move.count for move in self.moves)

    @property
    def contract_ids(self):
        return set().union(*(move.contract_ids for move in self.moves)) if self.moves else set()

    def fingerprint(self) -> str:
        """Changes when what the merge would do changes: a confirmation checks it against the preview's."""
        parts = [str(self.keep.pk), str(self.duplicate.pk), str(self.dropped), *self.filled]
        parts += [f"{m.label}:{m.count}" for m in self.moves] + [f"!{c.label}:{c.count}" for c in self.conflicts]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def _unique_sets(model, field_name):
    """The other fields of each uniqueness rule of `model` that includes `field_name`."""
    sets = []
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and field_name in (constraint.fields or ()):
            sets.append([f for f in constraint.fields if f != field_name])
    for together in model._meta.unique_together:
        if field_name in together:
            sets.append([f for f in together if f != field_name])
    if model._meta.get_field(field_name).unique:
        sets.append([])
    return sets


def _clashes(relation, keep, duplicate):
    """Rows of the duplicate whose move would break a uniqueness rule: {pk} of the duplicate's rows."""
    clashing = set()
    for others in _unique_sets(relation.model, relation.field):
        if not others:
            if relation.rows(keep).exists():
                clashing |= set(relation.rows(duplicate).values_list("pk", flat=True))
            continue
        kept = set(relation.rows(keep).values_list(*others))
        for pk, *values in relation.rows(duplicate).values_list("pk", *others):
            if tuple(values) in kept:
                clashing.add(pk)
    return clashing


def merge_plan(keep, duplicate) -> MergePlan:
    """What merging `duplicate` into `keep` would do; nothing written. A few queries per kind of link."""
    moves, conflicts, dropped = [], [], 0
    for relation in relations():
        rows = relation.rows(duplicate)
        count = rows.count()
        if not count:
            continue
        clashing = _clashes(relation, keep, duplicate) if keep.pk != duplicate.pk else set()
        path = relation.contract_path

        def contracts_of(queryset, path=path):
            return set(queryset.exclude(**{path: None}).values_list(path, flat=True)) if path else set()

        if clashing and relation.is_set:
            dropped += len(clashing)
        elif clashing:
            clash_rows = relation.model._base_manager.filter(pk__in=clashing)
            conflicts.append(Conflict(relation.label, len(clashing), contracts_of(clash_rows)))
        moves.append(Move(relation.label, count, contracts_of(rows)))
    filled = [
        str(Organisation._meta.get_field(name).verbose_name)
        for name in FILLED_ON_MERGE
        if not getattr(keep, Organisation._meta.get_field(name).attname)
        and getattr(duplicate, Organisation._meta.get_field(name).attname)
    ]
    return MergePlan(keep, duplicate, moves, conflicts, filled, dropped)


# simple_history's change reason is a CharField(100): names are shortened to fit.
NAME_IN_REASON = 28


def _shortened(name):
    return name if len(name) <= NAME_IN_REASON else name[: NAME_IN_REASON - 1].rstrip() + "…"


def merge_reason(keep, duplicate) -> str:
    """What the history of every row a merge touches says: « Fusion de « CH de Cholet » (n° 2) dans « Centre
    hospitalier de Cholet » (n° 1) » (at most 100 characters)."""
    return (
        f"Fusion de « {_shortened(duplicate.name)} » (n° {duplicate.pk}) "
        f"dans « {_shortened(keep.name)} » (n° {keep.pk})"
    )[:100]


def _repoint(relation, duplicate, keep, *, by, reason):
    rows = relation.rows(duplicate)
    model = relation.model
    if relation.is_set:
        # A set holds an organisation once: drop the duplicate's link where the kept one is there already.
        owner = next(f.name for f in model._meta.concrete_fields if f.is_relation and f.name != relation.field)
        rows.filter(**{f"{owner}__in": relation.rows(keep).values(owner)}).delete()
        rows.update(**{relation.field: keep})
        return
    objects = list(rows)
    if not objects:
        return
    for obj in objects:
        setattr(obj, relation.field, keep)
    if getattr(model._meta, "simple_history_manager_attribute", None):
        bulk_update_with_history(objects, model, [relation.field], default_user=by, default_change_reason=reason)
    else:
        model._base_manager.filter(pk__in=[obj.pk for obj in objects]).update(**{relation.field: keep})
    if issubclass(model, Versioned):
        # A form opened on one of these rows still shows the duplicate: it must not save it back.
        bump_versions(model._base_manager.filter(pk__in=[obj.pk for obj in objects]))


def merge(keep, duplicate, *, by) -> MergePlan:
    """Move every link of `duplicate` to `keep`, fill the kept organisation's empty fields from the duplicate, then
    delete the duplicate, all in one transaction. The history of each moved row, of the kept organisation and of the
    deleted one says who merged what. Raises OrganisationError when rows would collide (both parties of one
    contract): the person removes one of the two parties first."""
    if keep.pk == duplicate.pk:
        raise OrganisationError("Choisissez deux organisations différentes.")
    with transaction.atomic():
        locked = {o.pk: o for o in Organisation.objects.select_for_update().filter(pk__in=[keep.pk, duplicate.pk])}
        if len(locked) != 2:
            raise OrganisationError("L'une des deux organisations n'existe plus : rechargez la page.")
        keep, duplicate = locked[keep.pk], locked[duplicate.pk]
        plan = merge_plan(keep, duplicate)
        if plan.conflicts:
            raise OrganisationError(
                "La fusion est impossible : les deux organisations figurent ensemble dans "
                + " ; ".join(f"{c.label.lower()} : {count(c.count, 'ligne')}" for c in plan.conflicts)
                + ". Retirez l'une des deux de ces lignes, puis recommencez."
            )
        reason = merge_reason(keep, duplicate)
        for relation in relations():
            _repoint(relation, duplicate, keep, by=by, reason=reason)
        for name in FILLED_ON_MERGE:
            attname = Organisation._meta.get_field(name).attname
            if not getattr(keep, attname) and getattr(duplicate, attname):
                setattr(keep, attname, getattr(duplicate, attname))
        bump_version(keep)
        _record(keep, by, reason)
        keep.save()
        _record(duplicate, by, reason)
        duplicate.delete()
    return plan


# Archiving ----------------------------------------------------------------------------------------------------------


def _record(organisation, by, reason):
    """Who and why, for the history row the next save or delete writes."""
    organisation._history_user = by
    organisation._change_reason = reason


def archive(organisation, *, by):
    """No longer offered in choice fields; every link stays. Refused on an archived organisation."""
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if organisation.is_archived:
            raise OrganisationError(f"L'organisation « {organisation.name} » est déjà archivée.")
        organisation.archived_at = timezone.now()
        bump_version(organisation)
        _record(organisation, by, "Archivée")
        organisation.save()
    return organisation


def restore(organisation, *, by):
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if not organisation.is_archived:
            raise OrganisationError(f"L'organisation « {organisation.name} » n'est pas archivée.")
        organisation.archived_at = None
        bump_version(organisation)
        _record(organisation, by, "Désarchivée")
        organisation.save()
    return organisation


def delete_unused(organisation, *, by):
    """Only an organisation nothing points to: one in use is archived instead, so that no record loses it."""
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if usage_count(organisation):
            raise OrganisationError(
                f"L'organisation « {organisation.name} » est utilisée : archivez-la plutôt que de la supprimer."
            )
        _record(organisation, by, "Supprimée (utilisée nulle part)")
        organisation.delete()
