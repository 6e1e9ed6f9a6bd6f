"""Every main page on the national dataset: median and p95 server time, ratio to a bare page, SQL queries.

    make bench                      # SQLite file var/national.sqlite3, built on first run (about a minute)
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portail_cls_national make bench

The data come from bench/national.py (1,000 contracts of 30 fiches and one of 200). Each round requests every page
once, the bare page among them (the site map: it extends the base layout and reads nothing but the session), so that
the ratios are measured in the same conditions on a shared, noisy machine. Requests go through Django's test client
(middleware, view, template; no network), with DEBUG off as in production. Targets: every page within 3x the bare
page, exports within 10x; the query count of a page does not grow from 30 to 200 fiches. See docs/performance.md.
"""

import argparse
import math
import os
import platform
import statistics
import sys
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
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from cls_portal.models import User  # noqa: E402
from contracts.enums import Role  # noqa: E402
from contracts.models import Contract  # noqa: E402
from referentials.models import Prs, PrsElement  # noqa: E402

PAGE_TARGET = 3
EXPORT_TARGET = 10


def pick_contracts():
    """The contract of 200 fiches and a signed one of 30, with their coordinator and animator."""
    by_size = Contract.objects.annotate(n=Count("fiches")).order_by("-n", "pk")
    large = by_size.first()
    usual = by_size.filter(n__lt=large.n, status="signed").first()
    return large, usual


def pages(large, usual):
    """(label, persona, url, target ratio). Personas: superuser, animator (of the large contract's département),
    coordinator (of the large contract)."""
    last_page = math.ceil(Contract.objects.count() / 50)
    prs_code = Prs.objects.order_by("pk").first().code
    result = [
        ("Accueil", "coordinator", reverse("home"), PAGE_TARGET),
        ("Accueil (animateur ARS)", "animator", reverse("home"), PAGE_TARGET),
        ("Liste des contrats, page 1 (administrateur)", "superuser", reverse("contracts:list"), PAGE_TARGET),
        ("Liste des contrats, page 10", "superuser", reverse("contracts:list") + "?page=10", PAGE_TARGET),
        ("Liste des contrats, dernière page", "superuser", reverse("contracts:list") + f"?page={last_page}",
         PAGE_TARGET),
        ("Liste des contrats, recherche par mots", "superuser", reverse("contracts:list") + "?q=communaute+pays",
         PAGE_TARGET),
        ("Liste des contrats, année 2024", "superuser", reverse("contracts:list") + "?year=2024", PAGE_TARGET),
        ("Liste des contrats (animateur ARS)", "animator", reverse("contracts:list"), PAGE_TARGET),
    ]  # fmt: skip
    for contract, size in ((usual, "30"), (large, "200")):
        fiche = contract.fiches.order_by("pk").first()
        slug, number = contract.slug, fiche.number
        coordinator = "coordinator" if contract is large else "superuser"
        result += [
            (f"Page du contrat ({size} fiches)", coordinator, reverse("contracts:detail", args=[slug]), PAGE_TARGET),
            (f"Plan d'action ({size} fiches)", coordinator, reverse("actions:plan", args=[slug]), PAGE_TARGET),
            (f"Fiche-action ({size})", coordinator, reverse("actions:fiche", args=[slug, number]), PAGE_TARGET),
            (f"Formulaire de la fiche ({size})", coordinator, reverse("actions:fiche_edit", args=[slug, number]),
             PAGE_TARGET),
            (f"Formulaire de suivi ({size})", coordinator, reverse("actions:fiche_follow_up", args=[slug, number]),
             PAGE_TARGET),
            (f"Export Excel ({size} fiches)", coordinator, reverse("actions:export", args=[slug]), EXPORT_TARGET),
            (f"Tableau de bord du contrat ({size} fiches)", coordinator, reverse("contracts:dashboard", args=[slug]),
             PAGE_TARGET),
        ]  # fmt: skip
    commune = large.perimeter_communes().order_by("code").first()
    objective = PrsElement.objects.objectives().filter(fiches__isnull=False).order_by("pk").first()
    result += [
        ("Page d'une commune (200 fiches)", "coordinator",
         reverse("contracts:commune_dashboard", args=[large.slug, commune.code]), PAGE_TARGET),
        ("Vue d'ensemble ARS (animateur)", "animator", reverse("ars_overview"), PAGE_TARGET),
        ("Vue d'ensemble ARS (administrateur, 1 000 contrats)", "superuser", reverse("ars_overview"), PAGE_TARGET),
        ("Fiches d'un objectif du PRS (administrateur)", "superuser",
         reverse("prs_objective", args=[objective.prs.code, objective.code]), PAGE_TARGET),
    ]  # fmt: skip
    result += [
        ("Recherche de territoires « saint »", "coordinator", reverse("referentials:territories") + "?q=saint",
         PAGE_TARGET),
        ("Projet régional de santé", "coordinator", reverse("referentials:prs_tree", args=[prs_code]), PAGE_TARGET),
    ]  # fmt: skip
    organisations = reverse("administration:organisations")
    people = reverse("administration:people")
    log = reverse("administration:activity")
    result += [
        ("Administration, accueil (animateur ARS)", "animator", reverse("administration:index"), PAGE_TARGET),
        ("Organisations (animateur ARS)", "animator", organisations, PAGE_TARGET),
        ("Organisations (administrateur, toutes)", "superuser", organisations, PAGE_TARGET),
        ("Organisations, recherche « communaute »", "superuser", organisations + "?q=communaute", PAGE_TARGET),
        ("Organisation : où elle est utilisée", "animator",
         reverse("administration:organisation", args=[large.porteur_id]), PAGE_TARGET),
        ("Personnes et habilitations (animateur ARS)", "animator", people, PAGE_TARGET),
        ("Personnes et habilitations (administrateur)", "superuser", people, PAGE_TARGET),
        ("Journal d'activité (animateur ARS)", "animator", log, PAGE_TARGET),
        ("Journal d'activité (administrateur), page 1", "superuser", log, PAGE_TARGET),
        ("Journal d'activité (administrateur), page 20", "superuser", log + "?page=20", PAGE_TARGET),
        ("Journal d'activité, un contrat", "superuser", log + f"?contract={large.slug}", PAGE_TARGET),
        ("Export des organisations (administrateur, XLSX)", "superuser", organisations + "?format=xlsx",
         EXPORT_TARGET),
        ("Export du journal (animateur ARS, CSV)", "animator", log + "?format=csv", EXPORT_TARGET),
    ]  # fmt: skip
    return result


