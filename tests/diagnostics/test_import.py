import io

import pytest

from cls_portal.imports.reading import WorkbookError
from diagnostics.enums import Level, ValueStatus
from diagnostics.importing import mapping as m
from diagnostics.importing.checks import Scope
from diagnostics.importing.importer import IndicatorImporter
from diagnostics.models import ImportMapping, IndicatorImport, IndicatorValue, IndicatorValueChange
from tests.diagnostics.conftest import MAUGES_COMMUNES
from tests.diagnostics.files import csv_bytes, mauges_former_codes, mauges_former_file, xlsx_bytes

pytestmark = pytest.mark.usefixtures("catalogue")

HEADER = [
    "Code commune",
    "Libellé",
    "Année",
    "taux_pauvrete",
    "Part de la population en affection de longue durée (ALD)",
]
NOTES_ABOVE = ["Observatoire régional de la santé des Pays de la Loire", "Extraction du 12/03/2022"]
NOTES_BELOW = ["Source : ORS Pays de la Loire, INSEE Filosofi 2021", "s = secret statistique"]


def run(content, filename="ors.csv", **kwargs):
    importer = IndicatorImporter(filename=filename, **kwargs)
    preview = importer.prepare(content)
    return importer, preview


def apply(content, filename="ors.csv", **kwargs):
    importer, preview = run(content, filename, **kwargs)
    assert preview.ok, [str(p) for p in preview.errors]
    importer.apply(preview)
    return preview


def value(code, indicator="taux_pauvrete", year=2021, level=Level.COMMUNE):
    return IndicatorValue.objects.get(indicator__code=indicator, level=level, territory_code=code, year=year)


def messy_file(**kwargs):
    rows = [
        HEADER,
        ["49023", "Beaupréau-en-Mauges", "2021", "9,8", "21,3"],
        ["49092", "Chemillé-en-Anjou", "2021", "s", "22,1"],
        ["2A004", "Ajaccio", "2021", "18,2", "n.d."],
        ["1001", "L'Abergement-Clémenciat", "2021", "nd", "19,5"],
        ["49126", "Orée d'Anjou", "2021", "1 234,5", ""],
    ]
    return csv_bytes(rows, notes_above=NOTES_ABOVE, notes_below=NOTES_BELOW, **kwargs)


def test_a_messy_windows_csv_is_read_with_its_notes_codes_as_text_and_markers():
    preview = apply(messy_file())
    table = preview.table
    assert table.encoding == "Windows-1252" and table.delimiter == ";"
    assert table.header_row == 3
    assert table.notes_above == NOTES_ABOVE and table.notes_below == NOTES_BELOW
    assert value("49023").value == 9.8
    assert value("49126").value == 1234.5
    assert value("2A004").value == 18.2  # Corse keeps its letter
    # Codes are text: the lost zero of a spreadsheet is put back, with a warning.
    assert value("01001").status == ValueStatus.MISSING and value("01001").value is None
    assert any("« 1001 » → « 01001 »" in str(w) for w in preview.warnings)
    secret = value("49092")
    assert secret.status == ValueStatus.SECRET and secret.value is None  # never 0
    assert value("2A004", "taux_ald").status == ValueStatus.MISSING
    assert value("49126", "taux_ald").status == ValueStatus.MISSING  # empty cell


def test_comma_separated_utf8_with_quoted_decimal_commas():
    rows = [["codgeo", "annee", "taux_pauvrete"], ["49023", "2021", "9,8"], ["49092", "2021", "10.5"]]
    preview = apply(csv_bytes(rows, delimiter=",", encoding="utf-8"))
    assert preview.table.delimiter == "," and preview.table.encoding == "UTF-8"
    assert value("49023").value == 9.8 and value("49092").value == 10.5


