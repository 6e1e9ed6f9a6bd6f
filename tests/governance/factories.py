"""Factories of the governance; traits are business situations (`MeetingFactory(held=True)`)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from governance.enums import InstanceKind, MeetingStatus, MemberRole
from governance.models import AgendaItem, Instance, Meeting, Member, Person
from tests.factories import ContractFactory, DepartementFactory


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    civility = "mme"
    first_name = "Aline"
    last_name = factory.Sequence(lambda n: f"Bray{n}")
    email = factory.LazyAttribute(lambda o: f"{o.first_name}.{o.last_name}@exemple.fr".lower())
    job_title = "Vice-présidente"


class InstanceFactory(DjangoModelFactory):
    class Meta:
        model = Instance

    kind = InstanceKind.COPIL
    name = factory.Sequence(lambda n: f"Comité de pilotage n° {n + 1}")
    contract = factory.SubFactory(ContractFactory)

    class Params:
        territorial = factory.Trait(
            kind=InstanceKind.CTS,
            contract=None,
            departement=factory.SubFactory(DepartementFactory),
            name=factory.Sequence(lambda n: f"Conseil territorial de santé n° {n + 1}"),
        )


class MemberFactory(DjangoModelFactory):
    class Meta:
        model = Member

    instance = factory.SubFactory(InstanceFactory)
    person = factory.SubFactory(PersonFactory)
    role = MemberRole.MEMBER
    position = factory.Sequence(lambda n: n + 1)


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    instance = factory.SubFactory(InstanceFactory)
    date = datetime.date(2099, 6, 4)
    start_time = datetime.time(14, 0)
    end_time = datetime.time(16, 30)
    place = "Salle du conseil, Mauges Communauté, Beaupréau-en-Mauges"
    status = MeetingStatus.PLANNED

    class Params:
        held = factory.Trait(date=datetime.date(2024, 3, 28), status=MeetingStatus.HELD)
        minutes_written = factory.Trait(
            date=datetime.date(2024, 3, 28), status=MeetingStatus.MINUTES_WRITTEN, minutes="Échanges sur le plan."
        )


class AgendaItemFactory(DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Point n° {n + 1}")
    position = factory.Sequence(lambda n: n + 1)