def personas(large):
    coordinator = large.memberships.filter(role=Role.COORDINATOR).select_related("user").first().user
    animator = User.objects.filter(
        memberships__role=Role.ARS_ANIMATOR, memberships__departement=large.departement_id
    ).first()
    superuser = User.objects.filter(is_superuser=True).first()
    clients = {}
    for name, user in (("coordinator", coordinator), ("animator", animator), ("superuser", superuser)):
        clients[name] = Client()
        clients[name].force_login(user)
    return clients


def get(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} a répondu {response.status_code}")
    return response


def p95(values):
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def database_label():
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=15, help="rounds (each requests every page once)")
    args = parser.parse_args()
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    warnings.filterwarnings("ignore", message="No directory at")
    if not Contract.objects.exists():
        raise SystemExit("Pas de jeu national dans cette base : lancez bench/national.py (make bench le fait).")
    large, usual = pick_contracts()
    clients = personas(large)
    bare = ("Page nue (plan du site, gabarit de base)", "coordinator", reverse("sitemap"), 1)
    measured = [bare, *pages(large, usual)]
    queries = {}
    for label, persona, url, _ in measured:
        get(clients[persona], url)  # warm-up
        with CaptureQueriesContext(connection) as captured:
            get(clients[persona], url)
        queries[label] = len(captured)
    times = {label: [] for label, *_ in measured}
    for _ in range(args.requests):
        for label, persona, url, _ in measured:
            start = time.perf_counter()
            get(clients[persona], url)
            times[label].append((time.perf_counter() - start) * 1000)

    print(
        f"Base : {database_label()} ; {Contract.objects.count()} contrats, {large.fiches.count()} fiches pour le plus "
        f"grand ; Python {platform.python_version()}, Django {django.get_version()}, {os.cpu_count()} CPU, "
        f"{args.requests} tours ; charge (1, 5, 15 min) : {', '.join(f'{v:.1f}' for v in os.getloadavg())}\n"
    )
    header = f"{'Page':<52} {'médiane':>9} {'p95':>9} {'ratio':>7} {'cible':>6} {'requêtes':>9}"
    print(header)
    print("-" * len(header))
    bare_median = statistics.median(times[bare[0]])
    misses = []
    for label, _, _, target in measured:
        median = statistics.median(times[label])
        ratio = median / bare_median
        flag = "" if ratio <= target else "  ← au-delà de la cible"
        if flag:
            misses.append(label)
        print(
            f"{label:<52} {median:>6.1f} ms {p95(times[label]):>6.1f} ms {ratio:>6.1f}x {target:>5}x "
            f"{queries[label]:>9}{flag}"
        )
    print(f"\n{len(measured) - len(misses)} pages sur {len(measured)} dans leur cible.")


if __name__ == "__main__":
    main()