def test_every_problem_is_reported_located_and_nothing_is_written():
    rows = [
        HEADER,
        ["49023", "Beaupréau-en-Mauges", "2021", "9,8", "21,3"],
        ["99999", "Inconnue", "2021", "10", "10"],
        ["49023", "Beaupréau-en-Mauges", "2021", "9,9", "21,3"],
        ["49126", "Orée d'Anjou", "2035", "8", "20"],
        ["49218", "Montrevault-sur-Èvre", "2021", "abc", "20"],
    ]
    before = IndicatorValue.objects.count()
    _, preview = run(csv_bytes(rows, notes_above=NOTES_ABOVE))
    assert not preview.ok
    messages = [str(problem) for problem in preview.errors]
    assert any("ligne 5, colonne « Code commune » : code « 99999 » : aucune commune" in text for text in messages)
    assert any("ligne 6, colonne « taux_pauvrete » : doublon" in text and "ligne 4" in text for text in messages)
    assert any("ligne 7, colonne « Année » : année 2035 hors de la période" in text for text in messages)
    assert any("ligne 8, colonne « taux_pauvrete » : « abc » n'est pas un nombre" in text for text in messages)
    assert IndicatorValue.objects.count() == before


def test_unknown_indicator_in_a_long_file():
    rows = [["code", "indicateur", "annee", "valeur"], ["49023", "taux_de_bonheur", "2021", "3"]]
    _, preview = run(csv_bytes(rows))
    assert [str(p) for p in preview.errors] == [
        "Feuille « ors », ligne 2, colonne « indicateur » : indicateur « taux_de_bonheur » inconnu du catalogue : "
        "utilisez le code ou le libellé d'un indicateur du catalogue, ou demandez son ajout à un "
        "administrateur ou une administratrice du portail."
    ]


def test_reimporting_the_same_file_changes_nothing_and_a_correction_keeps_history():
    first = apply(messy_file())
    assert first.counts()["created"] == 10
    _, again = run(messy_file())
    assert again.ok and not again.has_changes and again.counts()["unchanged"] == 10
    corrected = messy_file().replace(b"9,8", b"9,6")
    preview = apply(corrected, filename="ors-corrige.csv")
    assert preview.counts() == {"created": 0, "updated": 1, "unchanged": 9}
    current = value("49023")
    assert current.value == 9.6 and current.source_import.filename == "ors-corrige.csv"
    change = IndicatorValueChange.objects.get(value=current)
    assert change.previous_value == 9.8 and change.previous_import.filename == "ors.csv"
    assert IndicatorImport.objects.get(filename="ors-corrige.csv").content == b""  # only its SHA-256 is kept


def test_wide_file_with_a_column_per_year():
    rows = [["Code", "Indicateur", "2019", "2020", "2021"], ["49023", "Taux de pauvreté", "9,1", "9,5", "9,8"]]
    apply(csv_bytes(rows))
    assert [value("49023", year=y).value for y in (2019, 2020, 2021)] == [9.1, 9.5, 9.8]


def test_wide_file_with_a_column_per_indicator_and_year_in_xlsx_with_percent_cells():
    rows = [
        ["Code commune", "taux_pauvrete 2020", "taux_pauvrete 2021", "medecins_generalistes 2021"],
        [49023, 0.095, 0.098, 12],
        [1001, 0.07, "s", 1],
    ]
    preview = apply(xlsx_bytes(rows, percent_columns=(2, 3)), filename="insee.xlsx")
    assert preview.table.sheet == "Données"
    assert value("49023", year=2020).value == 9.5
    assert value("49023", "medecins_generalistes").value == 12
    assert value("01001", year=2021).status == ValueStatus.SECRET


def test_a_value_given_as_a_formula_without_its_result_names_the_cell():
    rows = [["Code commune", "Année", "taux_pauvrete"], [49023, 2021, 9.8], [49092, 2021, "=C2*1.1"]]
    with pytest.raises(WorkbookError) as error:
        run(xlsx_bytes(rows), filename="insee.xlsx")
    assert str(error.value) == (
        "Feuille « Données » : la cellule C3 contient une formule sans valeur calculée : ouvrez le fichier dans un "
        "tableur et enregistrez-le, puis importez-le à nouveau."
    )


