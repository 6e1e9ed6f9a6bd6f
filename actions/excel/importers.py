"""Import of a plan d'action from a workbook: read, validate and preview without writing, then apply all or nothing.

    rows = read_plan(content, contract)            # the portal's template or Territoires en Transitions'
    preview = prepare_import(contract, rows)       # read-only: problems, warnings, what would change
    if preview.ok: apply_import(preview, user=user)

Every row written is checked by its model's own validation (`checks`). Fiches and sub-objects missing from the file
are kept. Sub-objects are matched by natural key: sub-action by number, budget line
by (year, funder, precision), indicator by name, indicator value by (indicator, year).
"""

from dataclasses import dataclass, field

from actions.excel import tet
from actions.excel.checks import prepare_import
from actions.excel.preview import ImportPreview, NewOrganisation
from actions.excel.reading import PlanRows, read_portal_rows
from actions.excel.schema import FICHES
from actions.models import Axe, FicheAction, FicheIndicator, FicheIndicatorValue
from actions.validators import number_key
from cls_portal.imports.reading import WorkbookError, find_sheet, open_workbook, sheet_names
from cls_portal.imports.uploads import StaleImportError, apply_all_or_nothing
from cls_portal.locking import StaleObjectError, claim_version
from cls_portal.text import count
from contracts.models import Organisation

__all__ = ["ImportPreview", "ImportResult", "StaleImportError", "apply_import", "prepare_import", "read_plan"]

CHANGE_REASON = "Import Excel"
STALE_MESSAGE = (
    "Le plan a été modifié par quelqu'un d'autre pendant l'import : rien n'a été enregistré. "
    "Recommencez l'import pour voir l'aperçu à jour."
)


def read_plan(content: bytes, contract, *, default_axe: str = "") -> PlanRows:
    """The rows of an uploaded workbook, whichever template it follows; WorkbookError if it is none of them.

    The contract is needed for Territoires en Transitions' template, whose axes and actions are matched by title;
    `default_axe` is the title of the axe that receives its actions without an axe (`tet.read_tet_rows`).
    """
    workbook = open_workbook(content)
    try:
        if find_sheet(workbook, FICHES.title) is not None:
            return read_portal_rows(workbook)
        found = tet.find_tet_sheet(workbook)
        if found is not None:
            return tet.read_tet_rows(*found, contract, default_axe=default_axe)
        raise WorkbookError(
            f"Ce classeur n'a pas de feuille « {FICHES.title} » (feuilles trouvées : {sheet_names(workbook)}) et ne "
            "suit pas non plus le modèle de Territoires en Transitions (colonnes « Axe (x) » et « Titre de "
            "l'action ») : téléchargez le plan au format Excel pour obtenir le modèle du portail."
        )
    finally:
        workbook.close()


def _claim(obj, version_read, number, what=""):
    """The next version of a fiche or sub-object the import changes, if it is still at the one the preview read:
    forms opened before the import then refuse to overwrite it."""
    try:
        claim_version(obj, version_read)
    except StaleObjectError:
        detail = f" ({what[:1].lower()}{what[1:]})" if what else ""
        raise StaleImportError(
            f"La fiche {number} a été modifiée dans le portail depuis l'aperçu{detail} : rien n'a été enregistré. "
            "Recommencez l'import pour voir l'aperçu à jour."
        ) from None


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: int = 0
    axes_created: int = 0
    axes_updated: int = 0
    organisations_created: int = 0

    def summary(self) -> str:
        return (
            f"{count(len(self.created), 'fiche créée', 'fiches créées')}, "
            f"{count(len(self.updated), 'mise à jour', 'mises à jour')}, {count(self.unchanged, 'inchangée')} ; "
            f"{count(self.axes_created, 'axe créé', 'axes créés')}, {count(self.axes_updated, 'modifié')} ; "
            f"{count(self.organisations_created, 'organisation créée', 'organisations créées')}."
        )


def _save(obj, user):
    obj._history_user = user
    obj._change_reason = CHANGE_REASON
    obj.save()


def apply_import(preview: ImportPreview, *, user=None) -> ImportResult:
    """Write what the preview announced, in one transaction; nothing at all if anything fails."""
    return apply_all_or_nothing(preview, lambda: _apply(preview, user), stale_message=STALE_MESSAGE)


def _apply(preview, user) -> ImportResult:
    contract = preview.contract
    result = ImportResult()
    orgs = {}
    for new in preview.new_organisations:
        orgs[new] = Organisation.objects.get_or_create(name=new.name, kind=new.kind)[0]
        result.organisations_created += 1
    resolve = lambda value: orgs.get(value, value) if isinstance(value, NewOrganisation) else value  # noqa: E731
    axes = _apply_axes(preview, contract, user, result)
    _apply_fiches(preview, contract, axes, resolve, user, result)
    return result


def _apply_axes(preview, contract, user, result):
    axes = {axe.number: axe for axe in Axe.objects.filter(contract=contract)}
    # Parents before their sub-axes.
    for change in sorted(preview.axes, key=lambda c: (bool(c.parent_number), number_key(c.number))):
        if change.action == "unchanged":
            continue
        axe = change.existing or Axe(contract=contract, number=change.number)
        for key, value in change.values.items():
            setattr(axe, key, value)
        if hasattr(change, "row") and change.row.has("parent"):
            axe.parent = axes.get(change.parent_number) if change.parent_number else None
        _save(axe, user)
        axes[axe.number] = axe
        if change.existing is None:
            result.axes_created += 1
        else:
            result.axes_updated += 1
    return axes


def _apply_fiches(preview, contract, axes, resolve, user, result):
    existing_pks = [change.existing.pk for change in preview.fiches if change.existing is not None]
    locked = {f.pk: f for f in FicheAction.objects.select_for_update().filter(pk__in=existing_pks)}
    indicators = {}
    for change in preview.fiches:
        action = change.action
        if action == "unchanged":
            result.unchanged += int(change.in_file)
            continue
        if change.existing is not None:
            fiche = locked.get(change.existing.pk) or change.existing
            _claim(fiche, change.version_read, change.number)
        else:
            fiche = FicheAction(contract=contract, number=change.number)
        scalar_changes = change.existing is None or bool(change.changes)
        if change.axe_number:
            fiche.axe = axes[change.axe_number]
        for key, value in change.values.items():
            setattr(fiche, key, resolve(value))
        if scalar_changes:
            _save(fiche, user)
        for key, items in change.m2m.items():
            getattr(fiche, key).set([resolve(item) for item in items])
        (result.created if change.existing is None else result.updated).append(fiche)
        ordered = sorted(change.children, key=lambda op: op.model is FicheIndicatorValue)  # indicators before values
        for op in ordered:
            if not op.is_change:
                if op.model is FicheIndicator:
                    indicators[(change.number, op.existing.name)] = op.existing
                continue
            obj = op.existing or op.model()
            if op.existing is not None:
                _claim(obj, obj.version, change.number, op.label)
            if op.model is FicheIndicatorValue:
                obj.indicator = indicators.get(op.indicator_key) or FicheIndicator.objects.get(
                    fiche=fiche, name=op.indicator_key[1]
                )
            else:
                obj.fiche = fiche
            for key, value in op.values.items():
                setattr(obj, key, value)
            _save(obj, user)
            if op.model is FicheIndicator:
                indicators[(change.number, obj.name)] = obj
