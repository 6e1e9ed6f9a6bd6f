"""Forms of the contract pages: French labels, help texts and error messages live here."""

import re

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from cls_portal.forms import DsfrForm, DsfrModelForm, VersionedFormMixin
from cls_portal.models import User
from contracts import perms
from contracts.enums import OrganisationKind, Role
from contracts.lifecycle import next_generation_defaults
from contracts.models import Contract, ContractParty, Organisation
from referentials.models import Commune, Epci


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


# Words used by the contract addresses themselves (/contrats/nouveau/).
RESERVED_SLUGS = {"nouveau"}

_CODE_SEPARATORS = re.compile(r"[\s,;]+")


def parse_codes(text):
    """ "200060010, 200040475" or one per line -> ["200060010", "200040475"] (order kept, duplicates dropped)."""
    return list(dict.fromkeys(code.upper() for code in _CODE_SEPARATORS.split(text or "") if code))


class ContractForm(VersionedFormMixin, DsfrModelForm):
    """Identity, perimeter and dates. Creation sets the département; editing keeps it."""

    epci_codes = forms.CharField(
        label="EPCI entiers du périmètre (codes SIREN)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Séparés par des espaces, des virgules ou des retours à la ligne, par exemple « 200060010 ». "
        "Toutes les communes de ces EPCI font partie du périmètre.",
    )
    commune_codes = forms.CharField(
        label="Autres communes du périmètre (codes INSEE)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Pour un périmètre qui ne couvre qu'une partie d'un EPCI, par exemple « 72181 72003 72095 ».",
    )

    class Meta:
        model = Contract
        fields = [
            "name",
            "slug",
            "generation",
            "previous",
            "departement",
            "porteur",
            "summary",
            "intention_date",
            "launch_date",
            "signature_date",
            "signature_place",
            "start_date",
            "end_date",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "intention_date": DateInput,
            "launch_date": DateInput,
            "signature_date": DateInput,
            "start_date": DateInput,
            "end_date": DateInput,
        }
        error_messages = {
            "previous": {"unique": "Ce contrat a déjà une génération suivante."},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        creating = self.instance.pk is None
        if creating:
            self.fields["departement"].queryset = perms.creatable_departements(user)
            self.fields["departement"].empty_label = "Choisir un département"
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Proposé à partir du nom si vous le laissez vide. " + str(
                self.fields["slug"].help_text
            )
            # A new contract starts "en réflexion": the signature is recorded by the lifecycle action.
            for name in ("signature_date", "signature_place"):
                del self.fields[name]
        else:
            del self.fields["departement"]
            self.initial.setdefault("epci_codes", " ".join(self.instance.epcis.values_list("pk", flat=True)))
            self.initial.setdefault("commune_codes", " ".join(self.instance.communes.values_list("pk", flat=True)))
            if self.instance.is_draft:
                for name in ("signature_date", "signature_place"):
                    del self.fields[name]
        previous = perms.visible_contracts(user).select_related("departement")
        if not creating:
            previous = previous.exclude(pk=self.instance.pk)
        self.fields["previous"].queryset = previous
        self.fields["previous"].empty_label = "Aucun (premier contrat du territoire)"
        self.fields["porteur"].queryset = Organisation.objects.offered([self.instance.porteur_id])
        self.fields["porteur"].empty_label = "À préciser"

    @property
    def departement(self):
        if self.instance.pk:
            return self.instance.departement
        return self.cleaned_data.get("departement")

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(f"« {slug} » est réservé par le portail : choisissez un autre identifiant.")
        if slug:
            return slug
        name = self.data.get(self.add_prefix("name"), "")
        slug = slugify(name)[:70] or "contrat"
        candidate, n = slug, 1
        while Contract.objects.filter(slug=candidate).exclude(pk=self.instance.pk).exists():
            n += 1
            candidate = f"{slug}-{n}"
        return candidate

    def clean_epci_codes(self):
        codes = parse_codes(self.cleaned_data.get("epci_codes"))
        if any(not code.isdigit() or len(code) != 9 for code in codes):
            raise forms.ValidationError("Un code SIREN d'EPCI compte 9 chiffres.")
        found = {e.pk: e for e in Epci.objects.filter(pk__in=codes)}
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise forms.ValidationError(f"EPCI inconnu(s) : {', '.join(unknown)}.")
        return [found[code] for code in codes]

    def clean_commune_codes(self):
        codes = parse_codes(self.cleaned_data.get("commune_codes"))
        found = {c.pk: c for c in Commune.objects.filter(pk__in=codes)}
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise forms.ValidationError(f"Commune(s) inconnue(s) : {', '.join(unknown)}.")
        return [found[code] for code in codes]

    def clean(self):
        cleaned = super().clean()
        departement = self.departement
        if departement is not None:
            epcis = cleaned.get("epci_codes") or []
            inside = set(
                Commune.objects.filter(epci__in=epcis, departement=departement).values_list("epci_id", flat=True)
            )
            outside = [e.name for e in epcis if e.pk not in inside]
            if outside:
                self.add_error("epci_codes", f"Sans commune dans le département {departement} : {', '.join(outside)}.")
            communes = cleaned.get("commune_codes") or []
            foreign = [str(c) for c in communes if c.departement_id != departement.pk]
            if foreign:
                self.add_error("commune_codes", f"Hors du département {departement} : {', '.join(foreign)}.")
        previous = cleaned.get("previous")
        generation = cleaned.get("generation")
        if previous and generation and generation <= previous.generation:
            self.add_error(
                "generation",
                f"La génération suit celle du contrat précédent ({previous.generation}) : "
                f"indiquez au moins {previous.generation + 1}.",
            )
        # The database constraint says the same, but only as an error of the whole form.
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", "La fin du contrat doit suivre son début.")
        return cleaned

    def save(self, commit=True):
        contract = super().save(commit=commit)
        if commit:
            self.save_perimeter()
        return contract

    def save_perimeter(self):
        self.instance.epcis.set(self.cleaned_data.get("epci_codes") or [])
        self.instance.communes.set(self.cleaned_data.get("commune_codes") or [])


