"""The plan's figures for the dashboards (actions.reporting) and the fiches concerning a commune."""

from decimal import Decimal

import pytest

from actions.models import FicheAction
from actions.reporting import numeric_target
from tests.actions.factories import FicheFactory
from tests.factories import CommuneFactory


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("24", Decimal(24)),
        ("1 200", Decimal(1200)),
        ("1\u202f200", Decimal(1200)),
        ("12,5", Decimal("12.5")),
        ("80 %", Decimal(80)),
        ("1 par an", None),
        ("", None),
        ("100 % des participants", None),
    ],
)
def test_a_target_counts_only_when_written_as_a_number(text, number):
    assert numeric_target(text) == number


@pytest.mark.django_db
def test_fiches_concerning_a_commune_cover_the_perimeter_or_name_it(axe1):
    here = CommuneFactory(code="49023", name="Beaupréau-en-Mauges")
    there = CommuneFactory(code="49092", name="Chemillé-en-Anjou")
    whole = FicheFactory(axe=axe1, number="1.1", whole_territory=True)
    named = FicheFactory(axe=axe1, number="1.2", whole_territory=False)
    named.communes.add(here, there)
    other = FicheFactory(axe=axe1, number="1.3", whole_territory=False)
    other.communes.add(there)
    assert set(FicheAction.objects.concerning(here)) == {whole, named}
    assert set(FicheAction.objects.concerning(there)) == {whole, named, other}
    assert FicheAction.objects.concerning(there).count() == 3  # no fiche twice
