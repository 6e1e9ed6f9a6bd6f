"""Seats in instances: the person who sits (found again by e-mail), their role, their term; the contacts directory.

A person may sit in several instances: the directory of people is shared, and a person whose e-mail address is
already known is taken again rather than duplicated. The link with a portal account is made by the e-mail address,
so that a member who has an account sees the instances they sit in.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch

from cls_portal.models import User
from governance.errors import GovernanceError
from governance.models import Instance, Member, Person

PERSON_FIELDS = ["civility", "first_name", "last_name", "email", "phone", "job_title"]


def checked(obj):
    """`full_clean()`, its French messages turned into a `GovernanceError`."""
    try:
        obj.full_clean()
    except ValidationError as error:
        raise GovernanceError(error.messages) from error


def link_account(person):
    """Link the person to the portal account with the same e-mail address, if there is one and none is linked."""
    if person.user_id is None and person.email:
        person.user = User.objects.filter(email__iexact=person.email).first()


def person_with_email(email):
    return Person.objects.filter(email__iexact=email).first() if email else None


def add_member(instance, *, person=None, person_data=None, **seat):
    """Seat `person`, or the person described by `person_data` (taken again when their e-mail is known).

    Returns the new `Member`. Raises `GovernanceError` when the person already sits in the instance.
    """
    with transaction.atomic():
        if person is None:
            person = person_with_email((person_data or {}).get("email"))
        if person is None:
            person = Person(**{name: value for name, value in person_data.items() if name in PERSON_FIELDS})
            link_account(person)
            checked(person)
            person.save()
        if instance.members.filter(person=person).exists():
            raise GovernanceError(f"{person} siège déjà dans « {instance} ».")
        member = Member(instance=instance, person=person, **seat)
        if not member.position:
            member.position = instance.members.count() + 1
        checked(member)
        member.save()
    return member


def update_person(person, **person_data):
    """Change the identity or contact details of a person (in every instance they sit in)."""
    for name, value in person_data.items():
        if name in PERSON_FIELDS:
            setattr(person, name, value)
    if person.email and person.user_id and person.user.email.lower() != person.email.lower():
        person.user = None
    link_account(person)
    checked(person)
    person.save()
    return person


def update_seat(member, *, person_data, **seat):
    """Change a seat and the identity of the person who holds it, all or nothing."""
    with transaction.atomic():
        update_person(member.person, **person_data)
        for name, value in seat.items():
            setattr(member, name, value)
        checked(member)
        member.save()
    return member


def remove_member(member):
    """Delete a seat nobody relies on; a member whose attendance was recorded leaves by the end of their term."""
    if member.attendances.exists():
        raise GovernanceError(
            f"La présence de {member.person} à des réunions est enregistrée : indiquez plutôt la fin de son mandat, "
            "pour que les comptes rendus restent exacts."
        )
    if member.substitutes.exists():
        raise GovernanceError(f"Retirez d'abord la personne qui supplée {member.person}.")
    member.delete()


def known_people(instances):
    """People who sit in `instances`: those a person who runs them may seat elsewhere without typing them again."""
    return Person.objects.filter(seats__instance__in=instances).distinct().order_by("last_name", "first_name")


def contacts(contract):
    """Everyone who sits in an instance of the contract, once each, with their seats (two queries)."""
    seats = Member.objects.filter(instance__contract=contract).select_related(
        "instance", "organisation", "substitute_for__person"
    )
    people = (
        Person.objects.filter(seats__instance__contract=contract)
        .distinct()
        .prefetch_related(Prefetch("seats", queryset=seats.order_by("instance__name", "id"), to_attr="contract_seats"))
        .order_by("last_name", "first_name", "id")
    )
    return list(people)


def instances_of(contract):
    return Instance.objects.filter(contract=contract)
