"""Form bases rendering with the DSFR markup of django-dsfr, and the account forms."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.db.models import BLANK_CHOICE_DASH
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import conditional_escape
from django_filters.fields import ModelChoiceIterator as FilterChoiceIterator
from dsfr.forms import DsfrBaseForm, DsfrBoundField
from dsfr.utils import dsfr_input_class_attr

from cls_portal.locking import StaleObjectError, claim_version
from cls_portal.models import User
from cls_portal.text import clean_text

# What an empty drop-down says instead of Django's "---------" (forms may still set their own `empty_label`).
EMPTY_CHOICE_LABEL = "Sélectionner une option"


def name_empty_choice(field):
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == BLANK_CHOICE_DASH[0][1]:
            field.empty_label = EMPTY_CHOICE_LABEL
    elif isinstance(field, forms.ChoiceField) and next(iter(field.choices), None) == BLANK_CHOICE_DASH[0]:
        field.choices = [("", EMPTY_CHOICE_LABEL), *field.choices[1:]]


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices of a model choice field read by an ordinary query. Django's iterator reads them with
    `QuerySet.iterator()`, which on PostgreSQL is a server-side cursor: three round trips (declare, fetch, close) for
    lists of a few dozen rows, about ten per fiche form, where memory is no concern."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedFilterChoiceIterator(FilterChoiceIterator, ListedChoiceIterator):
    """django-filter's iterator (it inserts a "null" choice after the empty one), over the same ordinary query."""


LISTED_ITERATORS = {
    forms.models.ModelChoiceIterator: ListedChoiceIterator,
    FilterChoiceIterator: ListedFilterChoiceIterator,
}


def list_choices(field):
    # Only the iterators known here: any other one is left as it is.
    if isinstance(field, forms.ModelChoiceField) and field.iterator in LISTED_ITERATORS:
        field.iterator = LISTED_ITERATORS[field.iterator]
        field.widget.choices = field.choices  # the widget took its choices from the former iterator


def dsfr_upload(field):
    """django-dsfr leaves file inputs unstyled: give them the DSFR upload markup."""
    widget = field.widget
    if isinstance(widget, forms.FileInput) and "fr-upload" not in widget.attrs.get("class", ""):
        widget.attrs["class"] = f"{widget.attrs.get('class', '')} fr-upload".strip()
        widget.group_class = "fr-upload-group"


class EscapedHelpTextBoundField(DsfrBoundField):
    """django-dsfr's field templates (like Django's own) print `help_text|safe`, and some help texts quote user data
    (an indicator's target): escape it here, unless it is deliberate HTML (a SafeString, e.g. from format_html)."""

    def __init__(self, form, field, name):
        super().__init__(form, field, name)
        self.help_text = conditional_escape(self.help_text)

    @property
    def template_name(self):
        # A widget may bring the template of its whole field (cls_portal.widgets.ChoiceList).
        return getattr(self.field.widget, "field_template_name", None) or super().template_name

    def checked_subwidgets(self):
        """The ticked options first, so that what is chosen shows without scrolling (ChoiceList)."""
        subwidgets = list(self.subwidgets)
        return [s for s in subwidgets if s.data["selected"]] + [s for s in subwidgets if not s.data["selected"]]

    def checked_count(self):
        return sum(1 for subwidget in self.subwidgets if subwidget.data["selected"])


class DsfrFormMixin:
    """What django-dsfr's DsfrBaseForm does, for any form class (ModelForm, auth forms)."""

    template_name = "dsfr/form_snippet.html"
    bound_field_class = EscapedHelpTextBoundField
    default_renderer = DsfrBaseForm.default_renderer

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for visible in self.visible_fields():
            dsfr_input_class_attr(visible)
            name_empty_choice(visible.field)
            list_choices(visible.field)
            dsfr_upload(visible.field)
        # A bound field copies its field's label and help text when it is built: drop the ones built above, so that
        # the labels and help texts that subclasses set after this __init__ are the ones shown.
        self._bound_fields_cache.clear()
        if self.is_bound:
            self.data = self._without_control_characters(self.data)

    def _without_control_characters(self, data):
        """Text typed or pasted loses its control characters before any rule sees it (a vertical tab pasted from Word
        made the Excel export fail), and its line breaks are \\n, as imports read them; what is compared with the
        saved object (`changed_data`) is then what will be saved. Passwords are kept exactly as typed."""
        data = data.copy()
        for name, field in self.fields.items():
            key = self.add_prefix(name)
            if isinstance(field.widget, forms.PasswordInput) or key not in data:
                continue
            if hasattr(data, "setlist"):
                data.setlist(key, [clean_text(v) if isinstance(v, str) else v for v in data.getlist(key)])
            elif isinstance(data[key], str):
                data[key] = clean_text(data[key])
        return data

    def get_context(self):
        context = super().get_context()
        context["DSFR_MARK_OPTIONAL_FIELDS"] = True
        return context


