"""Forms of the plan d'action: they own labels, help texts and French error messages."""

from django import forms
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from django.utils.html import format_html

from actions.enums import FicheStatus
from actions.fields import form_fields, form_sections
from actions.follow_up import IndicatorReading, NoteInput
from actions.models import (
    Axe,
    BudgetLine,
    FicheAction,
    FicheDocument,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
    TargetPublic,
)
from actions.models.plan import NUMBER_TAKEN_MESSAGE, coverable_communes, validate_territory
from actions.perms import eligible_pilotes
from actions.validators import YEAR_MAX, YEAR_MIN, percent_field, validate_year
from cls_portal.forms import DsfrForm, DsfrModelForm, VersionedFormMixin
from cls_portal.imports.reading import MAX_FILE_SIZE
from cls_portal.widgets import ChoiceList
from contracts.models import Organisation
from contracts.organisations import departement_organisations
from referentials.models import PrsElement

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXTAREA = forms.Textarea(attrs={"rows": 3})
ORGANISATIONS_HELP = (
    "Sont proposées les organisations du contrat, de ses fiches et de son département. S'il en manque une, "
    "l'animation territoriale ARS du département peut l'ajouter aux parties du contrat ou la créer dans "
    "l'administration des organisations."
)
OUTSIDE_ORGANISATION_MESSAGE = (
    "Choisissez {what} parmi les organisations proposées : celles du contrat, de ses fiches et de son département."
)
OUTSIDE_COMMUNE_MESSAGE = "Choisissez les communes parmi celles du périmètre du contrat."


def text_and_date_widgets(model, names) -> dict:
    """Text areas for the long texts and date inputs for the dates among the fields `names` of `model`."""
    widgets = {}
    for name in names:
        field = model._meta.get_field(name)
        if isinstance(field, models.TextField):
            widgets[name] = TEXTAREA
        elif isinstance(field, models.DateField):
            widgets[name] = DATE_INPUT
    return widgets


def contract_axes(contract):
    return Axe.objects.filter(contract=contract).order_by("position", "number")


class AxeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"Axe {obj.number} — {obj.title}"


