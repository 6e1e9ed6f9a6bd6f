"""Instances and seats hold their invariants in the database, each with a French message."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from governance import members
from governance.enums import InstanceKind, MemberRole
from governance.errors import GovernanceError
from governance.models import Instance, Member
from tests.actions.factories import AxeFactory
from tests.factories import ContractFactory, UserFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory


def messages_of(obj):
    with pytest.raises(ValidationError) as raised:
        obj.full_clean()
    return raised.value.messages


def test_a_copil_belongs_to_a_contract_and_a_cts_to_a_territory(contract, departement):
    assert (
        "Un COPIL, un comité ou un groupe appartient à un contrat ; un CTS ou une CDCPPS à un département ou à "
        "une région." in messages_of(Instance(kind=InstanceKind.COPIL, name="COPIL", departement=departement))
    )
    assert messages_of(Instance(kind=InstanceKind.CTS, name="CTS", contract=contract))
    with pytest.raises(IntegrityError), transaction.atomic():
        Instance.objects.create(kind=InstanceKind.CDCPPS, name="CDCPPS")
    Instance(kind=InstanceKind.CDCPPS, name="CDCPPS de la Sarthe", departement=departement).full_clean()


def test_only_a_working_group_has_an_axe_of_its_own_contract(contract):
    axe = AxeFactory(contract=contract, number="1")
    assert "Seul un groupe de travail se rattache à un axe du plan d'action." in messages_of(
        Instance(kind=InstanceKind.COPIL, name="COPIL", contract=contract, axe=axe)
    )
    foreign = AxeFactory(contract=ContractFactory(), number="1")
    group = Instance(kind=InstanceKind.WORKING_GROUP, name="Groupe prévention", contract=contract, axe=foreign)
    assert "L'axe doit appartenir au contrat de l'instance." in messages_of(group)
    group.axe = axe
    group.full_clean()


def test_instance_names_are_unique_per_contract(copil):
    assert "Une instance de ce contrat porte déjà ce nom." in messages_of(
        Instance(kind=InstanceKind.COPIL, name=copil.name, contract=copil.contract)
    )
    Instance(kind=InstanceKind.COPIL, name=copil.name, contract=ContractFactory()).full_clean()


def test_reminder_delay_and_quorum_are_bounded(copil):
    copil.reminder_days = 0
    copil.quorum = 0
    problems = messages_of(copil)
    assert "Le délai de relance est compris entre 1 et 60 jours." in problems
    assert "Le quorum compte au moins un membre." in problems


def test_a_person_sits_once_in_an_instance(copil, president):
    again = Member(instance=copil, person=president.person, role=MemberRole.MEMBER)
    assert "Cette personne siège déjà dans cette instance." in messages_of(again)
    with pytest.raises(GovernanceError) as raised:
        members.add_member(copil, person=president.person, role=MemberRole.MEMBER)
    assert raised.value.messages == [f"Didier Huchon siège déjà dans « {copil} »."]


def test_a_person_may_sit_in_several_instances(copil, president):
    technical = InstanceFactory(
        contract=copil.contract, kind=InstanceKind.TECHNICAL_COMMITTEE, name="Comité technique"
    )
    seat = members.add_member(technical, person=president.person, role=MemberRole.MEMBER)
    assert set(president.person.seats.values_list("instance__name", flat=True)) == {copil.name, technical.name}
    assert seat.position == 1


def test_a_substitute_names_a_titular_of_the_same_instance(copil, president):
    person = PersonFactory()
    assert (
        "Pour une suppléance, indiquez le membre de l'instance remplacé ; pour les autres rôles, n'indiquez "
        "personne." in messages_of(Member(instance=copil, person=person, role=MemberRole.SUBSTITUTE))
    )
    elsewhere = MemberFactory(instance=InstanceFactory(contract=copil.contract))
    assert "Le ou la titulaire doit siéger dans la même instance." in messages_of(
        Member(instance=copil, person=person, role=MemberRole.SUBSTITUTE, substitute_for=elsewhere)
    )
    substitute = members.add_member(copil, person=person, role=MemberRole.SUBSTITUTE, substitute_for=president)
    assert "Une personne suppléante remplace un ou une titulaire, pas une autre personne suppléante." in messages_of(
        Member(instance=copil, person=PersonFactory(), role=MemberRole.SUBSTITUTE, substitute_for=substitute)
    )
    with pytest.raises(GovernanceError, match="Retirez d'abord la personne qui supplée Didier Huchon."):
        members.remove_member(president)


def test_a_member_is_not_their_own_substitute(copil, president):
    president.role, president.substitute_for = MemberRole.SUBSTITUTE, president
    assert "Une personne ne peut pas se suppléer elle-même." in messages_of(president)
    with pytest.raises(IntegrityError), transaction.atomic():
        Member.objects.filter(pk=president.pk).update(role=MemberRole.SUBSTITUTE, substitute_for=president.pk)


def test_a_term_ends_after_it_starts(president):
    president.start_date, president.end_date = datetime.date(2024, 1, 1), datetime.date(2023, 12, 31)
    assert "La fin du mandat ne peut pas précéder son début." in messages_of(president)
    assert not Member.objects.active_on(datetime.date(2024, 6, 1)).exclude(pk=president.pk).exists()


def test_current_seats_follow_their_terms(copil, president):
    president.start_date, president.end_date = datetime.date(2022, 1, 1), datetime.date(2023, 12, 31)
    president.save()
    assert list(Member.objects.active_on(datetime.date(2023, 6, 1))) == [president]
    assert not Member.objects.active_on(datetime.date(2024, 1, 1)).exists()
    assert president.is_active_on(datetime.date(2022, 1, 1)) and not president.is_active_on(
        datetime.date(2021, 12, 31)
    )


def test_a_known_email_brings_back_the_same_person_and_links_the_account(copil, president):
    user = UserFactory(email="aline.bray@mauges.exemple.fr")
    technical = InstanceFactory(contract=copil.contract, kind=InstanceKind.TECHNICAL_COMMITTEE)
    seat = members.add_member(
        technical,
        person_data={"first_name": "Aline", "last_name": "Bray", "email": "Aline.Bray@mauges.exemple.fr"},
        role=MemberRole.PRESIDENT,
    )
    assert seat.person.user == user
    again = members.add_member(
        copil, person=members.person_with_email("ALINE.BRAY@mauges.exemple.fr"), role=MemberRole.MEMBER
    )
    assert again.person == seat.person
    assert "Une personne de l'annuaire utilise déjà cette adresse e-mail." in messages_of(
        PersonFactory.build(email="aline.bray@MAUGES.exemple.fr")
    )


def test_changing_the_email_unlinks_the_old_account(seated, copil):
    person = seated.governance_people.get()
    members.update_person(person, email="isabelle.monnier@autre.exemple.fr")
    person.refresh_from_db()
    assert person.user is None
