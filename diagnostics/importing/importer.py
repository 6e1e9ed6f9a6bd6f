"""An indicator file from bytes to stored values: read, map its columns, check every row, compare, write.

    importer = IndicatorImporter(filename="ors.csv", source=Source.ORS)
    preview = importer.prepare(content)        # nothing written; preview.errors located by sheet, row, column
    if preview.ok: importer.apply(preview, user=user)

All or nothing: one error and nothing is written. Importing the same file again changes nothing; a corrected file
changes only the values that differ, and each keeps what it was before (`IndicatorValueChange`).
"""

import hashlib
from dataclasses import dataclass, field

import pandas as pd
from django.utils import timezone

from cls_portal.imports.reading import WorkbookError
from cls_portal.imports.report import Problem
from cls_portal.imports.uploads import StaleImportError, apply_all_or_nothing
from cls_portal.text import count
from diagnostics.importing import mapping as m
from diagnostics.importing.checks import MAPPED_PLURAL, MAPPED_SINGULAR, CheckedRows, Context, Scope, check_rows
from diagnostics.importing.reading import MAX_FILE_SIZE, Table, read_table
from diagnostics.importing.territories import Geography
from diagnostics.importing.writing import Diff, compare, lock_indicators, write
from diagnostics.models import ImportMapping, IndicatorImport, TerritorialIndicator

STALE_MESSAGE = (
    "Des valeurs ont été modifiées par un autre import pendant celui-ci : rien n'a été enregistré. Recommencez "
    "l'import pour voir l'aperçu à jour."
)
CHANGED_MESSAGE = (
    "Les valeurs ont changé depuis l'aperçu (un autre import) : voici l'aperçu à jour. Rien n'a été enregistré ; "
    "vérifiez-le puis confirmez à nouveau."
)


@dataclass
class IndicatorPreview:
    filename: str
    table: Table | None = None
    roles: list = field(default_factory=list)
    checked: CheckedRows | None = None
    diff: Diff | None = None
    mapping_problems: list = field(default_factory=list)
    is_demo: bool = False
    sha256: str = ""
    size: int = 0

    @property
    def errors(self) -> list:
        if self.mapping_problems:
            return [Problem(text) for text in self.mapping_problems]
        return self.checked.errors if self.checked else []

    @property
    def error_count(self) -> int:
        if self.mapping_problems:
            return len(self.mapping_problems)
        return self.checked.error_count if self.checked else 0

    @property
    def warnings(self) -> list:
        return self.checked.warnings if self.checked else []

    @property
    def ok(self) -> bool:
        return self.checked is not None and not self.error_count

    @property
    def has_changes(self) -> bool:
        return bool(self.diff and self.diff.has_changes)

    @property
    def mapped_codes(self) -> list:
        return self.checked.mapped_codes if self.checked else []

    def counts(self) -> dict:
        return self.diff.counts() if self.diff else {"created": 0, "updated": 0, "unchanged": 0}

    def summary(self) -> str:
        counts = self.counts()
        return (
            f"{count(counts['created'], 'valeur créée', 'valeurs créées')}, "
            f"{count(counts['updated'], 'modifiée', 'modifiées')}, {count(counts['unchanged'], 'inchangée')}"
            + (f" ; {count(len(self.mapped_codes), MAPPED_SINGULAR, MAPPED_PLURAL)}" if self.mapped_codes else "")
            + "."
        )

    def fingerprint(self) -> str:
        """Changes when what the import would write changes (another import in between, a new mapping)."""
        digest = hashlib.sha256(self.sha256.encode())
        digest.update(repr([role.key() for role in self.roles]).encode())
        if self.diff is not None:
            for frame in (self.diff.created, self.diff.updated):
                columns = ["indicator_id", "level", "territory_code", "year", "status", "value"]
                digest.update(str(len(frame)).encode())
                if len(frame):
                    digest.update(pd.util.hash_pandas_object(frame[columns], index=False).to_numpy().tobytes())
        return digest.hexdigest()

    def sample_updates(self, indicators: dict) -> list[dict]:
        """The first changed values, for the preview: indicator, territory, year, before and after."""
        if self.diff is None:
            return []
        sample = []
        for row in self.diff.sample_updates().itertuples(index=False):
            sample.append(
                {
                    "indicator": indicators.get(int(row.indicator_id)),
                    "level": row.level,
                    "territory_code": row.territory_code,
                    "year": int(row.year),
                    "old": (row.status_old, row.value_old),
                    "new": (row.status, row.value),
                }
            )
        return sample


