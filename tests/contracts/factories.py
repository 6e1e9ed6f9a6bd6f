"""Contract-side factories and business situations (the shared ones are in tests/factories.py)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from contracts.enums import Civility, OrganisationKind, PartyRole
from contracts.models import Avenant, ContractParty
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import ContractFactory, OrganisationFactory


class PartyFactory(DjangoModelFactory):
    class Meta:
        model = ContractParty

    contract = factory.SubFactory(ContractFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = PartyRole.COSIGNATORY
    representative_civility = Civility.MADAME
    representative_name = factory.Sequence(lambda n: f"Claire Dupont{n}")
    representative_title = "Présidente"


class AvenantFactory(DjangoModelFactory):
    class Meta:
        model = Avenant

    contract = factory.SubFactory(ContractFactory, signed=True)
    number = factory.Sequence(lambda n: n + 1)
    signed_on = datetime.date(2024, 2, 14)
    object = "Ajout d'un axe santé mentale."


def make_ready_to_sign(contract):
    """What the signature needs: one axe, one fiche, the ARS and the porteur with their representatives."""
    axe = AxeFactory(contract=contract, number="1", title="Prévention, promotion de la santé et environnement")
    FicheFactory(axe=axe, number="1.1", title="Animer et développer une politique de prévention")
    PartyFactory(
        contract=contract,
        organisation=OrganisationFactory(name="ARS Pays de la Loire", kind=OrganisationKind.ARS),
        role=PartyRole.PRINCIPAL,
        representative_civility=Civility.MONSIEUR,
        representative_name="Jean Martin",
        representative_title="Directeur général de l'ARS",
    )
    PartyFactory(
        contract=contract,
        organisation=OrganisationFactory(name="Mauges Communauté", kind=OrganisationKind.EPCI),
        role=PartyRole.PRINCIPAL,
        representative_civility=Civility.MONSIEUR,
        representative_name="Didier Huchon",
        representative_title="Président de Mauges Communauté",
    )
    return contract
