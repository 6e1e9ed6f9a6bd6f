"""What checked values change in the database, and writing them all or nothing.

    diff = compare(rows, is_demo=False)      # created, updated and unchanged values; reads only
    write(diff, record=indicator_import)     # in the caller's transaction

A value that changes keeps its history: its previous state goes into `IndicatorValueChange` with the import that had
written it. On PostgreSQL new values are loaded with COPY and changed ones through a temporary table: a national
file of a million values takes seconds (docs/performance.md).
"""

import io
from dataclasses import dataclass

import numpy as np
import pandas as pd
from django.db import connection
from django.utils import timezone

from diagnostics.importing.checks import KEY
from diagnostics.models import IndicatorValue, IndicatorValueChange, TerritorialIndicator

MEASURES = ["status", "value", "numerator", "denominator", "is_demo"]
COPY_CHUNK = 200_000
SAMPLE_SIZE = 50


@dataclass
class Diff:
    created: pd.DataFrame  # KEY, commune_id, MEASURES
    updated: pd.DataFrame  # the same, with id, source_import_id and the previous MEASURES (suffix _old)
    unchanged_count: int

    @property
    def has_changes(self):
        return bool(len(self.created) or len(self.updated))

    def counts(self):
        return {"created": len(self.created), "updated": len(self.updated), "unchanged": self.unchanged_count}

    def sample_updates(self, size=SAMPLE_SIZE):
        return self.updated.head(size)


EXISTING_COLUMNS = ["id", *KEY, "status", "value", "numerator", "denominator", "is_demo", "source_import_id"]


def existing_values(rows: pd.DataFrame) -> pd.DataFrame:
    """The stored values with the keys of `rows`' indicators, years and levels, as a frame (one query; on
    PostgreSQL a COPY, which reads a million values in a few seconds and little memory)."""
    if rows.empty:
        return pd.DataFrame(columns=EXISTING_COLUMNS)
    ids = [int(pk) for pk in rows["indicator_id"].unique()]
    years = [int(year) for year in rows["year"].unique()]
    levels = [str(level) for level in rows["level"].unique()]
    if connection.vendor == "postgresql":
        return _existing_postgresql(ids, years, levels)
    queryset = IndicatorValue.objects.filter(indicator_id__in=ids, year__in=years, level__in=levels)
    return pd.DataFrame.from_records(
        queryset.values_list(*EXISTING_COLUMNS).iterator(chunk_size=50_000), columns=EXISTING_COLUMNS
    )


def _existing_postgresql(ids, years, levels) -> pd.DataFrame:
    table = IndicatorValue._meta.db_table
    sql = (
        f"COPY (SELECT {', '.join(EXISTING_COLUMNS)} FROM {table} WHERE indicator_id = ANY(%s) AND year = ANY(%s) "
        "AND level = ANY(%s)) TO STDOUT WITH (FORMAT csv)"
    )
    buffer = io.BytesIO()
    with connection.cursor() as cursor, cursor.cursor.copy(sql, [ids, years, levels]) as copy:
        for chunk in copy:
            buffer.write(chunk)
    buffer.seek(0)
    if not buffer.getbuffer().nbytes:
        return pd.DataFrame(columns=EXISTING_COLUMNS)
    frame = pd.read_csv(
        buffer,
        names=EXISTING_COLUMNS,
        header=None,
        dtype={"level": str, "territory_code": str, "status": str, "is_demo": str},
        keep_default_na=False,
        na_values={"value": [""], "numerator": [""], "denominator": [""]},
    )
    frame["is_demo"] = frame["is_demo"] == "t"
    return frame


def _same(left: pd.Series, right: pd.Series) -> np.ndarray:
    a, b = left.to_numpy(dtype=float), right.to_numpy(dtype=float)
    return (a == b) | (np.isnan(a) & np.isnan(b))


def compare(rows: pd.DataFrame, *, is_demo: bool) -> Diff:
    rows = rows.assign(is_demo=is_demo)
    rows["indicator_id"] = rows["indicator_id"].astype("int64")
    rows["year"] = rows["year"].astype("int64")
    rows["level"] = rows["level"].astype(str)
    rows["territory_code"] = rows["territory_code"].astype(str)
    rows["status"] = rows["status"].astype(str)
    existing = existing_values(rows)
    if existing.empty:
        return Diff(created=rows, updated=rows.iloc[0:0], unchanged_count=0)
    existing["indicator_id"] = existing["indicator_id"].astype("int64")
    existing["year"] = existing["year"].astype("int64")
    merged = rows.merge(existing, on=KEY, how="left", suffixes=("", "_old"))
    is_new = merged["id"].isna().to_numpy()
    same = (
        (merged["status"] == merged["status_old"]).to_numpy()
        & _same(merged["value"], merged["value_old"])
        & _same(merged["numerator"], merged["numerator_old"])
        & _same(merged["denominator"], merged["denominator_old"])
        & (merged["is_demo"] == merged["is_demo_old"].astype(bool)).to_numpy()
    )
    created = merged[is_new][rows.columns]
    updated = merged[~is_new & ~same].copy()
    updated["id"] = updated["id"].astype("int64")
    return Diff(created=created, updated=updated, unchanged_count=int((~is_new & same).sum()))


def lock_indicators(rows: pd.DataFrame):
    """Two imports of the same indicators wait for each other, so that neither writes from a stale comparison."""
    ids = sorted(int(pk) for pk in rows["indicator_id"].unique())
    list(
        TerritorialIndicator.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True)
    )


