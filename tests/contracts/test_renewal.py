import datetime

import pytest

from actions import renewal
from actions.enums import FicheStatus
from contracts import lifecycle
from contracts.enums import ContractStatus, PartyRole, Role
from contracts.lifecycle import LifecycleError
from tests.contracts.factories import AvenantFactory, AxeFactory, FicheFactory, PartyFactory
from tests.factories import CommuneFactory, ContractFactory, EpciFactory, MembershipFactory, UserFactory

LAUNCH = datetime.date(2022, 3, 16)


@pytest.fixture
def cls1(departement):
    contract = ContractFactory(
        departement=departement,
        name="Contrat local de santé de Mauges Communauté 2017-2021",
        slug="mauges-cls-1",
        status=ContractStatus.EVALUATION,
        signature_date=datetime.date(2016, 11, 4),
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2021, 12, 31),
        summary="Premier CLS du territoire.",
    )
    epci = EpciFactory(siren="200060010", name="CA Mauges Communauté")
    contract.epcis.add(epci)
    contract.communes.add(CommuneFactory(code="49023", departement=departement))
    return contract


def test_renewal_creates_the_next_generation_in_elaboration(cls1, ars_animator):
    cls2 = lifecycle.renew(cls1, by=ars_animator, on=LAUNCH, slug="mauges-cls-2", name="CLS 2 de Mauges Communauté")
    cls1.refresh_from_db()
    assert cls1.status == ContractStatus.RENEWED
    assert (cls2.generation, cls2.previous, cls2.status, cls2.launch_date) == (
        2,
        cls1,
        ContractStatus.ELABORATION,
        LAUNCH,
    )
    assert (cls2.name, cls2.slug, cls2.departement) == ("CLS 2 de Mauges Communauté", "mauges-cls-2", cls1.departement)
    # The presentation told the first generation's story: the new one starts without it.
    assert cls2.summary == ""
    assert cls2.signature_date is None and cls2.start_date is None and cls2.end_date is None
    assert list(cls2.epcis.values_list("pk", flat=True)) == ["200060010"]
    assert list(cls2.communes.values_list("pk", flat=True)) == ["49023"]
    assert cls1.transitions.get().to_status == ContractStatus.RENEWED
    first_step = cls2.transitions.get()
    assert (first_step.from_status, first_step.to_status, first_step.effective_on) == (
        "",
        ContractStatus.ELABORATION,
        LAUNCH,
    )
    assert "Renouvellement de « Contrat local de santé de Mauges Communauté 2017-2021 »" in first_step.comment


def test_renewal_proposes_a_name_and_slug(cls1, ars_animator):
    cls2 = lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert cls2.slug == "mauges-cls-2"
    assert cls2.name == "Contrat local de santé de Mauges Communauté 2017-2021 (CLS 2)"


def test_renewal_copies_signatories_without_their_deliberations(cls1, ars_animator):
    PartyFactory(
        contract=cls1,
        role=PartyRole.PRINCIPAL,
        representative_name="Didier Huchon",
        deliberation_date=datetime.date(2016, 10, 1),
        avenant=None,
    )
    PartyFactory(contract=cls1, role=PartyRole.COSIGNATORY, representative_name="Anne Préfète")
    PartyFactory(contract=cls1, role=PartyRole.PARTNER)
    cls2 = lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    copied = list(
        cls2.parties.order_by("role", "representative_name").values_list(
            "role", "representative_name", "deliberation_date", "avenant"
        )
    )
    assert copied == [
        (PartyRole.COSIGNATORY, "Anne Préfète", None, None),
        (PartyRole.PRINCIPAL, "Didier Huchon", None, None),
    ]


def test_renewal_copies_coordinators_and_readers(cls1, ars_animator):
    coordinator = MembershipFactory(contract=cls1, role=Role.COORDINATOR).user
    reader = MembershipFactory(contract=cls1, role=Role.READER).user
    cls2 = lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert set(cls2.memberships.values_list("user", "role")) == {
        (coordinator.pk, Role.COORDINATOR),
        (reader.pk, Role.READER),
    }


def test_renewal_without_copy_leaves_the_plan_empty(cls1, ars_animator):
    FicheFactory(axe=AxeFactory(contract=cls1, number="1"), number="1.1", status=FicheStatus.IN_PROGRESS)
    cls2 = renewal.renew(cls1, by=ars_animator, on=LAUNCH, copy_unfinished_fiches=False)
    assert not cls2.axes.exists() and not cls2.fiches.exists()


