"""Factories shared by every test module; business situations are traits (`ContractFactory(signed=True)`)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from cls_portal.models import User
from cls_portal.text import fold
from contracts.enums import ContractStatus, OrganisationKind, Role
from contracts.models import Contract, Membership, Organisation
from referentials.models import Commune, Departement, Epci, Region

DEFAULT_PASSWORD = "mot-de-passe-de-test-42"


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["code"]

    code = "52"
    name = "Pays de la Loire"


class DepartementFactory(DjangoModelFactory):
    class Meta:
        model = Departement
        django_get_or_create = ["code"]

    code = "49"
    name = "Maine-et-Loire"
    region = factory.SubFactory(RegionFactory)


class EpciFactory(DjangoModelFactory):
    class Meta:
        model = Epci
        django_get_or_create = ["siren"]

    siren = factory.Sequence(lambda n: f"2{n:08d}")
    name = factory.Sequence(lambda n: f"CC du Territoire {n}")
    kind = "CC"
    population = 10000
    search_name = factory.LazyAttribute(lambda o: fold(o.name))


class CommuneFactory(DjangoModelFactory):
    class Meta:
        model = Commune
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"49{n:03d}")
    name = factory.Sequence(lambda n: f"Commune {n}")
    departement = factory.SubFactory(DepartementFactory)
    epci = factory.SubFactory(EpciFactory)
    population = 5000
    search_name = factory.LazyAttribute(lambda o: fold(o.name))


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@exemple.fr")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Martin{n}")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name", "kind"]

    name = factory.Sequence(lambda n: f"Communauté de communes n° {n}")
    kind = OrganisationKind.EPCI


class ContractFactory(DjangoModelFactory):
    class Meta:
        model = Contract

    name = factory.Sequence(lambda n: f"CLS du territoire {n}")
    slug = factory.Sequence(lambda n: f"cls-territoire-{n}")
    departement = factory.SubFactory(DepartementFactory)
    status = ContractStatus.ELABORATION

    class Params:
        signed = factory.Trait(
            status=ContractStatus.SIGNED,
            signature_date=datetime.date(2023, 6, 1),
            start_date=datetime.date(2023, 6, 1),
            end_date=datetime.date(2028, 5, 31),
        )


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = Role.READER
    contract = factory.SubFactory(ContractFactory)
