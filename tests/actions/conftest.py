"""Fixtures of the plan d'action tests: a plan of two axes on the `contract` persona fixture, and a pilote."""

import pytest

from contracts.enums import ContractStatus
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import ContractFactory, UserFactory


@pytest.fixture
def axe1(contract):
    return AxeFactory(contract=contract, number="1", title="Prévention, promotion de la santé et environnement")


@pytest.fixture
def axe2(contract):
    return AxeFactory(contract=contract, number="2", title="Accès aux soins")


@pytest.fixture
def fiche(axe1):
    return FicheFactory(axe=axe1, number="1.1", title="Sensibiliser au radon")


@pytest.fixture
def pilote(fiche):
    """A partner's employee without any membership, pilote of `fiche`."""
    user = UserFactory(email="pilote@cpie.exemple.fr", first_name="Paul", last_name="Pilote")
    fiche.pilote = user
    fiche.save()
    return user


@pytest.fixture
def closed_contract(departement):
    return ContractFactory(departement=departement, slug="ancien-cls", status=ContractStatus.EXPIRED)


@pytest.fixture
def rich_plan(contract, axe1, axe2, coordinator):
    """A plan using every column of the Excel template: PRS links, publics, communes, budget, indicators..."""
    import datetime

    from actions.enums import FicheStatus, Funder, IndicatorKind, Modality, Priority, Public
    from actions.models import TargetPublic
    from referentials.loaders import PRS_FILES, load_prs, load_reference_lists
    from referentials.models import ArsTheme, PrsElement, PrsPriority
    from tests.actions.factories import (
        BudgetLineFactory,
        FicheIndicatorFactory,
        FicheIndicatorValueFactory,
        SubActionFactory,
    )
    from tests.factories import CommuneFactory, OrganisationFactory

    for path in PRS_FILES:
        load_prs(path)
    load_reference_lists()
    TargetPublic.sync()
    beaupreau = CommuneFactory(code="49023", name="Beaupréau-en-Mauges", departement=contract.departement)
    contract.communes.add(beaupreau)
    cpie = OrganisationFactory(name="CPIE Loire Anjou", kind="association")
    mauges = OrganisationFactory(name="Mauges Communauté", kind="epci")
    radon = FicheFactory(
        axe=axe1, number="1.1", title="Animer une campagne de mesure du radon", status=FicheStatus.IN_PROGRESS,
        progress=60, porteur=mauges, pilote=coordinator, context="Le territoire est classé en zone 3 (radon).",
        general_objective="Réduire l'exposition au radon", description="Prêt de dosimètres.\nRestitution publique.",
        priority=Priority.HIGH, modality=Modality.DO_WITH, start_date=datetime.date(2024, 1, 15),
        end_date=datetime.date(2025, 12, 31), ars_theme=ArsTheme.objects.get(code="prevention"),
        whole_territory=False, elected_referent="Vice-président santé",
    )  # fmt: skip
    radon.target_publics.set(TargetPublic.objects.filter(code__in=[Public.GENERAL, Public.PARENTS]))
    radon.communes.set([beaupreau])
    radon.partners.set([cpie])
    radon.prs_elements.set(PrsElement.objects.filter(code__in=["1.1", "1.1.1"]))
    radon.prs_priorities.set(PrsPriority.objects.all()[:1])
    SubActionFactory(fiche=radon, number="1.1.1", title="Distribuer les dosimètres", status=FicheStatus.DONE)
    SubActionFactory(fiche=radon, number="1.1.2", title="Restituer les résultats")
    BudgetLineFactory(fiche=radon, year=2024, funder=Funder.ARS_FIR, planned_amount=4000, actual_amount=3800)
    BudgetLineFactory(fiche=radon, year=2024, funder=Funder.OTHER, funder_label="Fondation de France",
                      planned_amount=500)  # fmt: skip
    foyers = FicheIndicatorFactory(fiche=radon, name="Foyers équipés d'un dosimètre", kind=IndicatorKind.PROCESS)
    FicheIndicatorValueFactory(indicator=foyers, year=2024, value=212, comment="Campagne d'hiver")
    msp = FicheFactory(axe=axe2, number="2.1", title="Soutenir la MSP Val-de-Moine", status=FicheStatus.PLANNED,
                       progress=0)  # fmt: skip
    return {"radon": radon, "msp": msp, "cpie": cpie, "mauges": mauges, "beaupreau": beaupreau}
