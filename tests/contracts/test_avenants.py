import datetime

import pytest

from actions.avenants import avenant_additions
from contracts.avenants import add_avenant, as_signed
from contracts.enums import ContractStatus
from contracts.lifecycle import LifecycleError
from tests.contracts.factories import AxeFactory, FicheFactory, PartyFactory
from tests.factories import ContractFactory


@pytest.fixture
def signed(departement):
    return ContractFactory(
        departement=departement,
        status=ContractStatus.SIGNED,
        signature_date=datetime.date(2016, 11, 4),
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2021, 12, 31),
    )


def test_avenants_are_numbered_in_order(signed, ars_animator):
    first = add_avenant(signed, signed_on=datetime.date(2020, 2, 14), object="Axe 5 santé mentale", by=ars_animator)
    second = add_avenant(signed, signed_on=datetime.date(2021, 3, 1), object="Nouveau signataire", by=ars_animator)
    assert (first.number, second.number) == (1, 2)
    assert first.created_by == ars_animator
    signed.refresh_from_db()
    assert signed.end_date == datetime.date(2021, 12, 31)


def test_a_new_end_date_moves_the_contract_end_and_keeps_the_previous_one(signed, ars_animator):
    avenant = add_avenant(
        signed,
        signed_on=datetime.date(2021, 11, 1),
        object="Prolongation d'un an",
        by=ars_animator,
        new_end_date=datetime.date(2022, 12, 31),
    )
    signed.refresh_from_db()
    assert signed.end_date == datetime.date(2022, 12, 31)
    assert (avenant.previous_end_date, avenant.new_end_date) == (
        datetime.date(2021, 12, 31),
        datetime.date(2022, 12, 31),
    )
    assert signed.history.first().history_user == ars_animator


@pytest.mark.parametrize(
    "status",
    [
        ContractStatus.REFLECTION,
        ContractStatus.ELABORATION,
        ContractStatus.RENEWED,
        ContractStatus.EXPIRED,
        ContractStatus.ABANDONED,
    ],
)
def test_avenants_only_on_a_contract_in_force(status, ars_animator):
    contract = ContractFactory(status=status, signature_date=datetime.date(2016, 11, 4))
    with pytest.raises(LifecycleError) as error:
        add_avenant(contract, signed_on=datetime.date(2020, 2, 14), object="Axe 5", by=ars_animator)
    assert error.value.messages == [
        "Un avenant ne peut être signé que sur un contrat en vigueur (signé ou en évaluation)."
    ]


def test_an_avenant_during_evaluation_is_accepted(signed, ars_animator):
    signed.status = ContractStatus.EVALUATION
    signed.save()
    assert add_avenant(signed, signed_on=datetime.date(2021, 6, 1), object="Prolongation", by=ars_animator).number == 1


def test_avenant_guards(signed, ars_animator):
    with pytest.raises(LifecycleError) as error:
        add_avenant(
            signed,
            signed_on=datetime.date(2015, 1, 1),
            object=" ",
            by=ars_animator,
            new_end_date=datetime.date(2016, 1, 1),
        )
    assert error.value.messages == [
        "L'avenant ne peut pas être signé avant le contrat.",
        "Indiquez l'objet de l'avenant.",
        "La nouvelle fin du contrat doit suivre son début.",
    ]
    assert not signed.avenants.exists()


def test_what_each_avenant_added_and_the_plan_as_signed(signed, ars_animator, django_assert_max_num_queries):
    avenant = add_avenant(signed, signed_on=datetime.date(2020, 2, 14), object="Axe 5", by=ars_animator)
    axe1 = AxeFactory(contract=signed, number="1")
    FicheFactory(axe=axe1, number="1.1")
    axe5 = AxeFactory(contract=signed, number="5", title="Santé mentale", avenant=avenant)
    FicheFactory(axe=axe5, number="5.1", avenant=avenant)
    party = PartyFactory(contract=signed, avenant=avenant)
    with django_assert_max_num_queries(3):
        additions = avenant_additions(signed, [avenant])
    assert additions[avenant.pk]["axes"] == [axe5]
    assert [f.number for f in additions[avenant.pk]["fiches"]] == ["5.1"]
    assert additions[avenant.pk]["parties"] == [party]
    assert list(as_signed(signed.axes.all())) == [axe1]
    assert list(as_signed(signed.fiches.all()).values_list("number", flat=True)) == ["1.1"]
    assert signed.fiches.count() == 2  # "as amended": everything