class PartyForm(VersionedFormMixin, DsfrModelForm):
    """A signatory or partner: an existing organisation, or a new one typed in."""

    new_organisation_name = forms.CharField(
        label="Ou nouvelle organisation : nom",
        max_length=250,
        required=False,
        help_text="Si elle n'est pas dans la liste ci-dessus.",
    )
    new_organisation_kind = forms.ChoiceField(
        label="Type de la nouvelle organisation",
        choices=[("", "Choisir un type"), *OrganisationKind.choices],
        required=False,
    )
    new_organisation_address = forms.CharField(
        label="Adresse de la nouvelle organisation", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    class Meta:
        model = ContractParty
        fields = [
            "organisation",
            "role",
            "representative_civility",
            "representative_name",
            "representative_title",
            "deliberation_date",
            "position",
            "avenant",
        ]
        widgets = {"deliberation_date": DateInput}
        labels = {
            "organisation": "Organisation existante",
            "representative_name": "Représentant ou représentante (prénom et nom)",
            "representative_title": "Fonction du représentant ou de la représentante",
            "deliberation_date": "Date de la délibération autorisant la signature",
            "position": "Ordre d'affichage",
            "avenant": "Ajoutée par l'avenant",
        }
        help_texts = {
            "representative_title": "Par exemple « Directeur général de l'ARS » ou « Président de la communauté ».",
            "avenant": "Laissez vide si l'organisation figure au contrat initial.",
        }

    # The new organisation right after the list it completes ("si elle n'est pas dans la liste ci-dessus").
    field_order = ["organisation", "new_organisation_name", "new_organisation_kind", "new_organisation_address"]

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.contract = contract
        self.fields["organisation"].required = False
        self.fields["organisation"].queryset = Organisation.objects.offered([self.instance.organisation_id])
        self.fields["organisation"].empty_label = "Choisir une organisation"
        self.fields["representative_civility"].choices = [
            ("", "—"),
            *self.fields["representative_civility"].choices[1:],
        ]
        self.fields["avenant"].queryset = contract.avenants.all()
        self.fields["avenant"].empty_label = "Contrat initial"
        if self.instance.pk:
            for name in ("new_organisation_name", "new_organisation_kind", "new_organisation_address"):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        new_name = (cleaned.get("new_organisation_name") or "").strip()
        if organisation and new_name:
            self.add_error(
                "new_organisation_name", "Choisissez une organisation existante ou créez-en une, pas les deux."
            )
        elif not organisation and not new_name:
            self.add_error(
                "organisation", "Choisissez une organisation, ou indiquez le nom d'une nouvelle organisation."
            )
        elif new_name and not cleaned.get("new_organisation_kind"):
            self.add_error("new_organisation_kind", "Indiquez le type de la nouvelle organisation.")
        elif new_name:
            organisation = Organisation.objects.filter(name=new_name, kind=cleaned["new_organisation_kind"]).first()
        if organisation is not None:
            taken = self.contract.parties.filter(organisation=organisation).exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "organisation" if cleaned.get("organisation") else "new_organisation_name",
                    "Cette organisation figure déjà au contrat.",
                )
        return cleaned

    def save(self, commit=True):
        party = super().save(commit=False)
        party.contract = self.contract
        if not party.organisation_id:
            party.organisation, _ = Organisation.objects.get_or_create(
                name=self.cleaned_data["new_organisation_name"].strip(),
                kind=self.cleaned_data["new_organisation_kind"],
                defaults={"address": self.cleaned_data.get("new_organisation_address", "")},
            )
        if commit:
            party.save()
        return party


class AvenantForm(DsfrForm):
    signed_on = forms.DateField(label="Signé le", widget=DateInput)
    object = forms.CharField(
        label="Objet",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            "Ce que l'avenant change, par exemple « Ajout d'un axe 5 santé mentale et de quatre fiches-action »."
        ),
    )
    new_end_date = forms.DateField(
        label="Nouvelle date de fin du contrat",
        required=False,
        widget=DateInput,
        help_text="Seulement si l'avenant prolonge ou raccourcit le contrat.",
    )