def write(diff: Diff, *, record) -> None:
    """Create and update the values, record the history of the updated ones. Call inside a transaction, after
    `lock_indicators()` and a fresh `compare()`."""
    now = timezone.now()
    if connection.vendor == "postgresql":
        _create_postgresql(diff.created, record, now)
        _update_postgresql(diff.updated, record, now)
    else:
        _create_orm(diff.created, record, now)
        _update_orm(diff.updated, record, now)


def _nullable(value):
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value


# Any database --------------------------------------------------------------------------------------------------------


def _create_orm(created: pd.DataFrame, record, now):
    objects = [
        IndicatorValue(
            indicator_id=int(row.indicator_id),
            level=row.level,
            territory_code=row.territory_code,
            commune_id=_nullable(row.commune_id) or None,
            year=int(row.year),
            status=row.status,
            value=_nullable(row.value),
            numerator=_nullable(row.numerator),
            denominator=_nullable(row.denominator),
            is_demo=bool(row.is_demo),
            source_import_id=record.pk,
            updated_at=now,
        )
        for row in created.itertuples(index=False)
    ]
    IndicatorValue.objects.bulk_create(objects, batch_size=2000)


def _update_orm(updated: pd.DataFrame, record, now):
    if updated.empty:
        return
    IndicatorValueChange.objects.bulk_create(
        (
            IndicatorValueChange(
                value_id=int(row.id),
                source_import_id=record.pk,
                previous_import_id=int(row.source_import_id),
                previous_status=row.status_old,
                previous_value=_nullable(row.value_old),
                previous_numerator=_nullable(row.numerator_old),
                previous_denominator=_nullable(row.denominator_old),
                previous_is_demo=bool(row.is_demo_old),
                at=now,
            )
            for row in updated.itertuples(index=False)
        ),
        batch_size=2000,
    )
    objects = [
        IndicatorValue(
            pk=int(row.id),
            status=row.status,
            value=_nullable(row.value),
            numerator=_nullable(row.numerator),
            denominator=_nullable(row.denominator),
            is_demo=bool(row.is_demo),
            source_import_id=record.pk,
            updated_at=now,
        )
        for row in updated.itertuples(index=False)
    ]
    IndicatorValue.objects.bulk_update(
        objects,
        ["status", "value", "numerator", "denominator", "is_demo", "source_import_id", "updated_at"],
        batch_size=1000,
    )


# PostgreSQL ----------------------------------------------------------------------------------------------------------

VALUE_COLUMNS = [
    "indicator_id",
    "level",
    "territory_code",
    "commune_id",
    "year",
    "status",
    "value",
    "numerator",
    "denominator",
    "is_demo",
    "source_import_id",
    "updated_at",
]


def copy_frame(cursor, table: str, columns: list[str], frame: pd.DataFrame):
    """COPY `frame` (its `columns`, in order) into `table`, a chunk of CSV text at a time."""
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv)"
    with cursor.copy(sql) as copy:
        for start in range(0, len(frame), COPY_CHUNK):
            buffer = io.StringIO()
            frame.iloc[start : start + COPY_CHUNK][columns].to_csv(buffer, header=False, index=False)
            copy.write(buffer.getvalue())


def _value_frame(frame: pd.DataFrame, record, now) -> pd.DataFrame:
    out = frame.copy()
    out["commune_id"] = out["commune_id"].where(out["commune_id"].notna() & (out["commune_id"] != ""), None)
    out["source_import_id"] = record.pk
    out["updated_at"] = now.isoformat()
    out["is_demo"] = out["is_demo"].map({True: "t", False: "f"})
    return out


def _create_postgresql(created: pd.DataFrame, record, now):
    if created.empty:
        return
    with connection.cursor() as cursor:
        copy_frame(cursor.cursor, IndicatorValue._meta.db_table, VALUE_COLUMNS, _value_frame(created, record, now))


def _update_postgresql(updated: pd.DataFrame, record, now):
    if updated.empty:
        return
    values, changes = IndicatorValue._meta.db_table, IndicatorValueChange._meta.db_table
    frame = _value_frame(updated, record, now)
    columns = ["id", "status", "value", "numerator", "denominator", "is_demo"]
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE diagnostics_value_update (id bigint PRIMARY KEY, status varchar(10), "
            "value double precision, numerator double precision, denominator double precision, is_demo boolean) "
            "ON COMMIT DROP"
        )
        copy_frame(cursor.cursor, "diagnostics_value_update", columns, frame)
        cursor.execute(
            f"INSERT INTO {changes} (value_id, source_import_id, previous_import_id, previous_status, previous_value, "
            "previous_numerator, previous_denominator, previous_is_demo, at) "
            f"SELECT v.id, %s, v.source_import_id, v.status, v.value, v.numerator, v.denominator, v.is_demo, %s "
            f"FROM {values} v JOIN diagnostics_value_update u ON u.id = v.id",
            [record.pk, now],
        )
        cursor.execute(
            f"UPDATE {values} v SET status = u.status, value = u.value, numerator = u.numerator, "
            "denominator = u.denominator, is_demo = u.is_demo, source_import_id = %s, updated_at = %s "
            "FROM diagnostics_value_update u WHERE u.id = v.id",
            [record.pk, now],
        )
        cursor.execute("DROP TABLE diagnostics_value_update")
