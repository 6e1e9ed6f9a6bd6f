"""The fields of a fiche are declared once (`actions.fields`): the form, the completeness panel and the Excel template
follow the declaration."""

from actions.completeness import _checks
from actions.excel.schema import FICHES
from actions.fields import FICHE_FIELDS, SECTIONS, form_sections
from actions.forms import FicheForm
from actions.models import FicheAction


def test_every_field_of_the_model_is_declared():
    """A new field of FicheAction must say its Excel column, its form section and whether completeness counts it."""
    model_fields = {f.name for f in FicheAction._meta.get_fields() if not f.auto_created and f.name != "id"}
    assert model_fields == {field.key for field in FICHE_FIELDS if field.model_field is not None}


def test_the_form_the_sheet_and_the_completeness_panel_follow_the_declaration():
    assert list(FicheForm.base_fields) == [key for _title, keys in form_sections() for key in keys]
    assert [title for title, _keys in form_sections()] == list(SECTIONS)
    assert [column.key for column in FICHES.columns] == [field.key for field in FICHE_FIELDS]
    labels = [label for label, _condition in _checks()]
    assert "pilote" in labels and "territoire" in labels and "début" in labels and "budget" in labels
    assert "intitulé" not in labels and "numéro" not in labels


def test_labels_and_help_texts_are_the_models(contract):
    form = FicheForm(contract=contract)
    assert form.fields["communes"].help_text.startswith(FicheAction._meta.get_field("communes").help_text)
    assert form.fields["axe"].label == "Axe"
    # A column repeats the model's label unless it needs to say more (a format).
    assert FICHES.column("context").header == "Contexte (constat issu du diagnostic)"
    assert FICHES.column("start_date").header == "Date de début"