def test_the_first_visible_sheet_is_read_and_a_hidden_one_is_said():
    from openpyxl import load_workbook

    from tests.actions.excel_files import save

    workbook = load_workbook(io.BytesIO(xlsx_bytes([["Code commune", "Année", "taux_pauvrete"], [49023, 2021, 9.8]])))
    workbook.create_sheet("Calculs").sheet_state = "hidden"
    workbook.move_sheet("Calculs", offset=-1)
    _, preview = run(save(workbook), filename="insee.xlsx")
    assert preview.ok and preview.table.sheet == "Données"
    assert "Seule la première feuille visible, « Données », est lue ; ignorées : « Calculs »." in [
        str(w) for w in preview.warnings
    ]


def test_long_file_with_levels_and_rates_from_numerators_and_denominators():
    rows = [
        ["niveau", "code", "indicateur", "annee", "numerateur", "denominateur", "valeur"],
        ["commune", "49023", "taux_ald", "2021", "5100", "24000", ""],
        ["departement", "49", "taux_ald", "2021", "180000", "820000", ""],
        ["region", "52", "taux_ald", "2021", "", "", "21,5"],
        ["France", "FR", "taux_ald", "2021", "", "", "20,9"],
        ["EPCI", "200060010", "taux_ald", "2021", "s", "123000", ""],
    ]
    apply(csv_bytes(rows))
    commune = value("49023", "taux_ald")
    assert commune.numerator == 5100 and commune.denominator == 24000
    assert commune.value == pytest.approx(21.25)
    assert value("49", "taux_ald", level=Level.DEPARTEMENT).value == pytest.approx(180000 / 820000 * 100)
    assert value("52", "taux_ald", level=Level.REGION).value == 21.5
    assert value("FR", "taux_ald", level=Level.FRANCE).value == 20.9
    assert value("200060010", "taux_ald", level=Level.EPCI).status == ValueStatus.SECRET


def test_the_64_former_communes_of_mauges_add_up_to_its_six_communes():
    codes = mauges_former_codes()
    assert len(codes) == 64
    preview = apply(csv_bytes(mauges_former_file(), encoding="utf-8"))
    assert len(preview.mapped_codes) == 64
    assert {item["commune_code"] for item in preview.mapped_codes} == MAUGES_COMMUNES
    for commune in MAUGES_COMMUNES:
        parts = [code for code, _, owner in codes if owner == commune]
        births = value(commune, "medecins_generalistes")
        assert births.value == sum(int(code[2:]) % 7 for code in parts)
        rate = value(commune, "taux_ald")
        numerator = sum(int(code[2:]) % 50 + 10 for code in parts)
        denominator = sum(int(code[2:]) * 3 + 200 for code in parts)
        assert (rate.numerator, rate.denominator) == (numerator, denominator)
        assert rate.value == pytest.approx(numerator / denominator * 100)
    assert not IndicatorValue.objects.filter(
        territory_code__in=[c for c, _, o in codes if c not in MAUGES_COMMUNES]
    ).exists()


def test_former_communes_must_all_be_there_and_not_beside_their_commune():
    rows = mauges_former_file()
    beaupreau = [row for row in rows[1:] if row[0] != "49006"]  # Andrezé, one of Beaupréau-en-Mauges' ten parts
    _, preview = run(csv_bytes([rows[0], *beaupreau], encoding="utf-8"))
    assert any(
        "Beaupréau-en-Mauges (49023) n'est couverte que par 9 de ses 10 anciennes communes" in str(p)
        for p in preview.errors
    )
    # Saumur kept its code for its own part, beside four communes déléguées: the four alone are not Saumur.
    rows = [
        ["code", "annee", "medecins_generalistes"],
        *[[code, "2021", "1"] for code in ("49016", "49118", "49287", "49293")],
    ]
    _, preview = run(csv_bytes(rows))
    assert any(
        "Saumur (49328) n'est couverte que par 4 de ses 5 anciennes communes" in str(p)
        and "(manquent : 49328)" in str(p)
        for p in preview.errors
    )
    preview = apply(csv_bytes([*rows, ["49328", "2021", "20"]]))
    assert value("49328", "medecins_generalistes").value == 24
    paris = [["code", "annee", "medecins_generalistes"], ["75056", "2021", "400"]] + [
        [f"751{n:02d}", "2021", "10"] for n in range(1, 21)
    ]
    _, preview = run(csv_bytes(paris))
    assert any("Paris (75056) figure avec ses arrondissements municipaux" in str(p) for p in preview.errors)