def test_renewal_copies_unfinished_fiches_with_their_axes(cls1, ars_animator, departement):
    pilote = UserFactory()
    avenant = AvenantFactory(contract=cls1, number=1)
    axe1 = AxeFactory(contract=cls1, number="1", title="Prévention")
    axe3 = AxeFactory(contract=cls1, number="3", title="Parcours")
    sub = AxeFactory(contract=cls1, number="3.6", title="Handicap", parent=axe3)
    axe5 = AxeFactory(contract=cls1, number="5", title="Santé mentale", avenant=avenant)
    ongoing = FicheFactory(
        axe=axe1,
        number="1.1",
        title="Animer la prévention",
        status=FicheStatus.IN_PROGRESS,
        progress=40,
        pilote=pilote,
        description="Radon et qualité de l'air intérieur.",
    )
    ongoing.communes.add(CommuneFactory(code="49099", departement=departement))
    FicheFactory(axe=axe1, number="1.2", status=FicheStatus.DONE)
    FicheFactory(axe=sub, number="3.6.1", status=FicheStatus.PLANNED)
    FicheFactory(axe=axe5, number="5.1", status=FicheStatus.BLOCKED, avenant=avenant)
    FicheFactory(axe=AxeFactory(contract=cls1, number="4"), number="4.1", status=FicheStatus.ABANDONED)

    cls2 = renewal.renew(cls1, by=ars_animator, on=LAUNCH, copy_unfinished_fiches=True)

    assert sorted(cls2.axes.values_list("number", flat=True)) == ["1", "3", "3.6", "5"]
    assert sorted(cls2.fiches.values_list("number", flat=True)) == ["1.1", "3.6.1", "5.1"]
    copy = cls2.fiches.get(number="1.1")
    assert (copy.title, copy.status, copy.progress, copy.pilote, copy.description) == (
        "Animer la prévention",
        FicheStatus.IN_PROGRESS,
        40,
        pilote,
        "Radon et qualité de l'air intérieur.",
    )
    assert copy.axe.contract == cls2 and copy.axe.title == "Prévention"
    assert list(copy.communes.values_list("pk", flat=True)) == ["49099"]
    assert cls2.axes.get(number="3.6").parent == cls2.axes.get(number="3")
    assert cls2.axes.get(number="5").avenant is None and cls2.fiches.get(number="5.1").avenant is None
    # The old plan is untouched.
    assert cls1.fiches.count() == 5 and cls1.axes.count() == 5
    assert "3 fiches-action non terminées reprises" in cls2.transitions.get().comment


def test_renewal_is_refused_twice(cls1, ars_animator):
    lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    with pytest.raises(LifecycleError) as error:
        lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert error.value.messages == ["Un contrat « renouvelé » ne peut pas passer à l'état « renouvelé »."]


def test_renewal_refuses_a_slug_in_use(cls1, ars_animator):
    ContractFactory(slug="mauges-cls-2")
    with pytest.raises(LifecycleError) as error:
        lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert error.value.messages == ["Un contrat utilise déjà l'identifiant court « mauges-cls-2 »."]
    cls1.refresh_from_db()
    assert cls1.status == ContractStatus.EVALUATION


def test_a_slug_taken_by_a_concurrent_renewal_is_a_french_error(cls1, ars_animator, monkeypatch):
    """Two contracts renewed at the same moment to the same slug: the insert that loses says why, no 500."""
    other = ContractFactory(slug="mauges-cls-2")
    real_filter = lifecycle.Contract.objects.filter

    def filter_missing_the_race(*args, **kwargs):
        # The other renewal commits between this renewal's check and its insert.
        queryset = real_filter(*args, **kwargs)
        return queryset.exclude(pk=other.pk) if kwargs.get("slug") == "mauges-cls-2" else queryset

    monkeypatch.setattr(lifecycle.Contract.objects, "filter", filter_missing_the_race)
    with pytest.raises(LifecycleError) as error:
        lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert error.value.messages == ["Un contrat utilise déjà l'identifiant court « mauges-cls-2 »."]
    monkeypatch.undo()
    cls1.refresh_from_db()
    assert cls1.status == ContractStatus.EVALUATION
    assert not ContractFactory._meta.model.objects.filter(previous=cls1).exists()


def test_an_expired_contract_may_still_be_renewed(cls1, ars_animator):
    lifecycle.expire(cls1, by=ars_animator, on=datetime.date(2021, 12, 31))
    cls2 = lifecycle.renew(cls1, by=ars_animator, on=LAUNCH)
    assert cls2.previous == cls1


def test_a_signed_contract_is_evaluated_before_renewal(ars_animator):
    contract = ContractFactory(signed=True)
    with pytest.raises(LifecycleError):
        lifecycle.renew(contract, by=ars_animator, on=LAUNCH)


def test_copied_fiches_start_without_their_old_dates(cls1, ars_animator):
    axe = AxeFactory(contract=cls1, number="1")
    FicheFactory(
        axe=axe,
        number="1.1",
        status=FicheStatus.IN_PROGRESS,
        progress=40,
        start_date=datetime.date(2018, 1, 1),
        end_date=datetime.date(2021, 6, 30),
    )
    assert cls1.fiches.late().count() == 1
    cls2 = renewal.renew(cls1, by=ars_animator, on=LAUNCH, copy_unfinished_fiches=True)
    copy = cls2.fiches.get(number="1.1")
    assert (copy.start_date, copy.end_date, copy.status, copy.progress) == (None, None, FicheStatus.IN_PROGRESS, 40)
    assert not copy.is_late and not cls2.fiches.late().exists()
    # The old fiche keeps its dates: it is the record of the first generation.
    original = cls1.fiches.get(number="1.1")
    assert (original.start_date, original.end_date) == (datetime.date(2018, 1, 1), datetime.date(2021, 6, 30))
