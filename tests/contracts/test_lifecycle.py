import datetime

import pytest
from django.urls import reverse

from contracts import lifecycle
from contracts.enums import ContractStatus, PartyRole
from contracts.lifecycle import ALLOWED_TRANSITIONS, LifecycleError
from contracts.models import ContractTransition
from tests.contracts.factories import AxeFactory, FicheFactory, PartyFactory, make_ready_to_sign
from tests.factories import ContractFactory

S = ContractStatus
ON = datetime.date(2023, 6, 1)


def _move(contract, target, user):
    kwargs = {"by": user, "on": ON, "comment": "Décision du COPIL"}
    if target == S.RENEWED:
        return lifecycle.renew(contract, **kwargs)
    return lifecycle.VERBS[target](contract, **kwargs)


# The lifecycle as docs/contracts.md states it, written out here rather than read from `ALLOWED_TRANSITIONS`, so
# that a change to the state machine has to be made in both places: (from, to) -> the button of the contract page.
DOCUMENTED_MOVES = {
    (S.REFLECTION, S.ELABORATION): "Lancer l'élaboration",
    (S.REFLECTION, S.ABANDONED): "Abandonner le projet",
    (S.ELABORATION, S.SIGNED): "Enregistrer la signature",
    (S.ELABORATION, S.ABANDONED): "Abandonner le projet",
    (S.SIGNED, S.EVALUATION): "Engager l'évaluation",
    (S.EVALUATION, S.EXPIRED): "Déclarer le contrat échu",
    (S.EVALUATION, S.RENEWED): "Renouveler le contrat",
    (S.EXPIRED, S.RENEWED): "Renouveler le contrat",
}
# No verb leads back to « en réflexion »: a contract only starts there.
VERB_PAIRS = [(source, target) for source in S for target in S if target not in (source, S.REFLECTION)]


@pytest.mark.parametrize(("source", "target"), VERB_PAIRS, ids=[f"{s}->{t}" for s, t in VERB_PAIRS])
def test_every_move_follows_the_documented_lifecycle(db, source, target, ars_animator):
    contract = ContractFactory(status=source, signature_date=ON if source == S.SIGNED else None)
    make_ready_to_sign(contract)
    if (source, target) in DOCUMENTED_MOVES:
        _move(contract, target, ars_animator)
        contract.refresh_from_db()
        assert contract.status == target
        step = contract.transitions.get(to_status=target)
        assert (step.from_status, step.by, step.effective_on, step.comment) == (
            source,
            ars_animator,
            ON,
            "Décision du COPIL",
        )
    else:
        with pytest.raises(LifecycleError) as error:
            _move(contract, target, ars_animator)
        assert error.value.messages == [
            f"Un contrat « {source.label.lower()} » ne peut pas passer à l'état « {target.label.lower()} »."
        ]
        contract.refresh_from_db()
        assert contract.status == source
        assert not contract.transitions.exists()


def test_nothing_leads_back_to_reflection():
    assert S.REFLECTION not in lifecycle.VERBS
    assert not any(S.REFLECTION in targets for targets in ALLOWED_TRANSITIONS.values())


@pytest.mark.parametrize("source", list(S), ids=[str(s) for s in S])
def test_the_contract_page_offers_the_documented_moves_only(client, ars_animator, source):
    """What the animator sees: one button per documented move from the current status, in the lifecycle's order."""
    contract = ContractFactory(status=source, signature_date=ON if source == S.SIGNED else None)
    client.force_login(ars_animator)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode().replace("&#x27;", "'")
    expected = [label for (start, _), label in DOCUMENTED_MOVES.items() if start == source]
    offered = [label for label in dict.fromkeys(DOCUMENTED_MOVES.values()) if f">{label}</a>" in html]
    assert sorted(offered) == sorted(expected)
    assert [target for (start, target) in DOCUMENTED_MOVES if start == source] == lifecycle.allowed_targets(contract)


def test_elaboration_sets_the_launch_date(contract, ars_animator):
    contract.status = S.REFLECTION
    contract.save()
    lifecycle.start_elaboration(contract, by=ars_animator, on=datetime.date(2022, 3, 16))
    contract.refresh_from_db()
    assert contract.launch_date == datetime.date(2022, 3, 16)
    assert contract.status == S.ELABORATION


def test_signature_sets_the_dates_with_a_five_year_default(contract, ars_animator):
    make_ready_to_sign(contract)
    lifecycle.sign(contract, by=ars_animator, on=datetime.date(2016, 11, 4), start_date=datetime.date(2017, 1, 1))
    contract.refresh_from_db()
    assert contract.status == S.SIGNED
    assert contract.signature_date == datetime.date(2016, 11, 4)
    assert (contract.start_date, contract.end_date) == (datetime.date(2017, 1, 1), datetime.date(2021, 12, 31))
    assert contract.transitions.get().to_status == S.SIGNED


def test_signature_keeps_an_end_date_given(contract, ars_animator):
    make_ready_to_sign(contract)
    lifecycle.sign(contract, by=ars_animator, on=ON, end_date=datetime.date(2027, 12, 31))
    assert (contract.start_date, contract.end_date) == (ON, datetime.date(2027, 12, 31))


