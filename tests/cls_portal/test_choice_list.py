"""cls_portal.widgets.ChoiceList: several items chosen among many, with checkboxes, a filter field and a count."""

from django import forms

from cls_portal.forms import DsfrForm
from cls_portal.widgets import ChoiceList

FRUITS = [("pomme", "Pomme"), ("poire", "Poire"), ("peche", "Pêche"), ("prune", "Prune")]


class FruitForm(DsfrForm):
    fruits = forms.MultipleChoiceField(
        label="Fruits", choices=FRUITS, required=False, widget=ChoiceList(filter_from=3), help_text="Au choix."
    )


def test_ticked_items_come_first_and_are_counted():
    html = FruitForm(initial={"fruits": ["prune", "poire"]})["fruits"].as_field_group()
    assert html.index('value="poire"') < html.index('value="prune"') < html.index('value="pomme"')
    assert "2 éléments cochés sur 4" in html
    assert html.count('type="checkbox"') == 4 and html.count(" checked") == 2
    assert "<select" not in html


def test_the_filter_field_shows_only_for_long_lists():
    assert "Filtrer la liste" in FruitForm()["fruits"].as_field_group()

    class ShortForm(DsfrForm):
        fruits = forms.MultipleChoiceField(choices=FRUITS, widget=ChoiceList(filter_from=10))

    html = ShortForm()["fruits"].as_field_group()
    assert "Filtrer la liste" not in html
    assert "0 élément coché sur 4" in html


def test_posted_choices_are_kept_and_errors_shown():
    form = FruitForm(data={"fruits": ["peche", "pomme"]})
    assert form.is_valid() and form.cleaned_data["fruits"] == ["peche", "pomme"]
    form = FruitForm(data={"fruits": ["ananas"]})
    assert not form.is_valid()
    html = form["fruits"].as_field_group()
    assert "fr-fieldset--error" in html and "id_fruits-desc-error" in html


def test_labels_are_escaped():
    class NamesForm(DsfrForm):
        names = forms.MultipleChoiceField(choices=[("x", "<script>alert(1)</script>")], widget=ChoiceList)

    html = NamesForm()["names"].as_field_group()
    assert "<script>" not in html and "&lt;script&gt;" in html
