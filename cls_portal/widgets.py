"""Widgets the DSFR lacks."""

from django import forms


class ChoiceList(forms.CheckboxSelectMultiple):
    """Several items chosen among many: a group of checkboxes with a filter field (static/js/choice_list.js).

    It replaces the native multiple select, which asks for Ctrl + click (mouse only), cuts long labels, and drops the
    items already chosen when a keyboard user presses an arrow key. Ticked items come first; without JavaScript the
    whole list shows, with its boxes.
    """

    # The field's own template (fieldset, filter, count), chosen by cls_portal.forms.EscapedHelpTextBoundField.
    field_template_name = "components/choice_list.html"

    def __init__(self, attrs=None, choices=(), *, filter_from: int = 8):
        super().__init__(attrs, choices)
        # Below this many choices a filter field is more in the way than helpful.
        self.filter_from = filter_from
