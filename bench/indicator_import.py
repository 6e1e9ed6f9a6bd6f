"""A national indicator file imported on PostgreSQL: time, peak memory, and the same rows loaded by a bare COPY.

    .venv/bin/python bench/indicator_import.py               # database portail_cls_bench_indicators, made if needed
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other .venv/bin/python bench/indicator_import.py

The file is generated (fixed seed): every commune of the official geography (34,875) × 10 indicators of the catalogue
× 3 years, one row per value (`--shape long`, about 1,046,000 rows, 40 Mo) or one column per indicator and year
(`--shape wide`, 34,875 rows × 30 columns), « ; » separated, decimal commas, Windows-1252, a note above the header,
rates given by their numerator and denominator, some values secret (« s ») or missing (« nd »).

It is imported three times through `IndicatorImporter` (read, map, check every row, compare, write): into an empty
table, then the same file again (nothing changes), then a file where 1 % of the values differ (they change, with their
history). The rows the first import wrote are then dumped, deleted and loaded back with a bare `COPY FROM STDIN` into
the same table (same indexes and constraints): the floor of any import. Targets (docs/performance.md): under 60 s,
peak memory under 1 Go, within 2x the COPY.
"""

import argparse
import csv
import io
import multiprocessing
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portail_cls_bench_indicators"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cls_portal.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402
import psycopg  # noqa: E402

INDICATORS = [
    # code, how the file gives it: rate (numerator and denominator), count or mean
    ("part_75_ans_et_plus", "rate"),
    ("indice_vieillissement", "rate"),
    ("taux_ald", "rate"),
    ("mortalite_prematuree", "rate"),
    ("medecins_generalistes", "count"),
    ("densite_medecins_generalistes", "rate"),
    ("apl_medecins_generalistes", "mean"),
    ("patients_sans_medecin_traitant", "rate"),
    ("taux_pauvrete", "rate"),
    ("beneficiaires_css", "rate"),
]
YEARS = (2019, 2020, 2021)


def ensure_database(url):
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def french(number, decimals):
    return f"{number:.{decimals}f}".replace(".", ",")


def generate(communes, shape, *, changed_share=0.0, seed=2026) -> bytes:
    """The national file, in memory (Windows-1252 bytes), `changed_share` of its values nudged."""
    rng = random.Random(seed)
    nudge = random.Random(seed + 1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Fichier national généré pour la mesure de performance (bench/indicator_import.py)"])

    def cells(code, population, indicator, kind, year):
        rng_value = rng.random()
        marker = "s" if rng_value < 0.005 else ("nd" if rng_value < 0.01 else "")
        factor = 1.0 + (0.05 if changed_share and nudge.random() < changed_share else 0.0)
        if kind == "rate":
            denominator = max(population, 1)
            numerator = round(denominator * rng.uniform(0.02, 0.3) * factor)
            return (marker or str(numerator), marker or str(denominator), "")
        if kind == "count":
            return ("", "", marker or str(round(population / rng.uniform(800, 3000) * factor)))
        return ("", "", marker or french(rng.uniform(1.5, 5.0) * factor, 2))

    if shape == "long":
        writer.writerow(["Code commune", "Indicateur", "Année", "Numérateur", "Dénominateur", "Valeur"])
        for code, population in communes:
            for indicator, kind in INDICATORS:
                for year in YEARS:
                    writer.writerow([code, indicator, year, *cells(code, population, indicator, kind, year)])
    else:
        header = ["Code commune"]
        for indicator, kind in INDICATORS:
            for year in YEARS:
                if kind == "rate":
                    header += [f"numerateur {indicator} {year}", f"denominateur {indicator} {year}"]
                else:
                    header.append(f"{indicator} {year}")
        writer.writerow(header)
        for code, population in communes:
            row = [code]
            for indicator, kind in INDICATORS:
                for year in YEARS:
                    numerator, denominator, value = cells(code, population, indicator, kind, year)
                    row += [numerator, denominator] if kind == "rate" else [value]
            writer.writerow(row)
    writer.writerow(["Source : données générées, sans valeur statistique."])
    return buffer.getvalue().encode("cp1252")


def in_child(function, *args):
    """`function(*args)` in a forked process, its peak memory added to its result (each import measured alone)."""
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()

    def run():
        result = function(*args)
        result["peak_mb"] = peak_memory_mb()
        queue.put(result)

    process = context.Process(target=run)
    process.start()
    result = queue.get()
    process.join()
    if process.exitcode:
        raise SystemExit(f"L'import a échoué (code {process.exitcode}).")
    return result


def timed_import(communes, shape, filename, changed_share=0.0):
    from diagnostics.importing.importer import IndicatorImporter

    content = generate(communes, shape, changed_share=changed_share)
    before = peak_memory_mb()
    started = time.perf_counter()
    importer = IndicatorImporter(filename=filename)
    preview = importer.prepare(content)
    checked = time.perf_counter()
    if not preview.ok:
        raise SystemExit("Le fichier généré est refusé : " + "; ".join(str(p) for p in preview.errors[:5]))
    if preview.has_changes:
        importer.apply(preview)
    return {
        "check": checked - started,
        "total": time.perf_counter() - started,
        "counts": preview.counts(),
        "values": preview.checked.value_count,
        "size_mb": len(content) / 1024 / 1024,
        "before_mb": before,
    }


def delete_values(indicator_ids):
    """The bench's values and their history, in SQL (the ORM would load a million rows to delete them)."""
    from django.db import connection, transaction

    from diagnostics.models import IndicatorValue, IndicatorValueChange

    values, changes = IndicatorValue._meta.db_table, IndicatorValueChange._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {changes} WHERE value_id IN (SELECT id FROM {values} WHERE indicator_id = ANY(%s))",
            [indicator_ids],
        )
        cursor.execute(f"DELETE FROM {values} WHERE indicator_id = ANY(%s)", [indicator_ids])


