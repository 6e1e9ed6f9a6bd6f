"""The demo's territorial diagnostic (`fixtures/demo/diagnostics.yaml`), called by `manage.py load_demo` after the
contracts: its indicator files, imported through the importer as demonstration data, then the diagnostic of the
CLS 2 of Mauges Communauté built through `diagnostics.lifecycle`.

Loads the indicator catalogue first if it is not there yet (`diagnostics.catalogue.load_indicators`).
Idempotent: a file whose values are already there changes nothing, and a diagnostic already there (same contract
and title) is left as it is. A problem is a DemoDataError naming the file, the line and the entry; nothing is written.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from actions.models import Axe, FicheAction
from cls_portal.models import User
from contracts.models import Contract
from demo.files import DIRECTORY, read_yaml
from diagnostics import lifecycle
from diagnostics.catalogue import load_indicators
from diagnostics.importing.importer import IndicatorImporter
from diagnostics.models import Diagnostic, DiagnosticIndicator, Priority, QualitativeWork, TerritorialIndicator

FILE = "diagnostics.yaml"
DIAGNOSTIC_FIELDS = {"title", "kind", "made_on", "author_detail", "summary", "reference_year"}
WORK_FIELDS = {"kind", "title", "start_date", "end_date", "participants", "participant_count", "synthesis"}
STEPS = {"share": lifecycle.share, "validate": lifecycle.validate}


@dataclass
class DiagnosticsReport:
    created: list = field(default_factory=list)

    def __str__(self):
        if not self.created:
            return "Diagnostic de démonstration déjà présent : rien à changer."
        return "Diagnostic de démonstration : " + ", ".join(self.created) + "."


def _clean(instance, where):
    try:
        instance.full_clean(exclude=[f.name for f in instance._meta.fields if not f.editable])
    except ValidationError as error:
        raise where.error(" ".join(error.messages)) from None


def _unknown_keys(entry, allowed, where):
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise where.error(
            f"clé{'s' if len(unknown) > 1 else ''} inconnue{'s' if len(unknown) > 1 else ''} : {', '.join(unknown)}."
        )


def _account(email, where):
    user = User.objects.filter(email=email).first()
    if user is None:
        raise where.error(f"aucun compte de démonstration n'a l'adresse « {email} ».")
    return user


def _import_files(names, where, report):
    for name in names:
        path = DIRECTORY / name
        if not path.is_file():
            raise where.error(f"fichier de valeurs introuvable : {name}.")
        importer = IndicatorImporter(filename=name, is_demo=True)
        preview = importer.prepare(path.read_bytes())
        if not preview.ok:
            problems = "; ".join(str(problem) for problem in preview.errors[:5])
            raise where.error(f"le fichier {name} ne s'importe pas : {problems}")
        if preview.has_changes:
            importer.apply(preview)
            report.created.append(f"valeurs de {name} ({preview.summary()[:-1]})")


def _diagnostic(entry, where, report):
    contract = Contract.objects.filter(slug=entry["contract"]).first()
    if contract is None:
        raise where.error(f"aucun contrat n'a l'identifiant « {entry['contract']} ».")
    if Diagnostic.objects.filter(contract=contract, title=entry["title"]).exists():
        return
    allowed = DIAGNOSTIC_FIELDS | {"contract", "author", "indicators", "works", "priorities", "steps"}
    _unknown_keys(entry, allowed, where)
    author = _account(entry["author"], where.at_key(entry, "author"))
    diagnostic = Diagnostic(
        contract=contract,
        author=author,
        is_demo_content=True,
        **{k: v for k, v in entry.items() if k in DIAGNOSTIC_FIELDS},
    )
    _clean(diagnostic, where)
    lifecycle.start_diagnostic(diagnostic, by=author, comment="Diagnostic de démonstration.")
    catalogue = {indicator.code: indicator for indicator in TerritorialIndicator.objects.all()}
    items = {}
    for position, item in enumerate(entry.get("indicators", []), 1):
        here = where.at(f"indicateur {position}", item)
        indicator = catalogue.get(item.get("indicator"))
        if indicator is None:
            raise here.error(
                f"indicateur « {item.get('indicator')} » absent du catalogue (manage.py load_indicators)."
            )
        items[indicator.code] = DiagnosticIndicator.objects.create(
            diagnostic=diagnostic, indicator=indicator, comment=item.get("comment", ""), position=position
        )
    for position, item in enumerate(entry.get("works", []), 1):
        here = where.at(f"démarche {position}", item)
        _unknown_keys(item, WORK_FIELDS, here)
        work = QualitativeWork(diagnostic=diagnostic, position=position, **item)
        _clean(work, here)
        work.save()
    axes = {axe.number: axe for axe in Axe.objects.filter(contract=contract)}
    fiches = {fiche.number: fiche for fiche in FicheAction.objects.filter(contract=contract)}
    for item in entry.get("priorities", []):
        here = where.at(f"enjeu {item.get('number')}", item)
        _unknown_keys(item, {"number", "title", "justification", "indicators", "axes", "fiches"}, here)
        priority = Priority(
            diagnostic=diagnostic, number=item["number"], title=item["title"], justification=item["justification"]
        )
        _clean(priority, here)
        priority.save()
        priority.indicators.set(
            [_lookup(items, code, here, "indicateur retenu") for code in item.get("indicators", [])]
        )
        priority.axes.set([_lookup(axes, number, here, "axe du contrat") for number in item.get("axes", [])])
        priority.fiches.set([_lookup(fiches, number, here, "fiche du contrat") for number in item.get("fiches", [])])
    for step in entry.get("steps", []):
        ((name, values),) = step.items()
        here = where.at(name, step)
        verb = STEPS.get(name)
        if verb is None:
            raise here.error(f"étape inconnue « {name} » : {', '.join(STEPS)}.")
        try:
            verb(diagnostic, by=_account(values["by"], here), on=values.get("date"), comment=values.get("comment", ""))
        except lifecycle.DiagnosticError as error:
            raise here.error(" ".join(error.messages)) from None
    report.created.append(f"diagnostic « {diagnostic.title} » de {contract.slug}")


def _lookup(objects, key, where, what):
    if key not in objects:
        raise where.error(f"« {key} » n'est pas un {what}.")
    return objects[key]


@transaction.atomic
def load_demo_diagnostics() -> DiagnosticsReport:
    report = DiagnosticsReport()
    content, where = read_yaml(DIRECTORY / FILE)
    if not TerritorialIndicator.objects.exists():
        # As `manage.py load_indicators` would: the catalogue, and the values computed from the geography.
        for loaded in load_indicators():
            report.created.append(str(loaded))
    _import_files(content.get("indicator_files", []), where.at_key(content, "indicator_files"), report)
    for entry in content.get("diagnostics", []):
        _diagnostic(entry, where.at(f"diagnostic « {entry.get('title', '')} »", entry), report)
    return report