class AxeForm(DsfrModelForm):
    class Meta:
        model = Axe
        fields = ["number", "title", "parent", "description", "position", "avenant"]
        widgets = {"description": TEXTAREA}

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.contract = contract
        self.instance.contract = contract
        parents = Axe.objects.filter(contract=contract, parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["parent"].help_text = "Pour un sous-axe seulement."
        self.fields["avenant"].queryset = contract.avenants.all()

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        taken = Axe.objects.filter(contract=self.contract, number=number).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError("Un axe porte déjà ce numéro dans ce contrat.")
        return number


class FicheForm(VersionedFormMixin, DsfrModelForm):
    """Every field of a fiche, in the sections `actions.fields` declares; labels and help texts are the model's."""

    class Meta:
        model = FicheAction
        fields = form_fields()
        field_classes = {"axe": AxeChoiceField}
        widgets = {
            **text_and_date_widgets(FicheAction, form_fields()),
            "target_publics": ChoiceList,
            "prs_priorities": ChoiceList,
            "partners": ChoiceList,
            "communes": ChoiceList,
            "prs_elements": ChoiceList,
        }

    def __init__(self, *args, contract, **kwargs):
        super().__init__(*args, **kwargs)
        self.contract = contract
        self.instance.contract = contract
        self.fields["axe"].queryset = contract_axes(contract)
        self.fields["avenant"].queryset = contract.avenants.all()
        self.fields["pilote"].queryset = eligible_pilotes(
            contract, self.instance.pilote if self.instance.pilote_id else None
        )
        self.fields["target_publics"].queryset = TargetPublic.objects.all()
        # The organisations of the contract's département (its parties, those of its fiches, those attached to the
        # département), not the country's thousands; what the fiche already names stays offered.
        organisations = departement_organisations([contract.departement_id]).values("pk")
        porteur, partners = self.fields["porteur"], self.fields["partners"]
        porteur.queryset = Organisation.objects.offered([self.instance.porteur_id], among=organisations)
        current = self.instance.partners.values("pk") if self.instance.pk else ()
        partners.queryset = Organisation.objects.offered(current, among=organisations)
        porteur.help_text = partners.help_text = ORGANISATIONS_HELP
        porteur.error_messages["invalid_choice"] = OUTSIDE_ORGANISATION_MESSAGE.format(what="le porteur")
        partners.error_messages["invalid_choice"] = OUTSIDE_ORGANISATION_MESSAGE.format(what="les partenaires")
        self.fields["prs_elements"].queryset = PrsElement.objects.objectives().select_related("prs")
        self.fields["communes"].queryset = coverable_communes(contract, self.instance).order_by("name")
        self.fields["communes"].error_messages["invalid_choice"] = OUTSIDE_COMMUNE_MESSAGE
        percent_field(self.fields["progress"])

    def changed_fields_display(self):
        """The fields whose input differs from the saved fiche (shown when a concurrent change refused the save)."""
        return [self[name] for name in self.changed_data if name != "version"]

    def sections(self):
        return [(title, [self[name] for name in names]) for title, names in form_sections()]

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        taken = FicheAction.objects.filter(contract=self.contract, number=number).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(NUMBER_TAKEN_MESSAGE)
        return number

    def clean(self):
        cleaned = super().clean()
        try:
            validate_territory(cleaned.get("whole_territory"), cleaned.get("communes"))
        except forms.ValidationError as error:
            self.add_error(None, error)
        return cleaned


class FollowUpForm(VersionedFormMixin, DsfrModelForm):
    """What a pilote updates: status, progress, a new note, this year's indicator values.

    Besides the fiche's version, it carries the year whose values it shows and the version of each value shown, so
    that `actions.follow_up.record_follow_up` does not overwrite a value changed meanwhile.
    """

    note_date = forms.DateField(label="Date du point de suivi", required=False, widget=DATE_INPUT)
    note_done = forms.CharField(label="Réalisé", required=False, widget=TEXTAREA)
    note_difficulties = forms.CharField(label="Difficultés rencontrées", required=False, widget=TEXTAREA)
    note_next_steps = forms.CharField(label="Prochaines étapes", required=False, widget=TEXTAREA)
    values_year = forms.IntegerField(
        label="Année des valeurs d'indicateurs", min_value=YEAR_MIN, max_value=YEAR_MAX, required=False
    )
    shown_year = forms.IntegerField(widget=forms.HiddenInput, required=False)

    NOTE_FIELDS = ["note_date", "note_done", "note_difficulties", "note_next_steps"]

    class Meta:
        model = FicheAction
        fields = ["status", "progress"]

    def __init__(self, *args, indicators=(), **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["note_date"].initial = today
        self.fields["values_year"].initial = today.year
        percent_field(self.fields["progress"])
        self.indicators = list(indicators)
        year = self._year()
        if not self.is_bound:
            self.initial["shown_year"] = year
        for indicator in self.indicators:
            name = f"indicator_{indicator.pk}"
            unit = f" ({indicator.unit})" if indicator.unit else ""
            self.fields[name] = forms.DecimalField(
                label=f"{indicator.name}{unit}",
                required=False,
                max_digits=14,
                decimal_places=2,
                # The target is user data (form, Excel « Cible » column): escaped, as DSFR prints help texts |safe.
                help_text=format_html("Cible : {}", indicator.target) if indicator.target else "",
            )
            self.fields[f"{name}_version"] = forms.IntegerField(widget=forms.HiddenInput, required=False)
            current = next((v for v in indicator.values.all() if v.year == year), None)
            if current is not None and not self.is_bound:
                self.initial[name] = current.value
                self.initial[f"{name}_version"] = current.version

    def _year(self):
        raw = self.data.get(self.add_prefix("values_year")) if self.is_bound else None
        try:
            return int(raw) if raw else timezone.localdate().year
        except ValueError:
            return timezone.localdate().year

    def note_fields(self):
        return [self[name] for name in self.NOTE_FIELDS]

    def indicator_fields(self):
        return [self[f"indicator_{indicator.pk}"] for indicator in self.indicators]

    def clean(self):
        cleaned = super().clean()
        if self.note_given() and not cleaned.get("note_date"):
            self.add_error("note_date", "Indiquez la date du point de suivi.")
        return cleaned

    def note_given(self):
        """Any one of the three texts makes a note: a blocked action has difficulties and nothing done yet."""
        return any(self.cleaned_data.get(name) for name in ("note_done", "note_difficulties", "note_next_steps"))

    def follow_up(self):
        """The arguments of `actions.follow_up.record_follow_up` (the fiche itself is saved by `save_checked`)."""
        cleaned = self.cleaned_data
        note = None
        if self.note_given():
            note = NoteInput(
                date=cleaned["note_date"],
                done=cleaned.get("note_done", ""),
                difficulties=cleaned.get("note_difficulties", ""),
                next_steps=cleaned.get("note_next_steps", ""),
            )
        year = cleaned.get("values_year") or timezone.localdate().year
        seen = cleaned.get("shown_year") == year
        readings = [
            IndicatorReading(
                indicator,
                cleaned[f"indicator_{indicator.pk}"],
                seen=seen,
                version=cleaned.get(f"indicator_{indicator.pk}_version"),
            )
            for indicator in self.indicators
            if cleaned.get(f"indicator_{indicator.pk}") is not None
        ]
        return {"note": note, "year": year, "readings": readings}


class FicheChildForm(VersionedFormMixin, DsfrModelForm):
    """Base of the small forms of what hangs off a fiche; `fiche` is set before validation. Saved with
    `save_checked()`: a change made by someone else since the form was displayed is not overwritten."""

    def __init__(self, *args, fiche, **kwargs):
        super().__init__(*args, **kwargs)
        self.fiche = fiche
        self.instance.fiche = fiche


class SubActionForm(FicheChildForm):
    class Meta:
        model = SubAction
        fields = ["number", "title", "description", "status", "start_date", "end_date", "pilote", "position"]
        widgets = {"description": TEXTAREA, "start_date": DATE_INPUT, "end_date": DATE_INPUT}

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        if SubAction.objects.filter(fiche=self.fiche, number=number).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Une sous-action porte déjà ce numéro dans cette fiche.")
        return number


class BudgetLineForm(FicheChildForm):
    class Meta:
        model = BudgetLine
        fields = ["year", "funder", "funder_label", "kind", "planned_amount", "actual_amount"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("planned_amount", "actual_amount"):
            self.fields[name].widget.attrs["min"] = 0
        self.fields["year"].widget.attrs.update({"min": YEAR_MIN, "max": YEAR_MAX})
        self.fields["year"].error_messages["invalid"] = "Indiquez une année, par exemple 2024."

    def clean_year(self):
        year = self.cleaned_data["year"]
        validate_year(year)
        return year

    def clean(self):
        cleaned = super().clean()
        key = {name: cleaned.get(name) for name in ("year", "funder")}
        if all(key.values()):
            taken = BudgetLine.objects.filter(fiche=self.fiche, funder_label=cleaned.get("funder_label", ""), **key)
            if taken.exclude(pk=self.instance.pk).exists():
                self.add_error("funder", "Ce financeur a déjà une ligne pour cette année dans cette fiche.")
        return cleaned


class IndicatorForm(FicheChildForm):
    class Meta:
        model = FicheIndicator
        fields = ["name", "kind", "unit", "baseline", "target", "source", "position"]


class IndicatorValueForm(VersionedFormMixin, DsfrModelForm):
    class Meta:
        model = FicheIndicatorValue
        fields = ["indicator", "year", "value", "comment"]
        widgets = {"comment": TEXTAREA}

    def __init__(self, *args, fiche, **kwargs):
        super().__init__(*args, **kwargs)
        self.fiche = fiche
        self.fields["indicator"].queryset = fiche.indicators.all()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("indicator") and cleaned.get("year"):
            taken = FicheIndicatorValue.objects.filter(indicator=cleaned["indicator"], year=cleaned["year"])
            if taken.exclude(pk=self.instance.pk).exists():
                self.add_error("year", "Cet indicateur a déjà une valeur pour cette année.")
        return cleaned


class FollowUpNoteForm(FicheChildForm):
    class Meta:
        model = FollowUpNote
        fields = ["date", "done", "difficulties", "next_steps"]
        widgets = {"date": DATE_INPUT, "done": TEXTAREA, "difficulties": TEXTAREA, "next_steps": TEXTAREA}


class FicheDocumentForm(FicheChildForm):
    url = forms.URLField(
        label="Lien",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Ou l'adresse d'un document en ligne, par exemple https://…",
    )

    class Meta:
        model = FicheDocument
        fields = ["title", "file", "url", "comment"]
        widgets = {"comment": TEXTAREA}

    # « A file or a link, not both » is the model's constraint: its message shows once, above the form.


class MoveFicheForm(DsfrForm):
    axe = AxeChoiceField(queryset=Axe.objects.none(), label="Nouvel axe")

    def __init__(self, *args, fiche, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["axe"].queryset = contract_axes(fiche.contract).exclude(pk=fiche.axe_id)
        self.fields["axe"].help_text = (
            "La fiche prend le numéro qui suit la dernière fiche de cet axe, et ses sous-actions la suivent ; "
            "les autres fiches gardent leur numéro."
        )


class DuplicateFicheForm(DsfrForm):
    axe = AxeChoiceField(queryset=Axe.objects.none(), label="Axe de la copie")
    number = forms.CharField(label="Numéro de la copie", max_length=20)

    def __init__(self, *args, fiche, **kwargs):
        super().__init__(*args, **kwargs)
        self.fiche = fiche
        self.fields["axe"].queryset = contract_axes(fiche.contract)

    def clean(self):
        cleaned = super().clean()
        axe, number = cleaned.get("axe"), (cleaned.get("number") or "").strip()
        if axe and number:
            probe = FicheAction(contract=self.fiche.contract, axe=axe, number=number, title="x")
            try:
                probe.full_clean(
                    exclude=["contract", "axe", "title"], validate_unique=False, validate_constraints=False
                )
            except forms.ValidationError as error:
                for message in error.message_dict.get("number", []):
                    self.add_error("number", message)
            if FicheAction.objects.filter(contract=self.fiche.contract, number=number).exists():
                self.add_error("number", NUMBER_TAKEN_MESSAGE)
        return cleaned


class BulkActionForm(DsfrForm):
    STATUS, PILOTE = "status", "pilote"

    fiches = forms.ModelMultipleChoiceField(
        queryset=FicheAction.objects.none(),
        label="Fiches",
        error_messages={
            "required": "Cochez au moins une fiche.",
            "invalid_choice": "Une des fiches cochées n'existe plus.",
            "invalid_pk_value": "Une des fiches cochées n'existe plus.",
        },
    )
    action = forms.ChoiceField(
        label="Action",
        choices=[("", "Choisir une action"), (STATUS, "Changer le statut"), (PILOTE, "Changer le pilote")],
        error_messages={"required": "Choisissez une action."},
    )
    status = forms.ChoiceField(label="Nouveau statut", choices=[("", "—")] + FicheStatus.choices, required=False)
    pilote = forms.ModelChoiceField(
        label="Nouveau pilote", queryset=get_user_model().objects.none(), required=False, empty_label="—"
    )
    remove_pilote = forms.BooleanField(
        label="Retirer le pilote des fiches cochées",
        required=False,
        help_text="Plutôt que d'en choisir un nouveau : les fiches n'auront plus de pilote.",
    )

    def __init__(self, *args, contract, **kwargs):
        # The plan page also shows the filter form, whose fields have the same names: ids must differ.
        kwargs.setdefault("auto_id", "bulk_%s")
        super().__init__(*args, **kwargs)
        self.fields["fiches"].queryset = FicheAction.objects.filter(contract=contract)
        self.fields["pilote"].queryset = eligible_pilotes(contract)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == self.STATUS and not cleaned.get("status"):
            self.add_error("status", "Choisissez le nouveau statut.")
        # Removing the pilote of several fiches is asked for in so many words, never the default of an empty list.
        if cleaned.get("action") == self.PILOTE:
            if cleaned.get("pilote") and cleaned.get("remove_pilote"):
                self.add_error("pilote", "Choisissez un nouveau pilote ou cochez « Retirer le pilote », pas les deux.")
            elif not cleaned.get("pilote") and not cleaned.get("remove_pilote"):
                self.add_error("pilote", "Choisissez le nouveau pilote, ou cochez « Retirer le pilote ».")
        return cleaned


class DefaultAxeForm(DsfrForm):
    """The axe that receives the actions of a Territoires en Transitions file that have none (import preview)."""

    default_axe = forms.CharField(
        label="Axe pour les fiches sans axe",
        max_length=300,
        help_text=(
            "Intitulé de l'axe, par exemple « Actions du plan » : un axe du plan qui porte déjà cet intitulé est "
            "repris, sinon il est créé avec le prochain numéro libre."
        ),
        error_messages={
            "required": "Nommez l'axe qui recevra les fiches sans axe.",
            "max_length": "L'intitulé de l'axe compte au plus 300 caractères.",
        },
    )

    def clean_default_axe(self):
        title = " ".join(self.cleaned_data["default_axe"].split())
        if not title:
            raise forms.ValidationError("Nommez l'axe qui recevra les fiches sans axe.")
        return title


class PlanImportForm(DsfrForm):
    file = forms.FileField(
        label="Classeur Excel (.xlsx)",
        help_text=(
            "Le modèle du portail (téléchargez le plan au format Excel pour l'obtenir) ou l'export d'un plan de "
            "Territoires en Transitions. 5 Mo au plus."
        ),
        error_messages={"required": "Choisissez le classeur à importer.", "empty": "Le fichier envoyé est vide."},
        widget=forms.FileInput(
            attrs={"accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(
                "Le fichier doit être un classeur Excel (.xlsx). Depuis Excel ou LibreOffice, choisissez "
                "« Enregistrer sous » puis le format « Classeur Excel (.xlsx) »."
            )
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(f"Le fichier pèse {upload.size / 1024 / 1024:.1f} Mo : 5 Mo au plus.")
        return upload