def copy_baseline(indicator_ids):
    """Dump the values of the bench's indicators, delete them, COPY them back: seconds of the COPY alone."""
    from django.db import connection, transaction

    from diagnostics.importing.writing import VALUE_COLUMNS
    from diagnostics.models import IndicatorValue

    table = IndicatorValue._meta.db_table
    columns = ", ".join(VALUE_COLUMNS)
    dump = io.BytesIO()
    with connection.cursor() as cursor:
        with cursor.cursor.copy(
            f"COPY (SELECT {columns} FROM {table} WHERE indicator_id = ANY(%s)) TO STDOUT WITH (FORMAT csv)",
            [indicator_ids],
        ) as copy:
            for chunk in copy:
                dump.write(chunk)
    rows = dump.getvalue()
    delete_values(indicator_ids)
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv)") as copy:
            for start in range(0, len(rows), 8 * 1024 * 1024):
                copy.write(rows[start : start + 8 * 1024 * 1024])
    return time.perf_counter() - started, rows.count(b"\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=["long", "wide"], default="long")
    args = parser.parse_args()
    url = os.environ["DATABASE_URL"]
    if not url.startswith("postgres"):
        raise SystemExit("Mesure prévue sur PostgreSQL : BENCH_DATABASE_URL=postgres://…")
    ensure_database(url)
    django.setup()
    from django.core.management import call_command

    from diagnostics.catalogue import load_catalogue
    from diagnostics.models import IndicatorImport, TerritorialIndicator
    from referentials.loaders import load_geography
    from referentials.models import Commune

    call_command("migrate", verbosity=0)
    if Commune.objects.count() < 30000:
        load_geography()
    load_catalogue()
    bench_codes = [code for code, _ in INDICATORS]
    ids = list(TerritorialIndicator.objects.filter(code__in=bench_codes).values_list("pk", flat=True))
    assert len(ids) == len(bench_codes)
    delete_values(ids)
    IndicatorImport.objects.filter(filename__startswith="bench-").delete()
    communes = list(Commune.objects.order_by("code").values_list("code", "population"))
    communes = [(code, population or 0) for code, population in communes]

    print(f"{len(communes)} communes × {len(INDICATORS)} indicateurs × {len(YEARS)} ans, fichier {args.shape}")
    runs = [
        ("Import dans une table vide", f"bench-{args.shape}.csv", 0.0),
        ("Même fichier réimporté", f"bench-{args.shape}-bis.csv", 0.0),
        ("Fichier corrigé (1 % des valeurs)", f"bench-{args.shape}-corrige.csv", 0.01),
    ]
    results = []
    for label, filename, share in runs:
        result = in_child(timed_import, communes, args.shape, filename, share)
        results.append(result)
        print(
            f"{label} : {result['total']:.1f} s (lecture et contrôles {result['check']:.1f} s), "
            f"{result['values']} valeurs lues, {result['counts']}, fichier {result['size_mb']:.1f} Mo, mémoire "
            f"maximale {result['peak_mb']:.0f} Mo (dont {result['before_mb']:.0f} Mo avant l'import)"
        )
    first = results[0]
    copy_seconds, copied = copy_baseline(ids)
    print(f"COPY des {copied} mêmes lignes dans la même table : {copy_seconds:.1f} s")
    print(f"Rapport import / COPY : {first['total'] / copy_seconds:.2f}")


if __name__ == "__main__":
    main()
