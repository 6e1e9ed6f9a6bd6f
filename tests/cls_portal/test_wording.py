"""No point médian inside words (« coordinateur·rice ») in what the portal shows: screen readers spell it out.

Epicene wording (« la personne habilitée ») or both forms (« coordinateur ou coordinatrice ») instead. The « · »
between two items (« CLS des Mauges · 2023-2027 ») is a separator, not a point médian inside a word, and stays.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POINT_MEDIAN = re.compile(r"[a-zà-ÿ]·[a-zà-ÿ]", re.IGNORECASE)
SKIPPED_PARTS = {".venv", ".git", "tests", "migrations", "fixtures", "node_modules", "var", "static"}

# Quotations of other documents, which must stay as they are written there: the header of Territoires en Transitions'
# import template, and the former header of the portal's own template, still read in files exported before.
QUOTED = {("actions/excel/tet.py", "Élu·e référent·e"), ("actions/fields.py", "Élu·e référent·e")}


def _scanned_files():
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT)
        if not path.is_file() or SKIPPED_PARTS.intersection(relative.parts):
            continue
        if relative.parts[0] == "templates" or path.suffix == ".py":
            yield relative.as_posix(), path


def _offending_lines():
    for name, path in _scanned_files():
        quoted = [text for file, text in QUOTED if file == name]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for text in quoted:
                line = line.replace(text, "")
            if POINT_MEDIAN.search(line):
                yield name, number, line.strip()


def test_no_point_median_inside_words():
    offending = [f"{name}:{number}: {line}" for name, number, line in _offending_lines()]
    assert not offending, "Point médian inside a word:\n" + "\n".join(offending)


def test_the_pattern_finds_a_point_median_and_leaves_separators():
    assert POINT_MEDIAN.search("Aucun·e coordinateur·rice habilité·e")
    assert POINT_MEDIAN.search("Élu·e")
    assert not POINT_MEDIAN.search("{{ contract.name }} · {{ contract.period_label }}")