class TransitionForm(DsfrForm):
    """Date and comment of a lifecycle move; the sign and renew moves add their own fields."""

    on = forms.DateField(label="Date d'effet", required=False, widget=DateInput)
    comment = forms.CharField(label="Commentaire", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, contract, target, **kwargs):
        super().__init__(*args, **kwargs)
        self.contract = contract
        self.target = target
        self.fields["on"].initial = timezone.localdate()

    def verb_kwargs(self):
        return {"on": self.cleaned_data.get("on"), "comment": self.cleaned_data.get("comment", "")}


class ElaborationForm(TransitionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].label = "Date de lancement"


class AbandonForm(TransitionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].label = "Raison de l'abandon"


class SignForm(TransitionForm):
    start_date = forms.DateField(
        label="Début du contrat", required=False, widget=DateInput, help_text="Par défaut, la date de signature."
    )
    end_date = forms.DateField(
        label="Fin du contrat",
        required=False,
        widget=DateInput,
        help_text="Par défaut, cinq ans après le début, moins un jour.",
    )
    signature_place = forms.CharField(label="Lieu de signature", required=False, max_length=120)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Signing needs its date (lifecycle.signature_problems): ask for it next to the field, not as an optional one.
        self.fields["on"].label = "Date de signature"
        self.fields["on"].required = True
        self.fields["on"].error_messages["required"] = "Indiquez la date de signature."
        self.fields["start_date"].initial = self.contract.start_date
        self.fields["end_date"].initial = self.contract.end_date
        self.fields["signature_place"].initial = self.contract.signature_place

    def clean(self):
        cleaned = super().clean()
        # The dates lifecycle.sign() will set, checked here so that the message sits by the date that is wrong.
        start = cleaned.get("start_date") or self.contract.start_date or cleaned.get("on")
        end = cleaned.get("end_date") or self.contract.end_date
        if start and end and end <= start:
            self.add_error(
                "end_date" if cleaned.get("end_date") else "start_date", "La fin du contrat doit suivre son début."
            )
        return cleaned

    def verb_kwargs(self):
        return {
            **super().verb_kwargs(),
            "start_date": self.cleaned_data.get("start_date"),
            "end_date": self.cleaned_data.get("end_date"),
            "signature_place": self.cleaned_data.get("signature_place", ""),
        }


class RenewForm(TransitionForm):
    name = forms.CharField(label="Nom du nouveau contrat", max_length=250)
    slug = forms.SlugField(label="Identifiant court du nouveau contrat", max_length=80)
    copy_unfinished_fiches = forms.BooleanField(
        label="Reprendre les fiches-action non terminées (avec leurs axes)",
        required=False,
        help_text="Les fiches réalisées ou abandonnées restent dans le contrat actuel. Les fiches reprises gardent "
        "leur statut et leur avancement, mais pas leurs dates de début et de fin, à planifier à nouveau.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].label = "Date de lancement du nouveau contrat"
        defaults = next_generation_defaults(self.contract)
        self.fields["name"].initial = defaults["name"]
        self.fields["slug"].initial = defaults["slug"]

    def verb_kwargs(self):
        return {
            **super().verb_kwargs(),
            "name": self.cleaned_data["name"],
            "slug": self.cleaned_data["slug"],
            "copy_unfinished_fiches": self.cleaned_data["copy_unfinished_fiches"],
        }


class MembershipForm(DsfrForm):
    """Give a role on the contract: at once to an existing account, else by invitation (contracts/invitations.py)."""

    email = forms.EmailField(
        label="Adresse e-mail",
        help_text="Si la personne n'a pas encore de compte, elle reçoit une invitation à le créer.",
    )
    first_name = forms.CharField(label="Prénom", max_length=150, required=False)
    last_name = forms.CharField(label="Nom", max_length=150, required=False)
    role = forms.ChoiceField(label="Rôle", widget=forms.RadioSelect)

    def __init__(self, *args, contract, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.contract = contract
        self.fields["role"].choices = [(role, role.label) for role in roles]
        self.fields["role"].initial = Role.READER
        for name in ("first_name", "last_name"):
            self.fields[name].help_text = "Pour l'invitation, si la personne n'a pas encore de compte."

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if not email:
            return cleaned
        user = User.objects.filter(email__iexact=email).first()
        cleaned["user"] = user
        role = cleaned.get("role")
        if user is not None:
            if role and self.contract.memberships.filter(Q(user=user) & Q(role=role)).exists():
                self.add_error("email", "Cette personne a déjà ce rôle sur ce contrat.")
            return cleaned
        for name, what in (("first_name", "le prénom"), ("last_name", "le nom")):
            if not cleaned.get(name, "").strip():
                self.add_error(name, f"Indiquez {what} : la personne n'a pas encore de compte, elle sera invitée.")
        return cleaned