def test_paris_arrondissements_add_up_to_paris():
    rows = [["code", "annee", "medecins_generalistes"]] + [[f"751{n:02d}", "2021", "10"] for n in range(1, 21)]
    preview = apply(csv_bytes(rows))
    assert value("75056", "medecins_generalistes").value == 200
    assert {item["kind"] for item in preview.mapped_codes} == {"arrondissement"}


def test_a_mean_cannot_be_added_up_from_former_communes():
    rows = [["code", "annee", "apl_medecins_generalistes"]] + [[f"751{n:02d}", "2021", "3,2"] for n in range(1, 21)]
    _, preview = run(csv_bytes(rows))
    assert any("moyenne pondérée" in str(p) for p in preview.errors)


def test_a_coordinator_imports_only_for_the_territories_of_their_contracts():
    rows = [["code", "annee", "taux_pauvrete"], ["49023", "2021", "9"], ["2A004", "2021", "18"]]
    scope = Scope(communes={"49023"}, epcis=set(), departements={"49"}, regions={"52"})
    _, preview = run(csv_bytes(rows), scope=scope)
    assert [str(p) for p in preview.errors] == [
        "Feuille « ors », ligne 3, colonne « code » : commune 2A004 : vous ne pouvez importer que des valeurs des "
        "territoires de vos contrats, de leurs départements et régions, et de la France."
    ]


def test_unreadable_files_say_why():
    with pytest.raises(WorkbookError, match="vide"):
        run(b"   ")
    with pytest.raises(WorkbookError, match="Classeur Excel"):
        run(b"anything", filename="vieux.xls")
    with pytest.raises(WorkbookError, match="en-tête"):
        run(b"une seule colonne\n49023\n")


def test_mapping_problems_and_remembered_mapping():
    rows = [["Territoire", "Valeur 2021"], ["49023", "9,8"]]
    importer, preview = run(csv_bytes(rows), source="ors")
    assert not preview.ok
    assert "Indiquez la colonne du code du territoire" in " ".join(preview.mapping_problems)
    roles = [m.ColumnRole(m.CODE), m.ColumnRole(m.VALUE, "taux_pauvrete", 2021)]
    importer = IndicatorImporter(filename="ors.csv", source="ors", roles=roles)
    preview = importer.prepare(csv_bytes(rows))
    importer.apply(preview)
    assert ImportMapping.objects.get(source="ors").columns == {
        "territoire": "code",
        "valeur 2021": "value|taux_pauvrete|2021",
    }
    # The next file of the same producer gets the same mapping without being told.
    _, preview = run(csv_bytes([rows[0], ["49092", "10,1"]]), source="ors")
    assert preview.ok and preview.roles == roles


def test_demo_values_are_flagged():
    rows = [["code", "annee", "taux_pauvrete"], ["49023", "2021", "9"]]
    apply(csv_bytes(rows), is_demo=True)
    assert value("49023").is_demo
    preview = apply(csv_bytes(rows))  # the same value from a real file is no longer demonstration data
    assert preview.counts()["updated"] == 1 and not value("49023").is_demo


def test_a_carriage_return_alone_in_a_quoted_csv_cell_is_read_not_a_crash():
    """Found by tests/diagnostics/test_import_fuzz.py: the header search's csv reader raised on it (a 500)."""
    _, preview = run(b'Code commune;Ann\xe9e;taux_pauvrete\r\n49023;2021;"\r"\r\n')
    assert preview.table.headers == ["Code commune", "Année", "taux_pauvrete"] and len(preview.table.frame) == 1
