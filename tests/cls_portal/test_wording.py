"""No point médian inside words (« coordinateur·rice ») in what the portal shows: screen readers spell it out.

Epicene wording (« la personne habilitée ») or both forms (« coordinateur ou coordinatrice ») instead. The « · »
between two items (« CLS des Mauges · 2023-2027 ») is a separator, not a point médian inside a word, and stays.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POINT_MEDIAN = re.compile(r"[a-zà-ÿ]·[a-zà-ÿ]", re.IGNORECASE)
SKIPPED_PARTS = {".venv", ".git", "tests", "migrations", "fixtures", "node_modules", "var", "static"}

# Files still written with the point médian: the branches rewording them remove them from this set, until it is empty.
NOT_YET_REWORDED = {
    # The verbose_name of `elected_referent` is also the header of the portal's Excel template (actions/fields.py,
    # docs/excel.md): rewording it needs the old header still read, for the files already exported.
    "actions/models/plan.py",
    "cls_portal/models.py",
    "contracts/forms.py",
    "contracts/models.py",
    "contracts/perms.py",
    "governance/exports.py",
    "governance/forms.py",
    "templates/actions/fiche_detail.html",
    "templates/contracts/contract_detail.html",
    "templates/governance/email/meeting.txt",
}
# Quotations of other tools' documents, which must stay as they are written there: the header of Territoires en
# Transitions' import template is matched as is.
QUOTED = {("actions/excel/tet.py", "Élu·e référent·e")}


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
    offending = [
        f"{name}:{number}: {line}" for name, number, line in _offending_lines() if name not in NOT_YET_REWORDED
    ]
    assert not offending, "Point médian inside a word:\n" + "\n".join(offending)


def test_the_allow_list_only_names_files_still_to_reword():
    """A file reworded leaves NOT_YET_REWORDED, so that the point médian does not come back in it."""
    remaining = {name for name, _, _ in _offending_lines()}
    assert not NOT_YET_REWORDED - remaining, (
        f"Reworded, to remove from NOT_YET_REWORDED: {NOT_YET_REWORDED - remaining}"
    )


def test_the_pattern_finds_a_point_median_and_leaves_separators():
    assert POINT_MEDIAN.search("Aucun·e coordinateur·rice habilité·e")
    assert POINT_MEDIAN.search("Élu·e")
    assert not POINT_MEDIAN.search("{{ contract.name }} · {{ contract.period_label }}")
