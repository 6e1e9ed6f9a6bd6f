"""The national dataset: 1,000 contracts on real EPCI, 5 axes and 30 fiches each (200 for the first), with what
real fiches carry.

    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/portail_cls_national .venv/bin/python bench/national.py

Builds into the database named by the settings, which must hold the reference data (`manage.py load_referentials`)
and no contract yet: run it on a database of its own (`createdb portail_cls_national`, `migrate`,
`load_referentials`), never on real data. Seeded: two runs build the same data. The benches (`bench/pages.py
--national`, `bench/load.py`) and a person looking at the pages in a browser (`make run` with that DATABASE_URL, the
accounts below) reuse it.

Per fiche: 3 sub-actions, 4 budget lines, 2 indicators with 3 yearly values, 2 follow-up notes, 2 partners, PRS
links. 200 accounts, password `bench-portail-cls`: one ARS animator per département (`animateur.<code>@bench.…`), the
rest coordinators of about ten contracts each (`coordination.<n>@bench.…`), plus `admin@bench.portail-cls.fr`.
Rows go in with `bulk_create` (history rows are not written: the bench measures pages, not the history of 30,000
fiches).
"""

import datetime
import os
import random
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cls_portal.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import transaction  # noqa: E402

from actions.enums import FicheStatus, Funder, IndicatorKind, Priority  # noqa: E402
from actions.models import (  # noqa: E402
    Axe,
    BudgetLine,
    FicheAction,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
    TargetPublic,
)
from cls_portal.models import User  # noqa: E402
from cls_portal.text import fold  # noqa: E402
from contracts.enums import ContractStatus, OrganisationKind, PartyRole, Role  # noqa: E402
from contracts.models import Contract, ContractParty, Membership, Organisation  # noqa: E402
from referentials.models import ArsTheme, Commune, Departement, Epci, PrsElement  # noqa: E402

SEED = 20261201
CONTRACTS = 1000
AXES = 5
FICHES_PER_AXE = 6
# The first contract is the large one of the benches: 200 fiches, to compare with the others' 30.
LARGE_FICHES_PER_AXE = 40
USERS = 200
PASSWORD = "bench-portail-cls"
DOMAIN = "bench.portail-cls.fr"
AXE_TITLES = [
    "Prévention, promotion de la santé et santé environnementale",
    "Accès aux soins et offre de santé",
    "Parcours des personnes âgées et des personnes en situation de handicap",
    "Santé mentale",
    "Santé des jeunes",
]
ACTIONS = [
    "Sensibiliser les habitants au radon",
    "Soutenir l'installation de médecins généralistes",
    "Développer l'aller-vers auprès des personnes isolées",
    "Former les professionnels au repérage de la souffrance psychique",
    "Animer des ateliers nutrition dans les collèges",
    "Coordonner les acteurs du maintien à domicile",
]
# Contracts by status, about as the Sarthe overview of 2022 shows them (most signed, some renewing or starting).
STATUS_WEIGHTS = {
    ContractStatus.SIGNED: 50,
    ContractStatus.EVALUATION: 15,
    ContractStatus.ELABORATION: 15,
    ContractStatus.REFLECTION: 8,
    ContractStatus.EXPIRED: 6,
    ContractStatus.RENEWED: 6,
}
FICHE_STATUSES = [FicheStatus.IN_PROGRESS, FicheStatus.PLANNED, FicheStatus.DONE, FicheStatus.PAUSED]
FUNDERS = [Funder.ARS_FIR, Funder.COLLECTIVITY, Funder.CPAM, Funder.CAF]
TEXT = (
    "Le diagnostic local de santé relève une surmortalité prématurée évitable et un recours tardif aux soins. "
    "L'action s'appuie sur les acteurs déjà présents sur le territoire et sur les habitants."
)


def epci_departements():
    """The département of each EPCI: the one most of its communes belong to."""
    counts = {}
    for siren, departement in Commune.objects.filter(epci__isnull=False).values_list("epci_id", "departement_id"):
        counts.setdefault(siren, Counter())[departement] += 1
    return {siren: counter.most_common(1)[0][0] for siren, counter in counts.items()}


