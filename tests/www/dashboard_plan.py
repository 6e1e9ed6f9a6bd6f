"""A small plan with every figure the dashboards show: two axes, fiches in every situation (done, late with a
difficulty, abandoned, naming one commune), indicators with targets, budget lines, a meeting ahead and a decision,
and a perimeter of three communes (a fourth commune of the département stays outside)."""

import datetime

from actions.enums import Funder
from actions.models import FollowUpNote
from governance.models import Decision
from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    FicheIndicatorValueFactory,
)
from tests.factories import CommuneFactory, EpciFactory
from tests.governance.factories import InstanceFactory, MeetingFactory


def dashboard_plan(contract):
    epci = EpciFactory(siren="200060010", name="Mauges Communauté", kind="CA")
    beaupreau = CommuneFactory(code="49023", name="Beaupréau-en-Mauges", epci=epci, departement=contract.departement)
    chemille = CommuneFactory(code="49092", name="Chemillé-en-Anjou", epci=epci, departement=contract.departement)
    sevremoine = CommuneFactory(code="49301", name="Sèvremoine", epci=epci, departement=contract.departement)
    outside = CommuneFactory(code="49007", name="Angers", departement=contract.departement)
    contract.epcis.add(epci)
    axe1 = AxeFactory(contract=contract, number="1", title="Prévention et promotion de la santé")
    axe2 = AxeFactory(contract=contract, number="2", title="Accès aux soins")
    done = [FicheFactory(axe=axe1, number=f"1.{n}", title=f"Action réalisée {n}", done=True) for n in (1, 2, 3)]
    late = FicheFactory(
        axe=axe1, number="1.4", title="Prévenir l'isolement des personnes âgées", late=True, progress=40
    )
    FollowUpNote.objects.create(
        fiche=late, date=datetime.date(2021, 3, 1), difficulties="Ancienne difficulté déjà levée."
    )
    FollowUpNote.objects.create(
        fiche=late, date=datetime.date(2021, 11, 30), difficulties="Partenaires mobilisés par la crise sanitaire."
    )
    FollowUpNote.objects.create(fiche=late, date=datetime.date(2022, 1, 15), done="Une réunion a eu lieu.")
    abandoned = FicheFactory(axe=axe2, number="2.1", title="Téléconsultation en EHPAD", abandoned=True, progress=10)
    local = FicheFactory(
        axe=axe2, number="2.2", title="Maison de santé de Beaupréau", whole_territory=False, progress=60
    )
    local.communes.add(beaupreau)
    elsewhere = FicheFactory(
        axe=axe2, number="2.3", title="Centre de santé de Chemillé", whole_territory=False, progress=20
    )
    elsewhere.communes.add(chemille)
    reached = FicheIndicatorFactory(fiche=done[0], name="Kits de mesure du radon distribués", target="1 200")
    FicheIndicatorValueFactory(indicator=reached, year=2021, value=900)
    FicheIndicatorValueFactory(indicator=reached, year=2022, value=1200)
    FicheIndicatorFactory(fiche=late, name="Visites à domicile", target="1 par an")
    BudgetLineFactory(fiche=done[0], year=2021, funder=Funder.ARS_FIR, planned_amount=6000, actual_amount=5400)
    BudgetLineFactory(fiche=done[1], year=2022, funder=Funder.ARS_FIR, planned_amount=4000, actual_amount=4000)
    BudgetLineFactory(fiche=local, year=2022, funder=Funder.COLLECTIVITY, planned_amount=3000, actual_amount=None)
    copil = InstanceFactory(contract=contract, name="Comité de pilotage du CLS")
    past = MeetingFactory(instance=copil, held=True)
    MeetingFactory(instance=copil, date=datetime.date(2099, 6, 4))
    Decision.objects.create(meeting=past, contract=contract, text="Le comité valide le bilan de l'année.")
    return {
        "axes": [axe1, axe2],
        "done": done,
        "late": late,
        "abandoned": abandoned,
        "local": local,
        "elsewhere": elsewhere,
        "beaupreau": beaupreau,
        "chemille": chemille,
        "sevremoine": sevremoine,
        "outside": outside,
    }
