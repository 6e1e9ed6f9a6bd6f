"""Forms of the administration: an organisation, the filters of the activity log, the confirmations."""

from django import forms
from django.core.exceptions import ValidationError

from administration import activity
from cls_portal.forms import DsfrForm, DsfrModelForm, VersionedFormMixin
from cls_portal.models import User
from cls_portal.text import fold
from contracts.filters import ContractFilterForm
from contracts.models import Organisation
from referentials.models import Commune, Departement, Epci

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class GeographyCodeField(forms.ModelChoiceField):
    """A SIREN or an INSEE code typed in a text input (there are 35,000 communes), checked against the official
    geography."""

    widget = forms.TextInput

    def __init__(self, queryset, *, not_found, **kwargs):
        super().__init__(queryset, to_field_name="pk", **kwargs)
        self.error_messages["invalid_choice"] = not_found

    def prepare_value(self, value):
        return getattr(value, "pk", value)

    def to_python(self, value):
        return super().to_python(value.strip() if isinstance(value, str) else value)


class OrganisationForm(VersionedFormMixin, DsfrModelForm):
    epci = GeographyCodeField(
        Epci.objects.all(),
        label="EPCI correspondant (SIREN)",
        required=False,
        not_found="Aucun EPCI de la géographie officielle n'a ce SIREN.",
        help_text="Pour une communauté de communes, d'agglomération, urbaine ou une métropole : son SIREN, par "
        "exemple 200060010.",
    )
    commune = GeographyCodeField(
        Commune.objects.all(),
        label="Commune correspondante (code INSEE)",
        required=False,
        not_found="Aucune commune de la géographie officielle n'a ce code INSEE.",
        help_text="Pour une commune : son code INSEE à 5 chiffres (pas le code postal), par exemple 49023.",
    )

    class Meta:
        model = Organisation
        fields = ["name", "kind", "siren", "address", "departement", "epci", "commune"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, departements, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.departement_id
        choices = Departement.objects.filter(pk__in=[*departements, current] if current else departements)
        self.fields["departement"].queryset = choices.order_by("code")
        if not self.instance.pk and len(departements) == 1:
            self.initial.setdefault("departement", next(iter(departements)))
        # An animator attaches what they create to one of their départements, or it would leave their scope.
        self.fields["departement"].required = bool(departements) and not self.instance.pk
        self.fields["departement"].empty_label = "Aucun"

    def clean(self):
        cleaned = super().clean()
        siren, epci = cleaned.get("siren"), cleaned.get("epci")
        if siren and epci is None and Epci.objects.filter(pk=siren).exists():
            # An EPCI typed by its SIREN only: link it to its entry of the official geography.
            cleaned["epci"] = self.instance.epci = Epci.objects.get(pk=siren)
        return cleaned


class ActivityFilterForm(ContractFilterForm):
    since = forms.DateField(label="Du", required=False, widget=DATE_INPUT)
    until = forms.DateField(label="Au", required=False, widget=DATE_INPUT)
    contract = forms.CharField(
        label="Contrat", required=False, help_text="Nom ou identifiant court, sans tenir compte des accents."
    )
    person = forms.CharField(label="Personne", required=False, help_text="Nom, prénom ou adresse e-mail.")
    kind = forms.ChoiceField(label="Type", required=False, choices=[("", "Tous les types"), *activity.Kind.choices])

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", "La fin de la période doit suivre son début.")
        return cleaned

    def filters(self, *, people, contracts) -> activity.Filters:
        """What to keep: `people` and `contracts` are the querysets the text searches narrow."""
        data = self.cleaned_data if self.is_valid() else {}
        contract_ids = user_ids = None
        if data.get("contract"):
            contract_ids = contracts.search(data["contract"]).values("pk")
        if data.get("person"):
            user_ids = User.objects.filter(pk__in=people.values("pk"))
            for word in fold(data["person"]).split():
                user_ids = user_ids.filter(search_name__contains=word)
            user_ids = user_ids.values("pk")
        return activity.Filters(
            since=data.get("since"),
            until=data.get("until"),
            contract_ids=contract_ids,
            user_ids=user_ids,
            kind=data.get("kind") or "",
        )


class ConfirmMergeForm(DsfrForm):
    """The preview's fingerprint: the merge happens only if it would still do what the person read."""

    fingerprint = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.initial["fingerprint"] = plan.fingerprint()

    def clean_fingerprint(self):
        if self.cleaned_data["fingerprint"] != self.plan.fingerprint():
            raise ValidationError(
                "Les liens des deux organisations ont changé depuis l'aperçu : relisez ce qui va être déplacé, puis "
                "confirmez à nouveau."
            )
        return self.cleaned_data["fingerprint"]