@dataclass
class ImportResult:
    record: IndicatorImport
    created: int
    updated: int
    unchanged: int

    def summary(self) -> str:
        return self.record.summary


class IndicatorImporter:
    """How the portal imports an indicator file, in the shape of `cls_portal`'s importers (prepare, apply)."""

    upload_model = IndicatorImport
    changed_message = CHANGED_MESSAGE

    def __init__(
        self, *, filename, source="", roles=None, scope=None, is_demo=False, record=None, max_size=MAX_FILE_SIZE
    ):
        self.filename = filename
        self.source = source
        self.roles = roles  # None: detected (remembered mapping of the source first)
        self.scope = scope or Scope()
        self.is_demo = is_demo
        self.record = record
        self.max_size = max_size

    def indicators(self):
        return list(TerritorialIndicator.objects.all())

    def read(self, content: bytes) -> Table:
        return read_table(content, self.filename, max_size=self.max_size)

    def detected_roles(self, table: Table, indicators) -> list:
        remembered = None
        if self.source:
            saved = ImportMapping.objects.filter(source=self.source).first()
            remembered = saved.columns if saved else None
        return m.detect(table.headers, indicators, remembered)

    def prepare(self, content: bytes) -> IndicatorPreview:
        """WorkbookError when the file cannot be read at all; else a preview, with errors or with its changes."""
        preview = IndicatorPreview(
            filename=self.filename, is_demo=self.is_demo, sha256=hashlib.sha256(content).hexdigest(), size=len(content)
        )
        table = self.read(content)
        indicators = self.indicators()
        roles = self.roles if self.roles is not None else self.detected_roles(table, indicators)
        if len(roles) != len(table.headers):
            raise WorkbookError("Les colonnes du fichier ne correspondent plus à la correspondance choisie.")
        preview.table, preview.roles = table, roles
        preview.mapping_problems = m.check_mapping(table.headers, roles)
        if preview.mapping_problems:
            return preview
        context = Context(indicators=indicators, geography=Geography(), scope=self.scope)
        preview.checked = check_rows(table, roles, context)
        if preview.ok:
            preview.diff = compare(preview.checked.rows, is_demo=self.is_demo)
        return preview

    def upload_fields(self, preview: IndicatorPreview) -> dict:
        return {
            "source": self.source,
            "mapping": [role.key() for role in preview.roles],
            "is_demo": self.is_demo,
            "sha256": preview.sha256,
            "size": preview.size,
        }

    def apply(self, preview: IndicatorPreview, *, user=None) -> ImportResult:
        """Write the preview's values, all or nothing (`cls_portal.imports.uploads.apply_all_or_nothing`)."""
        return apply_all_or_nothing(preview, lambda: self._write(preview, user), stale_message=STALE_MESSAGE)

    def _write(self, preview: IndicatorPreview, user) -> ImportResult:
        # Compared again under the lock: an import that ran since the preview would be overwritten otherwise.
        lock_indicators(preview.checked.rows)
        fingerprint = preview.fingerprint()
        preview.diff = compare(preview.checked.rows, is_demo=self.is_demo)
        if preview.fingerprint() != fingerprint:
            raise StaleImportError(STALE_MESSAGE)
        counts = preview.counts()
        record = self.record or IndicatorImport(filename=self.filename[:255], uploaded_by=user)
        for name, value in self.upload_fields(preview).items():
            setattr(record, name, value)
        record.created_count, record.updated_count = counts["created"], counts["updated"]
        record.unchanged_count = counts["unchanged"]
        record.mapped_codes = preview.mapped_codes
        record.summary = preview.summary()
        record.fingerprint = fingerprint
        record.applied_at = timezone.now()
        # The file's SHA-256 says which file it was; its content is not kept once applied.
        record.content = b""
        record.save()
        write(preview.diff, record=record)
        if self.source and preview.table is not None:
            ImportMapping.objects.update_or_create(
                source=self.source,
                defaults={"columns": m.remember(preview.table.headers, preview.roles), "updated_by": user},
            )
        return ImportResult(record, counts["created"], counts["updated"], counts["unchanged"])