class DsfrForm(DsfrFormMixin, forms.Form):
    pass


class DsfrModelForm(DsfrFormMixin, forms.ModelForm):
    def _post_clean(self):
        super()._post_clean()
        # A model's clean() puts a message next to its field and the database constraint backing the same rule says
        # it again above the form: keep it once, next to the field.
        general = self._errors.get(NON_FIELD_ERRORS)
        if not general:
            return
        by_field = {message for name, errors in self._errors.items() if name != NON_FIELD_ERRORS for message in errors}
        remaining = [error for error in general.as_data() if not set(error.messages) <= by_field]
        if remaining:
            self._errors[NON_FIELD_ERRORS] = self.error_class(
                remaining, error_class="nonfield", renderer=self.renderer
            )
        else:
            del self._errors[NON_FIELD_ERRORS]


class VersionedFormMixin:
    """A ModelForm of a `cls_portal.locking.Versioned` model that never overwrites a save made since it was displayed.

    It carries the version it was displayed at in a hidden field; `save_checked()` saves only if the row is still at
    that version, and raises StaleObjectError otherwise, with nothing written. A new object has nothing to check.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # Not required: a form posted without it (a page older than the field) is refused as stale, with the
            # input kept, rather than with an error on a field nobody sees.
            self.fields["version"] = forms.IntegerField(widget=forms.HiddenInput, required=False)
            if not self.is_bound:
                self.initial["version"] = self.instance.version

    def save_checked(self):
        """`save()` if nobody saved the object since the form was displayed; all or nothing."""
        with transaction.atomic():
            if self.instance.pk is not None:
                claim_version(self.instance, self.cleaned_data.get("version"))
            return self.save()


def saved_by(error: StaleObjectError) -> str:
    """« par Anne Animatrice le 3 décembre 2026 à 10:12 »: who saved last and when, in Paris time."""
    when = f" le {date_filter(timezone.localtime(error.changed_at), 'j F Y à H:i')}" if error.changed_at else ""
    return f"par {error.changed_by or 'une autre personne'}{when}"


def stale_message(error: StaleObjectError, *, changed: str, the: str) -> str:
    """What a refused save says: `changed` is « La fiche a été modifiée », `the` « la fiche »."""
    if error.current is None:
        return (
            f"Quelqu'un a supprimé {the} pendant votre saisie : vos changements n'ont pas été enregistrés ; les voici "
            "ci-dessous, tels que vous les avez saisis."
        )
    return (
        f"{changed} {saved_by(error)} pendant votre saisie : vos changements n'ont pas été enregistrés ; les voici "
        "ci-dessous, tels que vous les avez saisis. Rouvrez le formulaire pour repartir de ce qui est enregistré "
        "maintenant, puis reportez-y vos changements."
    )


class EmailAuthenticationForm(DsfrFormMixin, auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label="Adresse e-mail", widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"})
    )

    error_messages = {
        "invalid_login": "Adresse e-mail ou mot de passe incorrect.",
        "inactive": "Ce compte est désactivé.",
    }


class DsfrPasswordResetForm(DsfrFormMixin, auth_forms.PasswordResetForm):
    pass


class DsfrSetPasswordForm(DsfrFormMixin, auth_forms.SetPasswordForm):
    pass


class DsfrPasswordChangeForm(DsfrFormMixin, auth_forms.PasswordChangeForm):
    pass


class AccountForm(DsfrModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "organisation", "job_title"]
