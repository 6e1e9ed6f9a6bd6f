"""Server time and SQL queries of the main pages for a contract of 80 fiches, in a throwaway database.

    DEBUG=1 .venv/bin/python bench/pages.py                 # SQLite, in a temporary file
    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/portail_cls_bench .venv/bin/python bench/pages.py

Like the test suite, it never touches the database named by the settings: Django's test utilities create a
throwaway one next to it (a temporary SQLite file, or `test_<name>` on PostgreSQL), build the data there with the
test factories (tests/actions/large_plan.py), and drop it at the end. If `test_<name>` already exists (a test run
in progress?), Django asks before dropping it; `--noinput` drops it without asking.

Each page is requested once to warm up, once to count its SQL queries, then `--requests` times through Django's test
client as the contract's coordinator; the time is measured around `client.get` (middleware, view, template, no
network). See docs/performance.md.
"""

import argparse
import math
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cls_portal.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402

OTHER_CONTRACTS = 20
RICH_FICHE_CHILDREN = 10


def build(fiche_count):
    """The contract of `fiche_count` fiches, its fiche 1.1 with 12 of each sub-object, and 20 other contracts."""
    from contracts.enums import Role
    from tests.actions.large_plan import add_children, build_plan
    from tests.factories import (
        CommuneFactory,
        ContractFactory,
        DepartementFactory,
        EpciFactory,
        MembershipFactory,
        UserFactory,
    )

    departement = DepartementFactory()
    contract = ContractFactory(departement=departement, signed=True, name="CLS de Mauges Communauté", slug="mauges")
    plan = build_plan(contract, fiche_count)
    fiche = contract.fiches.get(number="1.1")
    add_children(fiche, RICH_FICHE_CHILDREN, author=plan["coordinator"], start=fiche.sub_actions.count())
    for index in range(OTHER_CONTRACTS):
        other = ContractFactory(departement=departement, signed=index % 2 == 0)
        epci = EpciFactory()
        CommuneFactory(epci=epci, departement=departement)
        other.epcis.add(epci)
    animator = UserFactory(email="animatrice@ars.exemple.fr")
    MembershipFactory(user=animator, role=Role.ARS_ANIMATOR, contract=None, departement=departement)
    return contract, fiche, plan["coordinator"], animator


def pages(contract, fiche):
    """(label, url or callable) of each page measured."""
    slug = contract.slug
    result = [
        ("Liste des contrats", reverse("contracts:list")),
        ("Page du contrat", reverse("contracts:detail", args=[slug])),
        ("Plan d'action", reverse("actions:plan", args=[slug])),
        ("Plan d'action filtré", reverse("actions:plan", args=[slug]) + "?status=in_progress&funder=ars_fir"),
        ("Fiche-action", reverse("actions:fiche", args=[slug, fiche.number])),
        ("Formulaire de la fiche", reverse("actions:fiche_edit", args=[slug, fiche.number])),
        ("Formulaire de suivi", reverse("actions:fiche_follow_up", args=[slug, fiche.number])),
    ]
    try:
        result.append(("Export Excel", reverse("actions:export", args=[slug])))
    except NoReverseMatch:
        from actions.excel.exporters import export_plan

        result.append(("Export Excel (appel direct de export_plan)", lambda: export_plan(contract)))
    return result


def measure(client, target, requests):
    """Wall and CPU times (ms) of `requests` runs after a warm-up, the query count and the response size."""

    def run():
        if callable(target):
            return target()
        response = client.get(target)
        if response.status_code != 200:
            raise SystemExit(f"{target} a répondu {response.status_code}")
        return response.content

    run()
    with CaptureQueriesContext(connection) as queries:
        body = run()
    query_count = len(queries)  # now: the next requests empty the query log this counts from
    times, cpu = [], []
    for _ in range(requests):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return {"times": times, "cpu": cpu, "queries": query_count, "size": len(body)}


def report(label, result):
    times, cpu = result["times"], result["cpu"]
    print(
        f"{label:<46} {statistics.median(times):>6.1f} ms {p95(times):>6.1f} ms {statistics.median(cpu):>8.1f} ms "
        f"{result['queries']:>13} {result['size'] / 1024:>4.0f} Ko"
    )


def database_label():
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def load_average():
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def p95(values):
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fiches", type=int, default=80)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--noinput", action="store_true", help="drop a leftover test database without asking")
    args = parser.parse_args()

    database = connection.settings_dict
    tmpdir = None
    if connection.vendor == "sqlite":
        tmpdir = tempfile.mkdtemp(prefix="portail-cls-bench-")
        database.setdefault("TEST", {})["NAME"] = str(Path(tmpdir) / "bench.sqlite3")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # building users, not measured
    # As in production: no query log, no debug pages. Not `setup_test_environment()`: it instruments every template
    # render for the test client's `response.context`, which costs a third of the time of a large page.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    warnings.filterwarnings("ignore", message="No directory at")  # WhiteNoise: static files come from the finders
    old_config = setup_databases(verbosity=0, interactive=not args.noinput, serialized_aliases=[])
    try:
        start = time.perf_counter()
        contract, fiche, coordinator, animator = build(args.fiches)
        built_in = time.perf_counter() - start
        print(f"Base : {database_label()}, base jetable {connection.settings_dict['NAME']}")
        print(
            f"Données : 1 contrat de {contract.fiches.count()} fiches (fiche {fiche.number} : "
            f"{fiche.sub_actions.count()} sous-actions, {fiche.budget_lines.count()} lignes de budget, "
            f"{fiche.indicators.count()} indicateurs, {fiche.notes.count()} notes, {fiche.documents.count()} "
            f"documents) et {OTHER_CONTRACTS} autres contrats, construits en {built_in:.1f} s"
        )
        print(
            f"Python {platform.python_version()}, Django {django.get_version()}, {os.cpu_count()} CPU, "
            f"{args.requests} requêtes par page en coordinatrice ; charge (1, 5, 15 min) : {load_average()}\n"
        )
        client = Client()
        client.force_login(coordinator)
        header = f"{'Page':<46} {'médiane':>9} {'p95':>9} {'CPU Python':>11} {'requêtes SQL':>13} {'taille':>7}"
        print(header)
        print("-" * len(header))
        for label, target in pages(contract, fiche):
            report(label, measure(client, target, args.requests))
        client.force_login(animator)
        label = f"Liste des contrats (animatrice ARS, {OTHER_CONTRACTS + 1})"
        report(label, measure(client, reverse("contracts:list"), args.requests))
        print(f"\nCharge de la machine à la fin (1, 5, 15 min) : {load_average()}")
    finally:
        teardown_databases(old_config, verbosity=0)
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
