"""Hypothesis strategies and settings shared by the fuzz tests of the imports (tests/*/test_*_fuzz.py).

What a cell of an uploaded file may hold: any unicode (control characters too), very long texts, numbers written
as text in French or English, dates in every format, formulas, and the typed values of a workbook (numbers, dates,
booleans, huge and tiny numbers). The suites are bounded (`FUZZ`) so that CI stays fast: about 20 s together."""

import datetime
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Each example runs inside a savepoint rolled back at its end, so a function-scoped fixture is shared safely.
FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,  # pytest runs without cache (-p no:cacheprovider): nothing written to the disk either
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What XML 1.0, so an XLSX cell, cannot hold: a real workbook never has it (a CSV file can).
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

date_texts = st.one_of(
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.strftime("%d-%m-%y")),
    st.dates().map(lambda d: d.strftime("%d %B %Y")),
    st.from_regex(r"\A\d{1,2}/\d{1,2}/\d{1,5}\Z"),
)
number_texts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(lambda f: str(f).replace(".", ",")),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.from_regex(r"\A[-+]?\d{1,3}( \d{3})*(,\d+)?( ?€| ?%)?\Z"),
    st.sampled_from(["1e400", "-0", "١٢٣", "½", "NaN", "inf", "0x10", "1_000"]),
)
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.text(alphabet=st.sampled_from("\x00\x01\x0b\x0c\x1f\t\r\n =+-@';«»éÉœ\u202f\xa0\u200b\u2028")),
    st.builds(lambda part, times: part * times, st.text(min_size=1, max_size=4), st.integers(500, 9000)),
    st.sampled_from(["=1+1", "=SOMME(A1:A2)", "@SUM(1)", "+33 2 41 00 00 00", "oui", "non", "Vrai", "x"]),
)
cell_texts = st.one_of(texts, date_texts, number_texts)
edge_numbers = st.sampled_from([10**40, -(10**40), 2**63, 1e300, -1e300, 1e-300, 0.1 + 0.2, 1e16, -0.0])
typed_cells = st.one_of(
    st.none(),
    edge_numbers,
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
    st.dates(min_value=datetime.date(1900, 3, 1)),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1)),
)
xlsx_cells = st.one_of(cell_texts.map(lambda text: XML_ILLEGAL.sub("", text)), typed_cells)
# Pure functions (no database, no file): many more examples in the same time.
FUZZ_CELLS = settings(FUZZ, max_examples=300)
