"""Factories of the plan d'action; traits are business situations (`FicheFactory(late=True)`)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from actions.enums import FicheStatus, Funder, IndicatorKind
from actions.models import Axe, BudgetLine, FicheAction, FicheIndicator, FicheIndicatorValue, SubAction
from tests.factories import ContractFactory


class AxeFactory(DjangoModelFactory):
    class Meta:
        model = Axe
        django_get_or_create = ["contract", "number"]

    contract = factory.SubFactory(ContractFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = factory.LazyAttribute(lambda o: f"Axe stratégique {o.number}")
    position = factory.LazyAttribute(lambda o: int(o.number.split(".")[0]))


class FicheFactory(DjangoModelFactory):
    class Meta:
        model = FicheAction

    axe = factory.SubFactory(AxeFactory)
    contract = factory.SelfAttribute("axe.contract")
    title = factory.Sequence(lambda n: f"Action de prévention n° {n + 1}")
    status = FicheStatus.IN_PROGRESS
    progress = 50
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2099, 12, 31)

    @factory.lazy_attribute
    def number(self):
        taken = set(FicheAction.objects.filter(contract=self.axe.contract).values_list("number", flat=True))
        index = 1
        while f"{self.axe.number}.{index}" in taken:
            index += 1
        return f"{self.axe.number}.{index}"

    class Params:
        late = factory.Trait(
            start_date=datetime.date(2019, 1, 1), end_date=datetime.date(2020, 12, 31), status=FicheStatus.IN_PROGRESS
        )
        done = factory.Trait(status=FicheStatus.DONE, progress=100)
        abandoned = factory.Trait(status=FicheStatus.ABANDONED)


class SubActionFactory(DjangoModelFactory):
    class Meta:
        model = SubAction

    fiche = factory.SubFactory(FicheFactory)
    number = factory.LazyAttributeSequence(lambda o, n: f"{o.fiche.number}.{n + 1}")
    title = factory.Sequence(lambda n: f"Étape {n + 1}")
    position = factory.Sequence(lambda n: n + 1)


class BudgetLineFactory(DjangoModelFactory):
    class Meta:
        model = BudgetLine

    fiche = factory.SubFactory(FicheFactory)
    year = 2024
    funder = Funder.ARS_FIR
    planned_amount = 10000
    actual_amount = None


class FicheIndicatorFactory(DjangoModelFactory):
    class Meta:
        model = FicheIndicator

    fiche = factory.SubFactory(FicheFactory)
    name = factory.Sequence(lambda n: f"Personnes sensibilisées {n + 1}")
    kind = IndicatorKind.PROCESS
    unit = "personnes"
    target = "200"


class FicheIndicatorValueFactory(DjangoModelFactory):
    class Meta:
        model = FicheIndicatorValue

    indicator = factory.SubFactory(FicheIndicatorFactory)
    year = 2024
    value = 120
