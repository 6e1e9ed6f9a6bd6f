"""Factories of the documents tests; traits are the states a version is found in (`RenderingFactory(done=True)`)."""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory

from documents.enums import RenderingKind, RenderingStatus
from documents.models import Rendering, SignedScan
from tests.factories import ContractFactory

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class RenderingFactory(DjangoModelFactory):
    class Meta:
        model = Rendering

    contract = factory.SubFactory(ContractFactory)
    kind = RenderingKind.FICHES
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda o: f"Plan d'action — {o.contract.name}")
    filename = "plan-action.pdf"

    class Params:
        done = factory.Trait(
            status=RenderingStatus.DONE,
            started_at=factory.LazyFunction(timezone.now),
            finished_at=factory.LazyFunction(timezone.now),
            attempts=1,
            data={"fiches": []},
            sha256="0" * 64,
            size=len(PDF),
            page_count=1,
            file=factory.django.FileField(filename="plan.pdf", data=PDF),
        )
        failed = factory.Trait(
            status=RenderingStatus.FAILED,
            attempts=1,
            error="Le document n'a pas pu être produit (erreur interne lors de la mise en page).",
        )
        # A worker killed in the middle: « en cours » for longer than the timeout.
        lost = factory.Trait(
            status=RenderingStatus.RENDERING,
            attempts=1,
            started_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=2)),
        )
        contract_version = factory.Trait(
            kind=RenderingKind.CONTRACT, title="Contrat local de santé", filename="contrat.pdf"
        )


class SignedScanFactory(DjangoModelFactory):
    class Meta:
        model = SignedScan

    rendering = factory.SubFactory(RenderingFactory, done=True, contract_version=True)
    file = factory.LazyFunction(lambda: ContentFile(PDF, name="signe.pdf"))
    sha256 = "1" * 64
    size = len(PDF)
