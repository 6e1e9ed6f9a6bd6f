import pytest

from diagnostics.comparison import COMPUTED, FROM_EPCI, GIVEN, INCOMPLETE, compare_contract
from diagnostics.enums import Level, ValueStatus
from diagnostics.importing.importer import IndicatorImporter
from referentials.models import Commune, Epci
from tests.diagnostics.builders import synthetic_values
from tests.diagnostics.conftest import MAUGES, MAUGES_COMMUNES
from tests.diagnostics.files import csv_bytes
from tests.factories import ContractFactory, DepartementFactory

pytestmark = pytest.mark.usefixtures("catalogue")


def load(rows):
    importer = IndicatorImporter(filename="test.csv")
    preview = importer.prepare(csv_bytes(rows, encoding="utf-8"))
    assert preview.ok, [str(p) for p in preview.errors]
    importer.apply(preview)


@pytest.fixture
def mauges():
    contract = ContractFactory(departement=DepartementFactory(code="49"), slug="mauges-cls-2")
    contract.epcis.set([Epci.objects.get(pk=MAUGES)])
    return contract


def row_of(comparison, code):
    return next(row for row in comparison.rows if row.indicator.code == code)


def test_population_over_the_perimeter_is_the_sum_of_its_communes_and_a_share_of_the_departement(mauges):
    row = row_of(compare_contract(mauges), "population_municipale")
    expected = sum(Commune.objects.filter(pk__in=MAUGES_COMMUNES).values_list("population", flat=True))
    assert row.perimeter.value == expected == mauges.perimeter_population()
    assert row.year == 2023
    departement = sum(Commune.objects.filter(departement_id="49").values_list("population", flat=True))
    assert row.references[Level.DEPARTEMENT].value == departement
    assert row.references[Level.DEPARTEMENT].how == GIVEN  # loaded with the geography
    assert row.share_of_departement == pytest.approx(expected / departement * 100)
    assert row.gaps[Level.DEPARTEMENT].unfavourable is None  # neutral indicator


def test_a_rate_over_the_perimeter_is_the_sum_of_numerators_over_the_sum_of_denominators(mauges):
    rows = [["code", "annee", "numerateur taux_ald", "denominateur taux_ald"]]
    parts = {"49301": (1000, 25000), "49023": (4000, 24000), "49092": (100, 22000), "49244": (300, 18000)}
    parts |= {"49126": (200, 17000), "49218": (5000, 15000)}
    rows += [[code, "2021", str(num), str(den)] for code, (num, den) in parts.items()]
    rows += [["49", "2021", "180000", "820000"]]
    load(rows)
    row = row_of(compare_contract(mauges), "taux_ald")
    numerator = sum(num for num, _ in parts.values())
    denominator = sum(den for _, den in parts.values())
    assert row.perimeter.value == pytest.approx(numerator / denominator * 100)
    mean_of_rates = sum(num / den * 100 for num, den in parts.values()) / len(parts)
    assert row.perimeter.value != pytest.approx(mean_of_rates)
    assert row.perimeter.how == COMPUTED and row.perimeter.covered == 6
    departement = row.references[Level.DEPARTEMENT]
    assert departement.how == GIVEN and departement.value == pytest.approx(180000 / 820000 * 100)
    gap = row.gaps[Level.DEPARTEMENT]
    assert gap.absolute == pytest.approx(row.perimeter.value - departement.value)
    assert gap.unfavourable is (row.perimeter.value > departement.value)  # higher is worse


def test_a_secret_commune_makes_the_perimeter_incomplete_unless_the_epci_value_is_given(mauges):
    rows = [["code", "annee", "taux_pauvrete"], *[[code, "2021", "9"] for code in sorted(MAUGES_COMMUNES)]]
    rows[1][2] = "s"
    load(rows)
    row = row_of(compare_contract(mauges), "taux_pauvrete")
    assert row.perimeter.status == INCOMPLETE and (row.perimeter.covered, row.perimeter.total) == (5, 6)
    assert row.perimeter.value is None and "5 communes sur 6" in row.perimeter.explanation
    load([["niveau", "code", "annee", "taux_pauvrete"], ["EPCI", MAUGES, "2021", "8,7"]])
    row = row_of(compare_contract(mauges), "taux_pauvrete")
    assert row.perimeter.value == 8.7 and row.perimeter.how == FROM_EPCI


