"""A plan d'action of any size with what real fiches carry, for the query-bound tests and `bench/pages.py`.

Every fiche has a porteur, a pilote (an account or a name), partners, publics, PRS links, a theme, PRS priorities,
budget lines over three years, sub-actions, an indicator with values, a follow-up note and a document; some fiches
cover only a few communes, some are late, some were added by an avenant. The PRS Pays de la Loire and the ARS lists
are loaded from `fixtures/` (not the 35 000 communes), so the PRS links are the real ones.
"""

import datetime
import itertools

from actions.enums import FicheStatus, Funder, IndicatorKind, Modality, Priority
from actions.models import FicheAction, FicheDocument, FollowUpNote, TargetPublic
from contracts.enums import OrganisationKind, PartyRole, Role
from referentials.loaders import PRS_FILES, load_prs, load_reference_lists
from referentials.models import ArsTheme, PrsElement, PrsPriority
from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    FicheIndicatorValueFactory,
    SubActionFactory,
)
from tests.contracts.factories import AvenantFactory, PartyFactory
from tests.factories import (
    CommuneFactory,
    EpciFactory,
    MembershipFactory,
    OrganisationFactory,
    RegionFactory,
    UserFactory,
)

AXE_TITLES = [
    "Prévention, promotion de la santé et santé environnementale",
    "Accès aux soins et aux droits",
    "Parcours des personnes âgées et des personnes en situation de handicap",
    "Santé mentale",
    "Santé des jeunes",
]
PARTNER_NAMES = [
    ("CPIE Loire Anjou", OrganisationKind.ASSOCIATION),
    ("CPAM de Maine-et-Loire", OrganisationKind.CPAM),
    ("CAF de Maine-et-Loire", OrganisationKind.CAF),
    ("Centre hospitalier de Cholet", OrganisationKind.HOSPITAL),
    ("Conseil départemental de Maine-et-Loire", OrganisationKind.DEPARTEMENT),
    ("Mutualité française Pays de la Loire", OrganisationKind.ASSOCIATION),
    ("Instance régionale d'éducation et de promotion de la santé", OrganisationKind.ASSOCIATION),
    ("Maison de santé pluriprofessionnelle du Val-de-Moine", OrganisationKind.OTHER),
]
STATUSES = [FicheStatus.IN_PROGRESS, FicheStatus.PLANNED, FicheStatus.DONE, FicheStatus.PAUSED, FicheStatus.BLOCKED]
FUNDERS = [Funder.ARS_FIR, Funder.COLLECTIVITY, Funder.CPAM, Funder.CAF, Funder.DEPARTEMENT]
LOREM = (
    "Le diagnostic local de santé relève une surmortalité prématurée évitable et un recours tardif aux soins. "
    "L'action s'appuie sur les acteurs déjà présents sur le territoire et sur les habitants."
)


def load_prs_references():
    """The PRS Pays de la Loire 2023-2028 and the ARS themes and PRS priorities (idempotent)."""
    RegionFactory()
    for path in PRS_FILES:
        load_prs(path)
    load_reference_lists()


def contract_people(contract):
    """A coordinator and two pilotes with accounts; returns (coordinator, pilotes)."""
    coordinator = UserFactory(email=f"coordination@{contract.slug}.exemple.fr", first_name="Claude")
    MembershipFactory(user=coordinator, role=Role.COORDINATOR, contract=contract)
    pilotes = []
    for index in range(2):
        pilote = UserFactory(email=f"pilote{index}@{contract.slug}.exemple.fr", first_name="Paule")
        MembershipFactory(user=pilote, role=Role.READER, contract=contract)
        pilotes.append(pilote)
    return coordinator, pilotes