def build(rng):
    departement_of = epci_departements()
    epcis = rng.sample(sorted(departement_of), CONTRACTS)
    password = make_password(PASSWORD)
    departements = sorted({departement_of[siren] for siren in epcis})

    admin = User(email=f"admin@{DOMAIN}", password=password, is_superuser=True, is_staff=True, first_name="Admin")
    animators = [
        User(email=f"animateur.{code.lower()}@{DOMAIN}", password=password, first_name="Animateur", last_name=code)
        for code in departements
    ]
    coordinators = [
        User(email=f"coordination.{n}@{DOMAIN}", password=password, first_name="Coordination", last_name=str(n))
        for n in range(USERS - len(animators) - 1)
    ]
    for user in (admin, *animators, *coordinators):
        user.search_name = fold(f"{user.first_name} {user.last_name} {user.email}")
    User.objects.bulk_create([admin, *animators, *coordinators])
    Membership.objects.bulk_create(
        Membership(user=user, role=Role.ARS_ANIMATOR, departement_id=code)
        for user, code in zip(animators, departements, strict=True)
    )

    ars = {
        code: Organisation(name=f"ARS — délégation territoriale {name}", kind=OrganisationKind.ARS)
        for code, name in Departement.objects.filter(pk__in=departements).values_list("code", "name")
    }
    epci_names = dict(Epci.objects.filter(pk__in=epcis).values_list("siren", "name"))
    homonyms = {name for name, n in Counter(epci_names.values()).items() if n > 1}
    porteurs = {
        siren: Organisation(
            name=f"{epci_names[siren]} ({siren})" if epci_names[siren] in homonyms else epci_names[siren],
            kind=OrganisationKind.EPCI,
            epci_id=siren,
        )
        for siren in epcis
    }
    partners = {
        code: [
            Organisation(name=f"CPAM {code}", kind=OrganisationKind.CPAM),
            Organisation(name=f"CAF {code}", kind=OrganisationKind.CAF),
            Organisation(name=f"Centre hospitalier {code}", kind=OrganisationKind.HOSPITAL),
            Organisation(name=f"Association de prévention {code}", kind=OrganisationKind.ASSOCIATION),
        ]
        for code in departements
    }
    organisations = [*ars.values(), *porteurs.values(), *(o for group in partners.values() for o in group)]
    for organisation in organisations:
        organisation.search_name = fold(organisation.name)
    Organisation.objects.bulk_create(organisations)

    statuses = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()), k=CONTRACTS)
    contracts = []
    for index, (siren, status) in enumerate(zip(epcis, statuses, strict=True)):
        start = datetime.date(2018 + index % 6, 1, 1)
        signed = status not in (ContractStatus.REFLECTION, ContractStatus.ELABORATION)
        name = f"CLS de {epci_names[siren]}"
        slug = f"cls-{siren}"
        contracts.append(
            Contract(
                name=name,
                slug=slug,
                departement_id=departement_of[siren],
                porteur=porteurs[siren],
                status=status,
                summary=TEXT,
                signature_date=start if signed else None,
                start_date=start if signed else None,
                end_date=start.replace(year=start.year + 5) - datetime.timedelta(days=1) if signed else None,
                search_name=fold(f"{name} {slug}"),
            )
        )
    Contract.objects.bulk_create(contracts)
    Contract.epcis.through.objects.bulk_create(
        Contract.epcis.through(contract_id=contract.pk, epci_id=siren)
        for contract, siren in zip(contracts, epcis, strict=True)
    )
    ContractParty.objects.bulk_create(
        party
        for contract in contracts
        for party in (
            ContractParty(contract=contract, organisation=ars[contract.departement_id], role=PartyRole.PRINCIPAL,
                          representative_name="Directeur général", representative_title="Directeur", position=1),
            ContractParty(contract=contract, organisation=contract.porteur, role=PartyRole.PRINCIPAL,
                          representative_name="Président", representative_title="Président", position=2),
        )
    )  # fmt: skip
    Membership.objects.bulk_create(
        Membership(user=coordinators[index % len(coordinators)], role=Role.COORDINATOR, contract=contract)
        for index, contract in enumerate(contracts)
    )
    build_plans(rng, contracts, partners, coordinators)
    return contracts