def test_default_end_date_on_29_february():
    assert lifecycle.default_end_date(datetime.date(2024, 2, 29)) == datetime.date(2029, 2, 27)


GUARD_MESSAGES = {
    "no_axe": "Le plan d'action doit comporter au moins un axe stratégique.",
    "no_fiche": "Le plan d'action doit comporter au moins une fiche-action.",
    "one_signatory": "Le contrat doit compter au moins deux signataires (l'ARS et la collectivité porteuse).",
    "no_principal": "Au moins un signataire doit être « signataire principal ».",
    "no_representative": (
        "Indiquez le nom et la fonction de la personne qui signe pour « Préfecture de Maine-et-Loire »."
    ),
    "no_date": "Indiquez la date de signature.",
}


def test_signature_guards_list_everything_missing(contract, ars_animator):
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=None)
    assert error.value.messages == [
        GUARD_MESSAGES["no_axe"],
        GUARD_MESSAGES["no_fiche"],
        GUARD_MESSAGES["one_signatory"],
        GUARD_MESSAGES["no_principal"],
        GUARD_MESSAGES["no_date"],
    ]
    contract.refresh_from_db()
    assert contract.status == S.ELABORATION
    assert not ContractTransition.objects.exists()


def test_signature_needs_a_fiche_not_only_an_axe(contract, ars_animator):
    make_ready_to_sign(contract)
    contract.fiches.all().delete()
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=ON)
    assert error.value.messages == [GUARD_MESSAGES["no_fiche"]]


def test_signature_needs_a_principal_signatory(contract, ars_animator):
    make_ready_to_sign(contract)
    contract.parties.update(role=PartyRole.COSIGNATORY)
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=ON)
    assert error.value.messages == [GUARD_MESSAGES["no_principal"]]


def test_partners_do_not_count_as_signatories(contract, ars_animator):
    axe = AxeFactory(contract=contract, number="1")
    FicheFactory(axe=axe, number="1.1")
    PartyFactory(contract=contract, role=PartyRole.PRINCIPAL)
    PartyFactory(contract=contract, role=PartyRole.PARTNER)
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=ON)
    assert error.value.messages == [GUARD_MESSAGES["one_signatory"]]


def test_each_signatory_needs_a_named_representative(contract, ars_animator):
    from tests.factories import OrganisationFactory

    make_ready_to_sign(contract)
    PartyFactory(
        contract=contract,
        organisation=OrganisationFactory(name="Préfecture de Maine-et-Loire", kind="prefecture"),
        representative_name="",
    )
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=ON)
    assert error.value.messages == [GUARD_MESSAGES["no_representative"]]


def test_signature_refuses_an_end_before_the_start(contract, ars_animator):
    make_ready_to_sign(contract)
    with pytest.raises(LifecycleError) as error:
        lifecycle.sign(contract, by=ars_animator, on=ON, end_date=datetime.date(2020, 1, 1))
    assert error.value.messages == ["La fin du contrat doit suivre son début."]


def test_abandon_needs_a_reason(contract, ars_animator):
    with pytest.raises(LifecycleError) as error:
        lifecycle.abandon(contract, by=ars_animator, on=ON, comment="  ")
    assert error.value.messages == ["Indiquez la raison de l'abandon dans le commentaire."]
    lifecycle.abandon(contract, by=ars_animator, on=ON, comment="Le conseil communautaire a renoncé.")
    assert contract.status == S.ABANDONED


def test_abandon_is_refused_after_signature(ars_animator):
    contract = ContractFactory(signed=True)
    with pytest.raises(LifecycleError) as error:
        lifecycle.abandon(contract, by=ars_animator, on=ON, comment="Trop tard")
    assert error.value.messages == ["Un contrat « signé (en vigueur) » ne peut pas passer à l'état « abandonné »."]


def test_full_life_writes_a_readable_timeline(contract, ars_animator):
    contract.status = S.REFLECTION
    contract.save()
    lifecycle.start_elaboration(contract, by=ars_animator, on=datetime.date(2015, 9, 1))
    make_ready_to_sign(contract)
    lifecycle.sign(contract, by=ars_animator, on=datetime.date(2016, 11, 4))
    lifecycle.start_evaluation(contract, by=ars_animator, on=datetime.date(2021, 6, 1))
    lifecycle.expire(contract, by=ars_animator, on=datetime.date(2021, 12, 31))
    steps = list(contract.transitions.order_by("at", "id").values_list("from_status", "to_status"))
    assert steps == [
        (S.REFLECTION, S.ELABORATION),
        (S.ELABORATION, S.SIGNED),
        (S.SIGNED, S.EVALUATION),
        (S.EVALUATION, S.EXPIRED),
    ]


def test_a_stale_instance_cannot_move_twice(contract, ars_animator):
    """The verbs re-read the row: a second tab still showing "élaboration" cannot sign again."""
    make_ready_to_sign(contract)
    stale = type(contract).objects.get(pk=contract.pk)
    lifecycle.sign(contract, by=ars_animator, on=ON)
    with pytest.raises(LifecycleError):
        lifecycle.sign(stale, by=ars_animator, on=ON)
    assert contract.transitions.count() == 1


def test_allowed_targets_follow_the_lifecycle_order(contract):
    assert lifecycle.allowed_targets(contract) == [S.SIGNED, S.ABANDONED]
