"""Reading the demo data files (`fixtures/demo/*.yaml`, described in `fixtures/demo/README.md`).

Each entry is checked against the model it becomes: its keys are the model's field names, its values must have the
field's type and one of its choices, and references (organisation keys, account e-mails, plan files) must exist in
the files. Every problem is a `DemoDataError` whose French message names the file, the line and the entry.

No database here: codes of the referentials (communes, EPCI, PRS objectives) and the domain's rules are checked
while loading (`demo.loader`), where the same `Where` names the entry.
"""

import datetime
import difflib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from django.conf import settings
from django.db import models

from actions.enums import Public
from actions.models import Axe, BudgetLine, FicheAction, FicheIndicator, FicheIndicatorValue, FollowUpNote, SubAction
from contracts.enums import ContractStatus
from contracts.models import ContractParty, Membership, Organisation

DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "demo"
ACCOUNTS_FILE = "accounts.yaml"
ORGANISATIONS_FILE = "organisations.yaml"
CONTRACTS_FILE = "contracts.yaml"


class DemoDataError(Exception):
    """A demo data file the loader cannot use; the message says, in French, which file, line and entry, and why."""


@dataclass(frozen=True)
class Where:
    """Where an entry was read: the file, the line of the entry, and the path of entries down to it."""

    file: str
    line: int | None = None
    entry: tuple = ()

    def at(self, label, node=None):
        return Where(self.file, getattr(node, "line", None) or self.line, (*self.entry, label))

    def at_key(self, node, key):
        """The same entry, at the line of one of its keys."""
        return Where(self.file, getattr(node, "key_lines", {}).get(key, self.line), self.entry)

    def error(self, message) -> DemoDataError:
        return DemoDataError(f"{self} : {message}")

    def __str__(self):
        return ", ".join([self.file, *([f"ligne {self.line}"] if self.line else []), *self.entry])


class Record:
    """One checked entry: `fields` go to the model as they are, `links` are what the loader resolves (references,
    lists of child entries, steps)."""

    def __init__(self, where):
        self.where = where
        self.fields = {}
        self.links = {}

    def get(self, key, default=None):
        if key in self.links:
            return self.links[key]
        return self.fields.get(key, default)

    def __getitem__(self, key):
        return self.links[key] if key in self.links else self.fields[key]

    def __contains__(self, key):
        return key in self.links or key in self.fields


@dataclass
class DemoData:
    directory: Path
    password: str
    accounts: list
    organisations: list
    contracts: list


@dataclass
class _Context:
    directory: Path
    accounts: set = field(default_factory=set)
    organisations: set = field(default_factory=set)
    plan_files: dict = field(default_factory=dict)


# --- YAML with line numbers --------------------------------------------------------------------------------------


class _Mapping(dict):
    line = None  # of the entry
    key_lines = {}  # replaced per instance: {key: its line}


class _Loader(yaml.SafeLoader):
    """Safe YAML whose mappings know their line, and which refuses a key given twice (YAML keeps the last one)."""


