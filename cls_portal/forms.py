"""Form bases rendering with the DSFR markup of django-dsfr, and the account forms."""

from django import forms
from django.contrib.auth import forms as auth_forms
from dsfr.forms import DsfrBaseForm, DsfrBoundField
from dsfr.utils import dsfr_input_class_attr


class DsfrFormMixin:
    """What django-dsfr's DsfrBaseForm does, for any form class (ModelForm, auth forms)."""

    template_name = "dsfr/form_snippet.html"
    bound_field_class = DsfrBoundField
    default_renderer = DsfrBaseForm.default_renderer

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for visible in self.visible_fields():
            dsfr_input_class_attr(visible)

    def get_context(self):
        context = super().get_context()
        context["DSFR_MARK_OPTIONAL_FIELDS"] = True
        return context


class DsfrForm(DsfrFormMixin, forms.Form):
    pass


class DsfrModelForm(DsfrFormMixin, forms.ModelForm):
    pass


class EmailAuthenticationForm(DsfrFormMixin, auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label="Adresse e-mail", widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"})
    )

    error_messages = {
        "invalid_login": "Adresse e-mail ou mot de passe incorrect. Les deux champs tiennent compte des majuscules.",
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
        from cls_portal.models import User

        model = User
        fields = ["first_name", "last_name", "organisation", "job_title"]
