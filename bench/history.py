"""The history a national deployment accumulates, added to the national dataset for the activity log's bench.

    DEBUG=1 DATABASE_URL=… .venv/bin/python bench/history.py     # after bench/national.py; adds rows once

bench/national.py writes no history (it measures pages, not history). A few years of use leave, per contract, its
creation and a dozen edits, three lifecycle moves, its parties and memberships, and per fiche its creation and four
edits (follow-up, budget, status): about 160,000 history rows for 1,000 contracts and 30,000 fiches, spread over
three years, by the contracts' coordinators and animators. Seeded: two runs on two copies give the same rows.
"""

import datetime
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cls_portal.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from actions.models import FicheAction  # noqa: E402
from contracts.enums import ContractStatus, Role  # noqa: E402
from contracts.models import Contract, ContractParty, ContractTransition, Membership  # noqa: E402

SEED = 20261202
START = timezone.make_aware(datetime.datetime(2023, 1, 1, 9, 0))
SPAN_SECONDS = 3 * 365 * 24 * 3600
FICHE_EDITS = 4
CONTRACT_EDITS = 12


def moment(rng):
    return START + datetime.timedelta(seconds=rng.randrange(SPAN_SECONDS))


def history_rows(model, objects, rng, *, edits, user_of):
    """A creation and `edits` edits per object, at random moments in order, by `user_of(obj)` (an id or None)."""
    history = model.history.model
    rows = []
    for obj in objects:
        values = {field.attname: getattr(obj, field.attname) for field in history.tracked_fields}
        for index, at in enumerate(sorted(moment(rng) for _ in range(edits + 1))):
            rows.append(
                history(
                    history_date=at,
                    history_user_id=user_of(obj),
                    history_type="+" if index == 0 else "~",
                    history_change_reason="",
                    **values,
                )
            )
    history.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


def main():
    if Contract.history.exists():
        print(f"Historique déjà présent : {Contract.history.count()} lignes de contrats.")
        return
    rng = random.Random(SEED)
    coordinators = dict(
        Membership.objects.filter(role=Role.COORDINATOR).values_list("contract_id", "user_id").order_by("pk")
    )
    animators = dict(Membership.objects.filter(role=Role.ARS_ANIMATOR).values_list("departement_id", "user_id"))
    contracts = list(Contract.objects.all())
    with transaction.atomic():
        total = history_rows(
            Contract, contracts, rng, edits=CONTRACT_EDITS,
            user_of=lambda c: coordinators.get(c.pk) or animators.get(c.departement_id),
        )  # fmt: skip
        total += history_rows(
            FicheAction, FicheAction.objects.all(), rng, edits=FICHE_EDITS,
            user_of=lambda f: coordinators.get(f.contract_id),
        )  # fmt: skip
        total += history_rows(
            ContractParty, ContractParty.objects.select_related("contract"), rng, edits=0,
            user_of=lambda p: animators.get(p.contract.departement_id),
        )  # fmt: skip
        total += history_rows(Membership, Membership.objects.all(), rng, edits=0, user_of=lambda m: None)
        transitions = ContractTransition.objects.bulk_create(
            ContractTransition(
                contract=contract,
                from_status=ContractStatus.REFLECTION,
                to_status=ContractStatus.ELABORATION,
                by_id=animators.get(contract.departement_id),
                comment="Lancement",
            )
            for contract in contracts
            for _ in range(3)
        )
    print(f"Historique ajouté : {total} lignes d'historique, {len(transitions)} étapes du cycle de vie.")


if __name__ == "__main__":
    main()
