"""The contract document of the Mauges demo contract and of synthetic contracts of 60 and 200 fiches.

    DATABASE_URL=sqlite:///var/demo.sqlite3 .venv/bin/python bench/contract_pdf.py [--rounds 3]

Needs a database with the reference data and the demo (`make migrate referentials demo`). The synthetic contracts
(tests/actions/large_plan.py: every fiche with partners, publics, PRS links, budget, sub-actions, indicators) are
built inside a transaction rolled back at the end: the database is left as it was.

For each contract: the total time of `build()` + `render_pdf()`, the page count, and the share of the total spent
before WeasyPrint (reading the database into the document's data, resolving the article texts, rendering the HTML
template): our overhead. Targets (issue 11): 60 fiches under 5 s, our overhead under 20 % of the total.
Figures in docs/performance.md.
"""

import argparse
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cls_portal.settings")

import django  # noqa: E402

django.setup()

import pikepdf  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.utils import translation  # noqa: E402

from cls_portal.pdf import ARCHIVAL, html_to_pdf  # noqa: E402
from contracts.models import Contract  # noqa: E402
from documents.contract_document import build  # noqa: E402
from referentials.models import Departement  # noqa: E402

SIXTY_TARGET_SECONDS = 5
OVERHEAD_TARGET = 0.20


def measure(contract):
    """(seconds before WeasyPrint, seconds in WeasyPrint, pages): one rendering, as `render_pdf` does it."""
    with translation.override("fr"):
        start = time.perf_counter()
        document = build(contract)
        html = render_to_string(document.template_name, document.context(footer="Version 1 — banc d'essai"))
        ours = time.perf_counter() - start
        pdf = html_to_pdf(html, variant=ARCHIVAL, lang="fr", title=document.title)
        weasyprint = time.perf_counter() - start - ours
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        pages = len(opened.pages)
    return ours, weasyprint, pages, len(document.data()["fiches"])


def synthetic(departement, fiches):
    from tests.actions.large_plan import build_plan
    from tests.factories import ContractFactory

    contract = ContractFactory(
        departement=departement, slug=f"banc-{fiches}-fiches", name=f"Contrat local de santé de {fiches} fiches"
    )
    build_plan(contract, fiches)
    return contract


def report(label, rounds, contract):
    results = [measure(contract) for _ in range(rounds)]
    ours = statistics.median(r[0] for r in results)
    weasy = statistics.median(r[1] for r in results)
    total = ours + weasy
    pages, fiches = results[0][2], results[0][3]
    share = ours / total
    line = f"{label:<32} {fiches:>6} {pages:>6} {total:>8.2f} s {ours:>8.2f} s {share:>8.0%}"
    print(line, flush=True)
    return fiches, total, share


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}, {connection.vendor}, "
          f"{os.cpu_count()} CPU, médiane de {args.rounds} rendus")  # fmt: skip
    print(f"{'contrat':<32} {'fiches':>6} {'pages':>6} {'total':>10} {'avant WP':>10} {'part':>8}")
    problems = []
    mauges = Contract.objects.filter(slug="mauges-cls-1").first()
    if mauges is None:
        print("Contrat de démonstration mauges-cls-1 absent : lancez d'abord `make migrate referentials demo`.")
    else:
        report("Mauges CLS 1 (démonstration)", args.rounds, mauges)
    departement = Departement.objects.filter(code="49").first()
    with transaction.atomic():
        for size in (60, 200):
            fiches, total, share = report(f"synthétique {size} fiches", args.rounds, synthetic(departement, size))
            if share > OVERHEAD_TARGET:
                problems.append(f"{size} fiches : {share:.0%} du temps avant WeasyPrint (cible {OVERHEAD_TARGET:.0%})")
            if size == 60 and total > SIXTY_TARGET_SECONDS:
                problems.append(f"60 fiches : {total:.1f} s (cible {SIXTY_TARGET_SECONDS} s)")
        transaction.set_rollback(True)
    print("\n".join(problems) if problems else "Cibles tenues.")


if __name__ == "__main__":
    main()