def build_plans(rng, contracts, partners, coordinators):
    themes = list(ArsTheme.objects.all())
    prs = list(PrsElement.objects.values_list("pk", flat=True))
    publics = list(TargetPublic.objects.values_list("pk", flat=True))
    axes = [
        Axe(contract=contract, number=str(n), title=AXE_TITLES[n - 1], position=n)
        for contract in contracts
        for n in range(1, AXES + 1)
    ]
    Axe.objects.bulk_create(axes, batch_size=2000)
    fiches = []
    for axe in axes:
        contract = axe.contract
        per_axe = LARGE_FICHES_PER_AXE if contract is contracts[0] else FICHES_PER_AXE
        for n in range(1, per_axe + 1):
            status = (
                rng.choice(FICHE_STATUSES) if contract.status != ContractStatus.REFLECTION else FicheStatus.PLANNED
            )
            start = contract.start_date or datetime.date(2024, 1, 1)
            fiches.append(
                FicheAction(
                    contract=contract,
                    axe=axe,
                    number=f"{axe.number}.{n}",
                    title=ACTIONS[(n - 1) % len(ACTIONS)],
                    context=TEXT,
                    general_objective=TEXT[:120],
                    description=TEXT,
                    porteur=contract.porteur,
                    pilote=coordinators[rng.randrange(len(coordinators))] if n % 2 else None,
                    pilote_name="" if n % 2 else "Chargée de mission santé",
                    start_date=start,
                    end_date=start.replace(year=start.year + 2),
                    priority=rng.choice([Priority.HIGH, Priority.MEDIUM, Priority.LOW]),
                    ars_theme=themes[n % len(themes)] if themes else None,
                    status=status,
                    progress=100 if status == FicheStatus.DONE else rng.randrange(0, 90, 10),
                )
            )
    FicheAction.objects.bulk_create(fiches, batch_size=2000)
    partner_links = FicheAction.partners.through
    partner_links.objects.bulk_create(
        (
            partner_links(ficheaction_id=fiche.pk, organisation_id=organisation.pk)
            for fiche in fiches
            for organisation in rng.sample(partners[fiche.contract.departement_id], 2)
        ),
        batch_size=5000,
    )
    if prs:
        prs_links = FicheAction.prs_elements.through
        prs_links.objects.bulk_create(
            (prs_links(ficheaction_id=f.pk, prselement_id=e) for f in fiches for e in rng.sample(prs, 2)),
            batch_size=5000,
        )
    if publics:
        public_links = FicheAction.target_publics.through
        public_links.objects.bulk_create(
            (public_links(ficheaction_id=f.pk, targetpublic_id=rng.choice(publics)) for f in fiches),
            batch_size=5000,
        )
    SubAction.objects.bulk_create(
        (
            SubAction(
                fiche=fiche,
                number=f"{fiche.number}.{n}",
                title=f"Étape {n}",
                status=FicheStatus.DONE if n == 1 else FicheStatus.PLANNED,
                position=n,
            )
            for fiche in fiches
            for n in range(1, 4)
        ),
        batch_size=5000,
    )
    BudgetLine.objects.bulk_create(
        (
            BudgetLine(
                fiche=fiche,
                year=2024 + n % 2,
                funder=FUNDERS[n],
                planned_amount=Decimal(rng.randrange(1000, 20000, 500)),
                actual_amount=Decimal(rng.randrange(0, 15000, 500)) if n % 2 else None,
            )
            for fiche in fiches
            for n in range(4)
        ),
        batch_size=5000,
    )
    indicators = [
        FicheIndicator(fiche=fiche, name=name, kind=kind, target="100", position=position)
        for fiche in fiches
        for position, (name, kind) in enumerate(
            [("Personnes touchées", IndicatorKind.PROCESS), ("Taux de satisfaction", IndicatorKind.RESULT)], start=1
        )
    ]
    FicheIndicator.objects.bulk_create(indicators, batch_size=5000)
    FicheIndicatorValue.objects.bulk_create(
        (
            FicheIndicatorValue(indicator=indicator, year=year, value=Decimal(rng.randrange(0, 120)))
            for indicator in indicators
            for year in (2023, 2024, 2025)
        ),
        batch_size=5000,
    )
    FollowUpNote.objects.bulk_create(
        (
            FollowUpNote(fiche=fiche, date=datetime.date(2025, month, 15), done=TEXT[:140], author=fiche.pilote)
            for fiche in fiches
            for month in (3, 9)
        ),
        batch_size=5000,
    )


def main():
    if not Epci.objects.exists():
        raise SystemExit("Chargez d'abord les référentiels : manage.py load_referentials.")
    if Contract.objects.exists():
        if "--if-empty" in sys.argv[1:]:
            print(f"Jeu national déjà construit : {Contract.objects.count()} contrats.")
            return
        raise SystemExit(
            "Cette base contient déjà des contrats : le jeu national se construit dans une base à lui "
            "(createdb portail_cls_national, migrate, load_referentials)."
        )
    started = time.perf_counter()
    with transaction.atomic():
        contracts = build(random.Random(SEED))
    print(
        f"Jeu national construit en {time.perf_counter() - started:.0f} s : {len(contracts)} contrats, "
        f"{FicheAction.objects.count()} fiches, {SubAction.objects.count()} sous-actions, "
        f"{BudgetLine.objects.count()} lignes de budget, {FicheIndicatorValue.objects.count()} valeurs "
        f"d'indicateurs, {User.objects.count()} comptes (mot de passe « {PASSWORD} »)."
    )


if __name__ == "__main__":
    main()