def build_plan(contract, fiche_count, *, with_children=True):
    """Parties, perimeter, 5 axes (the 5th added by an avenant) and `fiche_count` fiches with their sub-objects.

    Returns a dict with the objects a test filters by: "pilote", "partner", "prs_element", "theme", "public".
    """
    load_prs_references()
    coordinator, pilotes = contract_people(contract)
    epci = EpciFactory(name=f"Communauté de communes de {contract.name}")
    communes = [CommuneFactory(epci=epci, departement=contract.departement) for _ in range(6)]
    contract.epcis.add(epci)
    organisations = [OrganisationFactory(name=name, kind=kind) for name, kind in PARTNER_NAMES]
    porteur = OrganisationFactory(name=f"Communauté de communes de {contract.name}", kind=OrganisationKind.EPCI)
    PartyFactory(contract=contract, organisation=porteur, role=PartyRole.PRINCIPAL)
    PartyFactory(
        contract=contract,
        organisation=OrganisationFactory(name="ARS Pays de la Loire", kind=OrganisationKind.ARS),
        role=PartyRole.PRINCIPAL,
    )
    for organisation in organisations[:3]:
        PartyFactory(contract=contract, organisation=organisation, role=PartyRole.PARTNER)
    avenant = AvenantFactory(contract=contract, number=1)
    axes = [
        AxeFactory(contract=contract, number=str(n), title=title, avenant=avenant if n == 5 else None)
        for n, title in enumerate(AXE_TITLES, 1)
    ]
    elements = list(PrsElement.objects.objectives().order_by("position"))
    themes = list(ArsTheme.objects.all())
    priorities = list(PrsPriority.objects.all())
    publics = list(TargetPublic.objects.all())
    per_axe = {}
    for index in range(fiche_count):
        axe = axes[index % len(axes)]
        per_axe[axe.number] = per_axe.get(axe.number, 0) + 1
        late = index % 7 == 3
        fiche = FicheFactory(
            axe=axe,
            number=f"{axe.number}.{per_axe[axe.number]}",
            title=f"Action {index + 1} : ateliers de prévention et d'accès aux droits",
            context=LOREM,
            general_objective="Réduire les inégalités sociales et territoriales de santé.",
            operational_objectives="- Informer les habitants\n- Former les professionnels relais",
            description=LOREM,
            expected_results="Davantage d'habitants orientés vers un médecin traitant.",
            whole_territory=index % 4 != 0,
            porteur=organisations[index % len(organisations)] if index % 3 else porteur,
            pilote=pilotes[index % 2] if index % 5 else None,
            pilote_name="" if index % 5 else "Marie Durand, animatrice du CLS",
            elected_referent="Mme la vice-présidente en charge de la santé",
            priority=[Priority.HIGH, Priority.MEDIUM, Priority.LOW][index % 3],
            modality=Modality.DO_WITH if index % 2 else Modality.DO,
            human_means="0,2 ETP de coordination",
            governance_instance="Comité de pilotage du CLS",
            ars_theme=themes[index % len(themes)],
            status=STATUSES[index % len(STATUSES)],
            progress=(index * 13) % 101,
            avenant=avenant if axe.avenant_id else None,
            **(
                {"start_date": datetime.date(2019, 1, 1), "end_date": datetime.date(2020, 12, 31)}
                if late
                else {"start_date": datetime.date(2024, 1, 1), "end_date": datetime.date(2027, 12, 31)}
            ),
        )
        fiche.partners.add(*(organisations[(index + k) % len(organisations)] for k in (1, 2, 3)))
        fiche.target_publics.add(*(publics[(index + k) % len(publics)] for k in (0, 4)))
        fiche.prs_elements.add(*(elements[(index + k) % len(elements)] for k in (0, 7)))
        fiche.prs_priorities.add(priorities[index % len(priorities)])
        if not fiche.whole_territory:
            fiche.communes.add(communes[index % 6], communes[(index + 1) % 6])
        main = FUNDERS[index % len(FUNDERS)]
        for year, funder, label in ((2024, main, ""), (2025, main, ""), (2025, Funder.ARS_FIR, "prévention")):
            BudgetLineFactory(
                fiche=fiche,
                year=year,
                funder=funder,
                funder_label=label,
                planned_amount=1000 * (index % 9 + 1),
                actual_amount=800 * (index % 9 + 1) if year == 2024 else None,
            )
        if with_children:
            add_children(fiche, 2, author=coordinator)
    return {
        "coordinator": coordinator,
        "pilote": pilotes[1],
        "partner": organisations[2],
        "prs_element": elements[0],
        "theme": themes[0],
        "public": publics[0],
        "axes": axes,
        "avenant": avenant,
    }


def add_children(fiche, count, *, author, start=0):
    """`count` of each: sub-actions, budget lines, indicators (each with 3 yearly values), notes and documents.

    `start` numbers them after the `start` ones a previous call added.
    """
    authors = itertools.cycle([author, None])
    for n in range(start, start + count):
        SubActionFactory(
            fiche=fiche,
            number=f"{fiche.number}.{n + 1}",
            title=f"Étape {n + 1} : réunir les partenaires",
            description="Une réunion par trimestre.",
            pilote="Service santé de la communauté de communes",
            status=FicheStatus.DONE if n % 2 == 0 else FicheStatus.PLANNED,
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2025, 6, 30),
            position=n,
        )
        funder = Funder.values[n % len(Funder.values)]
        BudgetLineFactory(
            fiche=fiche,
            year=2030 + n // len(Funder.values),
            funder=funder,
            funder_label="Fondation de France" if funder == Funder.OTHER else "",
            planned_amount=500 + n,
            actual_amount=400 + n if n % 2 else None,
        )
        indicator = FicheIndicatorFactory(
            fiche=fiche,
            name=f"Participants aux ateliers {n + 1}",
            kind=IndicatorKind.values[n % 3],
            unit="personnes",
            baseline="0",
            target="200",
            source="Feuilles d'émargement",
            position=n,
        )
        for year in (2024, 2025, 2026):
            FicheIndicatorValueFactory(indicator=indicator, year=year, value=40 + n, comment="Relevé de fin d'année")
        FollowUpNote.objects.create(
            fiche=fiche,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            done="Deux ateliers réalisés.",
            difficulties="Peu de participants en zone rurale.",
            next_steps="Déplacer les ateliers au marché.",
            author=next(authors),
        )
        FicheDocument.objects.create(
            fiche=fiche,
            title=f"Compte rendu du comité {n + 1}",
            url=f"https://exemple.fr/cr-{fiche.pk}-{n}.pdf",
            comment="Version validée",
            uploaded_by=author,
        )


def rich_fiche(contract, plan, count):
    """The first fiche of axe 1, given `count` of each sub-object and a few saves in its history."""
    fiche = FicheAction.objects.get(contract=contract, number="1.1")
    add_children(fiche, count, author=plan["coordinator"], start=fiche.sub_actions.count())
    for progress in (10, 20, 30):
        fiche.progress = progress
        fiche.save()
    return fiche