def _construct_mapping(loader, node):
    seen = set()
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"la clé « {key_node.value} » apparaît deux fois dans la même entrée",
                    key_node.start_mark,
                )
            seen.add(key_node.value)
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {
        key_node.value: key_node.start_mark.line + 1
        for key_node, _ in node.value
        if isinstance(key_node, yaml.ScalarNode)
    }
    yield mapping
    mapping.update(loader.construct_mapping(node))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def read_yaml(path: Path):
    """The file's content, and where it is; YAML and encoding problems are DemoDataError with the line."""
    where = Where(_display(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise where.error("fichier introuvable.") from None
    except UnicodeDecodeError:
        raise where.error("le fichier doit être enregistré en UTF-8.") from None
    try:
        content = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = Where(where.file, mark.line + 1 if mark else None)
        raise line.error(f"YAML illisible ({error.problem or error.context}).") from None
    except yaml.YAMLError as error:
        raise where.error(f"YAML illisible ({error}).") from None
    return content, Where(where.file, getattr(content, "line", None))


# --- Checks of one value -----------------------------------------------------------------------------------------
# A check takes (value, where, key, context) and returns the value to use, or raises where.error(...).


def _describe(value):
    if isinstance(value, bool):
        return f"le booléen {'true' if value else 'false'}"
    if isinstance(value, int | float):
        return f"le nombre {value}"
    if isinstance(value, datetime.date):
        return f"la date {value.isoformat()}"
    if isinstance(value, list):
        return "une liste"
    if isinstance(value, dict):
        return "une entrée « clé: valeur »"
    return f"« {value} »"


def text(value, where, key, context):
    if not isinstance(value, str):
        raise where.error(
            f"« {key} » doit être un texte, or YAML y lit {_describe(value)} : écrivez la valeur entre guillemets "
            '(par exemple "1.10" ou "Non").'
        )
    return value


def boolean(value, where, key, context):
    if not isinstance(value, bool):
        raise where.error(f"« {key} » vaut true ou false, pas {_describe(value)}.")
    return value


def integer(value, where, key, context):
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error(f"« {key} » doit être un nombre entier, pas {_describe(value)}.")
    return value


def decimal(value, where, key, context):
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise where.error(f"« {key} » doit être un nombre (1500 ou 33.8), pas {_describe(value)}.")
    return Decimal(str(value))


def date(value, where, key, context):
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise where.error(f"« {key} » doit être une date écrite AAAA-MM-JJ (2022-03-16), pas {_describe(value)}.")
    return value


def choice(options: dict, what: str, blank=False):
    """One of the stored values of `options` ({value: label}); the message lists them with their labels."""

    def check(value, where, key, context):
        if isinstance(value, str) and (value in options or (blank and value == "")):
            return value
        listed = ", ".join(f"{option} ({label})" for option, label in options.items())
        raise where.error(
            f"valeur inconnue {_describe(value)} pour « {key} » ({what}) ; valeurs possibles : {listed}."
        )

    return check


def _unknown(value, known, what, where, key, hint):
    close = difflib.get_close_matches(str(value), sorted(known), n=1)
    suggestion = f" Vouliez-vous dire « {close[0]} » ?" if close else ""
    return where.error(f"{what} {_describe(value)} (« {key} »).{suggestion} {hint}")


def organisation(value, where, key, context):
    value = text(value, where, key, context)
    if value not in context.organisations:
        raise _unknown(
            value, context.organisations, "organisation inconnue", where, key, f"Voir {ORGANISATIONS_FILE}."
        )
    return value


def account(value, where, key, context):
    value = text(value, where, key, context)
    if value not in context.accounts:
        raise _unknown(value, context.accounts, "compte inconnu", where, key, f"Voir {ACCOUNTS_FILE}.")
    return value


def many(check):
    def check_list(value, where, key, context):
        if not isinstance(value, list):
            raise where.error(f"« {key} » est une liste, par exemple [a, b], pas {_describe(value)}.")
        return [check(item, where, key, context) for item in value]

    return check_list


# --- Checks of an entry ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Key:
    """What a key of an entry accepts; `model`: its value goes to the model field of the same name."""

    check: object
    model: bool = False
    required: bool = False


def model_keys(model, *, exclude=(), required=()):
    """Keys for the editable, non-relation fields of `model`, checked by their type and choices."""
    keys = {}
    for model_field in model._meta.concrete_fields:
        if model_field.primary_key or model_field.is_relation or not model_field.editable:
            continue
        if model_field.name in exclude:
            continue
        if model_field.choices:
            check = choice(dict(model_field.flatchoices), str(model_field.verbose_name), blank=model_field.blank)
        elif isinstance(model_field, models.BooleanField):
            check = boolean
        elif isinstance(model_field, models.DateTimeField):
            continue
        elif isinstance(model_field, models.DateField):
            check = date
        elif isinstance(model_field, models.DecimalField):
            check = decimal
        elif isinstance(model_field, models.IntegerField):
            check = integer
        elif isinstance(model_field, models.CharField | models.TextField):
            check = text
        else:
            continue
        keys[model_field.name] = Key(check, model=True, required=model_field.name in required)
    return keys


def record(node, where, keys, context, *, partial=False) -> Record:
    """Check one entry against `keys`; `partial`: no key is required (defaults for other entries)."""
    if not isinstance(node, dict):
        raise where.error(f"une entrée « clé: valeur » est attendue, pas {_describe(node)}.")
    unknown = [key for key in node if key not in keys]
    if unknown:
        key = unknown[0]
        close = difflib.get_close_matches(str(key), list(keys), n=1)
        suggestion = f"Vouliez-vous dire « {close[0]} » ? " if close else ""
        raise where.at_key(node, key).error(f"clé inconnue « {key} ». {suggestion}Clés possibles : {', '.join(keys)}.")
    checked = Record(where)
    for key, spec in keys.items():
        value = node.get(key)
        if value is None:
            if spec.required and not partial:
                raise where.error(f"« {key} » est obligatoire.")
            continue
        value = spec.check(value, where.at_key(node, key), key, context)
        (checked.fields if spec.model else checked.links)[key] = value
    return checked


def entries(keys, noun, identity=None):
    """A list of entries checked against `keys`; each is named « noun identity » in messages (`identity`: the key
    that names it), or « noun n° i » without one."""

    def check(value, where, key, context):
        if not isinstance(value, list):
            raise where.error(f"« {key} » est une liste d'entrées (lignes commençant par « - »).")
        checked = []
        for index, node in enumerate(value, 1):
            name = node.get(identity) if identity and isinstance(node, dict) else None
            if isinstance(name, datetime.date):
                name = name.isoformat()
            named = isinstance(name, str | int) and not isinstance(name, bool)
            label = f"{noun} {name}" if named else f"{noun} n° {index}"
            checked.append(record(node, where.at(label, node), keys, context))
        return checked

    return check


# --- The files ---------------------------------------------------------------------------------------------------

MEMBERSHIP_ROLE = model_keys(Membership, required=("role",))["role"]

ACCOUNT_KEYS = {
    "email": Key(text, required=True),
    "first_name": Key(text),
    "last_name": Key(text),
    "organisation": Key(text),
    "job_title": Key(text),
    "superuser": Key(boolean),
    "memberships": Key(entries({"role": MEMBERSHIP_ROLE, "departement": Key(text, required=True)}, "habilitation")),
}

ORGANISATION_KEYS = {"key": Key(text, required=True), **model_keys(Organisation, required=("name", "kind"))}

PARTY_KEYS = {
    "organisation": Key(organisation, required=True),
    **model_keys(ContractParty, required=("role",)),
}
MEMBER_KEYS = {"account": Key(account, required=True), "role": MEMBERSHIP_ROLE}

VALUE_KEYS = model_keys(FicheIndicatorValue)
INDICATOR_KEYS = {**model_keys(FicheIndicator), "values": Key(entries(VALUE_KEYS, "valeur", "year"))}
FICHE_KEYS = {
    **model_keys(FicheAction, exclude=("version",), required=("is_demo_content",)),
    "porteur": Key(organisation),
    "partners": Key(many(organisation)),
    "pilote": Key(account),
    "ars_theme": Key(text),
    "prs_elements": Key(many(text)),
    "prs_priorities": Key(many(text)),
    "target_publics": Key(many(choice(dict(Public.choices), "public cible"))),
    "communes": Key(many(text)),
    "avenant": Key(integer),
    "sub_actions": Key(entries(model_keys(SubAction), "sous-action", "number")),
    "indicators": Key(entries(INDICATOR_KEYS, "indicateur", "name")),
    "budget_lines": Key(entries(model_keys(BudgetLine), "ligne de budget", "year")),
    "notes": Key(entries(model_keys(FollowUpNote), "note de suivi du", "date")),
}
AXE_KEYS = {**model_keys(Axe), "avenant": Key(integer), "fiches": Key(entries(FICHE_KEYS, "fiche", "number"))}


def _defaults(value, where, key, context):
    return record(value, where.at(f"« {key} »", value), FICHE_KEYS, context, partial=True)


PLAN_KEYS = {
    "prs": Key(text, required=True),
    "demo_fiche_defaults": Key(_defaults),
    "axes": Key(entries(AXE_KEYS, "axe", "number"), required=True),
}


def plan_file(value, where, key, context):
    """A plan file next to contracts.yaml, read and checked now."""
    name = text(value, where, key, context)
    path = context.directory / name
    if not path.is_file():
        raise where.error(f"fichier de plan introuvable « {name} » (à placer dans {_display(context.directory)}).")
    if name not in context.plan_files:
        content, file_where = read_yaml(path)
        plan = record(content, file_where, PLAN_KEYS, context)
        defaults = plan.get("demo_fiche_defaults")
        for axe in plan["axes"]:
            for fiche in axe.get("fiches", []):
                if defaults and fiche.fields.get("is_demo_content"):
                    _apply_defaults(fiche, defaults)
        context.plan_files[name] = plan
    return context.plan_files[name]


def _apply_defaults(fiche, defaults):
    for key, value in defaults.fields.items():
        fiche.fields.setdefault(key, value)
    for key, value in defaults.links.items():
        fiche.links.setdefault(key, value)


def _steps(value, where, key, context):
    if not isinstance(value, list):
        raise where.error(f"« {key} » est une liste d'étapes (lignes commençant par « - »).")
    steps = []
    for index, node in enumerate(value, 1):
        if not isinstance(node, dict) or len(node) != 1:
            raise where.error(
                f"l'étape n° {index} doit être une seule action suivie de « : », par exemple « - start_evaluation: »."
            )
        ((verb, arguments),) = node.items()
        step_where = where.at(f"étape {index} ({verb})", node)
        if verb not in STEP_KEYS:
            close = difflib.get_close_matches(str(verb), list(STEP_KEYS), n=1)
            suggestion = f"Vouliez-vous dire « {close[0]} » ? " if close else ""
            raise step_where.error(f"action inconnue. {suggestion}Actions possibles : {', '.join(STEP_KEYS)}.")
        step = Record(step_where)
        step.links["verb"] = verb
        if verb == "plan":
            step.links["plan"] = plan_file(arguments, step_where, verb, context)
        elif verb == "members":
            step.links["members"] = entries(MEMBER_KEYS, "habilitation", "account")(
                arguments, step_where, verb, context
            )
        elif verb == "pilotes":
            step.links["pilotes"] = entries(PILOTE_KEYS, "pilote de la fiche", "fiche")(
                arguments, step_where, verb, context
            )
        else:
            checked = record(arguments or {}, step_where, STEP_KEYS[verb], context)
            step.links.update(checked.links)
            step.fields.update(checked.fields)
        steps.append(step)
    return steps


_COMMENT = {"date": Key(date), "comment": Key(text)}
PILOTE_KEYS = {"fiche": Key(text, required=True), "account": Key(account, required=True)}
# The domain function behind each step: demo/loader.py. `plan`, `members` and `pilotes` take a file name or a list.
STEP_KEYS = {
    "start_elaboration": _COMMENT,
    "sign": {**_COMMENT, "start_date": Key(date), "end_date": Key(date), "signature_place": Key(text)},
    "start_evaluation": _COMMENT,
    "expire": _COMMENT,
    "abandon": _COMMENT,
    "record_existing_state": {
        "to": Key(choice(dict(ContractStatus.choices), "statut du contrat"), required=True),
        **_COMMENT,
        "signature_date": Key(date),
        "start_date": Key(date),
        "end_date": Key(date),
    },
    "add_avenant": {"signed_on": Key(date), "object": Key(text), "new_end_date": Key(date)},
    "renew": {
        **_COMMENT,
        "name": Key(text),
        "slug": Key(text),
        "copy_unfinished_fiches": Key(boolean),
        "steps": Key(_steps),
    },
    "plan": None,
    "members": None,
    "pilotes": None,
}

CONTRACT_KEYS = {
    "slug": Key(text, required=True),
    "name": Key(text, required=True),
    "departement": Key(text, required=True),
    "porteur": Key(organisation),
    "epcis": Key(many(text)),
    "communes": Key(many(text)),
    "summary": Key(text),
    "by": Key(account, required=True),
    "comment": Key(text),
    "parties": Key(entries(PARTY_KEYS, "partie", "organisation")),
    "members": Key(entries(MEMBER_KEYS, "habilitation", "account")),
    "steps": Key(_steps),
}


def _top(path, keys, context):
    content, where = read_yaml(path)
    return record(content, where, keys, context)


def read_demo_files(directory: Path = DIRECTORY) -> DemoData:
    """Read and check the demo files of `directory`; raises DemoDataError on the first problem."""
    directory = Path(directory)
    context = _Context(directory)
    accounts = _top(
        directory / ACCOUNTS_FILE,
        {
            "password": Key(text, required=True),
            "accounts": Key(entries(ACCOUNT_KEYS, "compte", "email"), required=True),
        },
        context,
    )
    context.accounts = _unique(accounts["accounts"], "email", "compte")
    organisations = _top(
        directory / ORGANISATIONS_FILE,
        {"organisations": Key(entries(ORGANISATION_KEYS, "organisation", "key"), required=True)},
        context,
    )
    context.organisations = _unique(organisations["organisations"], "key", "organisation")
    contracts = _top(
        directory / CONTRACTS_FILE,
        {"contracts": Key(entries(CONTRACT_KEYS, "contrat", "slug"), required=True)},
        context,
    )
    _unique(contracts["contracts"], "slug", "contrat")
    return DemoData(
        directory=directory,
        password=accounts["password"],
        accounts=accounts["accounts"],
        organisations=organisations["organisations"],
        contracts=contracts["contracts"],
    )


def _unique(records, key, noun):
    seen = set()
    for entry in records:
        value = entry[key]
        if value in seen:
            raise entry.where.error(f"« {value} » figure deux fois parmi les {noun}s.")
        seen.add(value)
    return seen
