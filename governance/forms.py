"""Forms of the governance pages: French labels, help texts and error messages live here; writes go through the
domain modules (`governance.members`, `governance.lifecycle`...)."""

from django import forms

from cls_portal.forms import DsfrForm, DsfrModelForm
from contracts.enums import Civility
from contracts.forms import DateInput
from contracts.models import Organisation
from governance.enums import CONTRACT_KINDS, TERRITORIAL_KINDS, InstanceKind, MemberRole
from governance.models import Instance, Member, Person
from referentials.models import Region


def _kind_choices(kinds):
    return [(kind.value, kind.label) for kind in InstanceKind if kind in kinds]


class InstanceForm(DsfrModelForm):
    """An instance of a contract: COPIL, comité, groupe de travail (optionally on an axe)..."""

    class Meta:
        model = Instance
        fields = ["kind", "name", "axe", "description", "quorum"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.contract = contract
        self.fields["kind"].choices = _kind_choices(CONTRACT_KINDS)
        self.fields["axe"].queryset = contract.axes.order_by("position", "number")
        self.fields["axe"].empty_label = "Aucun"
        self.fields["axe"].label_from_instance = lambda axe: f"{axe.number}. {axe.title}"


class TerritorialInstanceForm(DsfrModelForm):
    """A CTS or a CDCPPS, on a département or a région the user animates."""

    class Meta:
        model = Instance
        fields = ["kind", "name", "departement", "region", "description", "quorum"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"departement": "Département", "region": "ou région"}

    def __init__(self, *args, departements, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = _kind_choices(TERRITORIAL_KINDS)
        self.fields["departement"].queryset = departements
        self.fields["departement"].empty_label = "Choisir un département"
        self.fields["region"].queryset = Region.objects.filter(departements__in=departements).distinct()
        self.fields["region"].empty_label = "Aucune (instance départementale)"
        self.fields["region"].help_text = "Pour une instance régionale, choisissez la région et aucun département."

    def clean(self):
        cleaned = super().clean()
        departement, region = cleaned.get("departement"), cleaned.get("region")
        if bool(departement) == bool(region):
            self.add_error("departement", "Choisissez un département ou une région, l'un des deux seulement.")
        return cleaned


class MemberForm(DsfrForm):
    """Seat a person in an instance: someone already known, or a new person (found again by their e-mail)."""

    existing_person = forms.ModelChoiceField(
        label="Personne déjà connue",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Une nouvelle personne (à saisir ci-dessous)",
        help_text="Les personnes qui siègent déjà dans une autre instance que vous animez.",
    )
    civility = forms.ChoiceField(label="Civilité", choices=[("", "Non précisée"), *Civility.choices], required=False)
    first_name = forms.CharField(label="Prénom", max_length=100, required=False)
    last_name = forms.CharField(label="Nom", max_length=100, required=False)
    job_title = forms.CharField(label="Fonction", max_length=200, required=False)
    email = forms.EmailField(label="Adresse e-mail", required=False, help_text="Pour recevoir les convocations.")
    phone = forms.CharField(label="Téléphone", max_length=30, required=False)
    organisation = forms.ModelChoiceField(
        label="Organisation représentée", queryset=Organisation.objects.order_by("name"), required=False
    )
    role = forms.ChoiceField(label="Rôle dans l'instance", choices=MemberRole.choices, initial=MemberRole.MEMBER)
    substitute_for = forms.ModelChoiceField(
        label="Suppléant·e de", queryset=Member.objects.none(), required=False, help_text="Pour un·e suppléant·e."
    )
    start_date = forms.DateField(label="Membre depuis le", required=False, widget=DateInput)
    end_date = forms.DateField(label="Membre jusqu'au", required=False, widget=DateInput)

    identity_fields = ["civility", "first_name", "last_name", "job_title", "email", "phone"]

    def __init__(self, *args, instance, known_people=None, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.seat_instance = instance
        self.member = member
        titulars = instance.members.exclude(role=MemberRole.SUBSTITUTE).select_related("person")
        if member is not None:
            titulars = titulars.exclude(pk=member.pk)
        self.fields["substitute_for"].queryset = titulars
        self.fields["substitute_for"].empty_label = "Personne"
        self.fields["organisation"].empty_label = "Aucune"
        if known_people is None or member is not None:
            del self.fields["existing_person"]
        else:
            self.fields["existing_person"].queryset = known_people.exclude(seats__instance=instance)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("existing_person"):
            for name, label in (("first_name", "prénom"), ("last_name", "nom")):
                if not (cleaned.get(name) or "").strip():
                    self.add_error(
                        name, f"Indiquez le {label} de la personne, ou choisissez une personne déjà connue."
                    )
        role, titular = cleaned.get("role"), cleaned.get("substitute_for")
        if role == MemberRole.SUBSTITUTE and not titular:
            self.add_error("substitute_for", "Indiquez la personne que ce ou cette suppléant·e remplace.")
        if role != MemberRole.SUBSTITUTE and titular:
            self.add_error("substitute_for", "Seul·e un·e suppléant·e remplace un·e membre : choisissez « Personne ».")
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "La fin du mandat ne peut pas précéder son début.")
        return cleaned

    def person_data(self):
        return {name: self.cleaned_data.get(name) or "" for name in self.identity_fields}

    def seat_data(self):
        return {
            name: self.cleaned_data.get(name)
            for name in ("organisation", "role", "substitute_for", "start_date", "end_date")
        }

    @classmethod
    def initial_for(cls, member):
        person = member.person
        initial = {name: getattr(person, name) for name in cls.identity_fields}
        initial.update(
            organisation=member.organisation_id,
            role=member.role,
            substitute_for=member.substitute_for_id,
            start_date=member.start_date,
            end_date=member.end_date,
        )
        return initial