def test_references_missing_are_computed_from_all_their_communes(geography):
    corse = ContractFactory(departement=DepartementFactory(code="2A"))
    communes = list(Commune.objects.filter(departement_id="2A").order_by("code"))
    corse.communes.set(communes[:3])
    rows = [["code", "annee", "medecins_generalistes"], *[[c.code, "2020", "2"] for c in communes]]
    load(rows)
    row = row_of(compare_contract(corse), "medecins_generalistes")
    assert row.perimeter.value == 6
    departement = row.references[Level.DEPARTEMENT]
    assert departement.how == COMPUTED and departement.value == 2 * len(communes)
    region = row.references[Level.REGION]  # Corse has a second département without values
    assert region.status == INCOMPLETE and region.covered == len(communes)


def test_trend_over_years_and_chosen_year(mauges):
    rows = [["code", "indicateur", "2019", "2020", "2021"], ["49", "densite_medecins_generalistes", "7", "6,8", "6,5"]]
    rows += [[code, "densite_medecins_generalistes", "6", "5", "4"] for code in ["FR"]]
    load(rows)
    comparison = compare_contract(mauges)
    row = row_of(comparison, "densite_medecins_generalistes")
    assert [year for year, _, _ in row.trend] == [2019, 2020, 2021]
    assert row.year == 2021 and row.references[Level.DEPARTEMENT].value == 6.5
    assert row.perimeter.status == ValueStatus.MISSING or not row.perimeter.has_value
    older = row_of(compare_contract(mauges, year=2019), "densite_medecins_generalistes")
    assert older.references[Level.FRANCE].value == 6


def test_a_rate_without_numerators_cannot_be_added_up(mauges):
    load([["code", "annee", "taux_pauvrete"], *[[code, "2021", "12"] for code in sorted(MAUGES_COMMUNES)]])
    row = row_of(compare_contract(mauges), "taux_pauvrete")
    assert not row.perimeter.has_value and "non calculable" in row.perimeter.explanation


def test_unfavourable_follows_the_polarity(mauges):
    load(
        [
            ["code", "annee", "numerateur taux_pauvrete", "denominateur taux_pauvrete", "taux_pauvrete"],
            *[[code, "2021", "120", "1000", ""] for code in sorted(MAUGES_COMMUNES)],
            ["FR", "2021", "", "", "14,5"],
        ]
    )
    row = row_of(compare_contract(mauges), "taux_pauvrete")
    assert row.perimeter.value == pytest.approx(12)
    assert row.gaps[Level.FRANCE].unfavourable is False and row.gaps[Level.FRANCE].situation == "favorable"
    assert row.gaps[Level.FRANCE].relative == pytest.approx((12 - 14.5) / 14.5 * 100)


@pytest.mark.parametrize(("indicators", "communes"), [(2, 5), (50, 100)])
def test_comparison_takes_a_bounded_number_of_queries(geography, django_assert_max_num_queries, indicators, communes):
    contract = ContractFactory(departement=DepartementFactory(code="49"))
    chosen = list(Commune.objects.filter(departement_id="49").order_by("code")[:communes])
    contract.communes.set(chosen)
    synthetic_values(indicators, chosen)
    with django_assert_max_num_queries(14):
        comparison = compare_contract(contract)
    synthetic = [row for row in comparison.rows if row.indicator.code.startswith("synthetique")]
    assert len(synthetic) == indicators
    assert all(row.perimeter.has_value for row in synthetic)
    ratio = next(row for row in synthetic if row.indicator.is_ratio)
    assert ratio.perimeter.value == pytest.approx(10.0)
    count = next(row for row in synthetic if not row.indicator.is_ratio)
    assert count.perimeter.value == 10 * communes
