"""A row checked by its model's own validation (field validators, `clean()`, constraints), each error located at the
column of the field it concerns."""

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db.models import CheckConstraint, F, Q, UniqueConstraint
from django.utils.text import capfirst

from cls_portal.imports.reading import RowData
from cls_portal.imports.report import Location, Report, lower_first

# An empty value the model refuses: said in the terms of a sheet.
BLANK_CODES = {"blank", "null", "required"}
REQUIRED_MESSAGE = "cette colonne est obligatoire."


def _condition_fields(condition):
    for child in condition.children if isinstance(condition, Q) else ():
        if isinstance(child, Q):
            yield from _condition_fields(child)
        else:
            lookup, value = child
            yield lookup.split("__")[0]
            if isinstance(value, F):
                yield value.name.split("__")[0]


def constraint_field(constraint, model) -> str | None:
    """The first field a constraint names that is the model's own (not a relation): where its message belongs."""
    if isinstance(constraint, UniqueConstraint):
        names = list(constraint.fields)
    elif isinstance(constraint, CheckConstraint):
        names = list(_condition_fields(constraint.condition))
    else:
        return None
    for name in names:
        try:
            if not model._meta.get_field(name).is_relation:
                return name
        except FieldDoesNotExist:
            continue
    return None


def model_errors(error: ValidationError, model) -> list[tuple[str | None, str, str | None]]:
    """(field name or None, message, code) of each message of a model's ValidationError.

    Django reports a constraint on several fields on none of them: its message goes to the first own field it names.
    """
    constraint_fields = {}
    for constraint in model._meta.constraints:
        message = str(constraint.get_violation_error_message())
        constraint_fields.setdefault(message, constraint_field(constraint, model))
    result = []
    for name, errors in error.update_error_dict({}).items():
        for item in errors:
            for message in item.messages:
                field = name
                if name == NON_FIELD_ERRORS:
                    field = constraint_fields.get(message)
                result.append((field, message, getattr(item, "code", None)))
    return result


def locate(row: RowData, name: str | None, model) -> Location:
    """Where a field's value came from; a field without a column in the file is named by its label."""
    if name is None or name in row.headers:
        return row.at(name)
    try:
        label = capfirst(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return row.at()
    return Location(row.sheet, row.row, label)


def _relations(instance) -> tuple[set, set]:
    """The foreign keys of `instance` set to an object read from the database, and those set to an unsaved one."""
    read, unsaved = set(), set()
    for field in instance._meta.concrete_fields:
        if field.many_to_one and field.is_cached(instance):
            related = field.get_cached_value(instance)
            if related is not None:
                (read if related.pk is not None else unsaved).add(field.name)
    return read, unsaved


def validate_row(instance, row: RowData, report: Report, *, exclude=()) -> bool:
    """The model's validation of `instance`; every error becomes an error of `report` at its column. True if valid.

    What `Model.full_clean()` checks, in its order (fields, `clean()`, uniqueness and constraints on the fields that
    passed), with two differences for a file of many rows: a foreign key set to an object read from the database is
    not read again, and one set to an unsaved object (created by the same import, checked by its own row) is left
    out. `exclude` names the other fields not to check: those whose cell could not be read (already reported).
    """
    read, unsaved = _relations(instance)
    errors = {}
    try:
        instance.full_clean(exclude=[*exclude, *read, *unsaved], validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    skip = {*exclude, *unsaved, *(name for name in errors if name != NON_FIELD_ERRORS)}
    for check in (instance.validate_unique, instance.validate_constraints):
        try:
            check(exclude=skip)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
    if not errors:
        return True
    model = type(instance)
    for name, message, code in model_errors(ValidationError(errors), model):
        text = REQUIRED_MESSAGE if code in BLANK_CODES else lower_first(message)
        report.error(text, locate(row, name, model))
    return False
