"""Forms of the diagnostic: upload and column mapping of an indicator file, the diagnostic and its parts."""

from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from dsfr.utils import dsfr_input_class_attr

from actions.models import Axe, FicheAction
from cls_portal.forms import DsfrForm, DsfrModelForm
from cls_portal.widgets import ChoiceList
from diagnostics.enums import Source
from diagnostics.importing import mapping as m
from diagnostics.importing.reading import MAX_UPLOAD_SIZE
from diagnostics.lifecycle import ACTION_LABELS
from diagnostics.models import Diagnostic, DiagnosticIndicator, Priority, QualitativeWork, TerritorialIndicator

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class IndicatorUploadForm(DsfrForm):
    file = forms.FileField(
        label="Fichier de valeurs",
        help_text="CSV (séparateur « ; » ou « , », UTF-8 ou Windows-1252) ou classeur Excel (.xlsx), 50 Mo au plus. "
        "Les lignes de notes au-dessus de l'en-tête et sous les données sont ignorées.",
        error_messages={"required": "Choisissez le fichier à importer.", "empty": "Le fichier est vide."},
    )
    source = forms.ChoiceField(
        label="Producteur des données",
        choices=[("", "Sélectionner une option"), *Source.choices],
        help_text="La correspondance des colonnes de votre dernier fichier de ce producteur vous sera proposée.",
        error_messages={"required": "Indiquez qui a produit ces données."},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in (".csv", ".xlsx", ".txt"):
            raise ValidationError("Le fichier doit être un CSV (.csv) ou un classeur Excel (.xlsx).")
        if upload.size > MAX_UPLOAD_SIZE:
            raise ValidationError(
                f"Le fichier pèse {upload.size / 1024 / 1024:.0f} Mo : la taille maximale est de "
                f"{MAX_UPLOAD_SIZE // 1024 // 1024} Mo."
            )
        return upload


def role_choices(indicators):
    general = [(role, label) for role, label in m.ROLE_LABELS.items()]
    grouped = [("Colonnes générales", general)]
    for indicator in indicators:
        options = [(m.ColumnRole(m.VALUE, indicator.code).key(), f"Valeur de « {indicator.label} »")]
        if indicator.is_ratio:
            options += [
                (m.ColumnRole(m.NUMERATOR, indicator.code).key(), f"Numérateur de « {indicator.label} »"),
                (m.ColumnRole(m.DENOMINATOR, indicator.code).key(), f"Dénominateur de « {indicator.label} »"),
            ]
        grouped.append((indicator.label, options))
    return grouped


class ColumnMappingForm(DsfrForm):
    """One role (and for a value column, a year) per column of the file."""

    def __init__(self, *args, headers, samples, roles, indicators, **kwargs):
        super().__init__(*args, **kwargs)
        self.headers = headers
        choices = role_choices(indicators)
        for index, header in enumerate(headers):
            role = roles[index]
            initial = m.ColumnRole(role.role, role.indicator).key()
            examples = " ; ".join(value for value in samples[index] if value) or "cellules vides"
            self.fields[f"role_{index}"] = forms.ChoiceField(
                label=f"Colonne {index + 1} « {header} »",
                choices=choices,
                initial=initial,
                help_text=f"Premières valeurs : {examples[:120]}",
            )
            self.fields[f"year_{index}"] = forms.IntegerField(
                label=f"Année de la colonne {index + 1}",
                required=False,
                initial=role.year,
                min_value=1900,
                max_value=2100,
                help_text="Pour une colonne de valeurs d'une seule année.",
                error_messages={"invalid": "Écrivez l'année en quatre chiffres, par exemple 2021."},
            )
        # These fields come after DsfrForm's __init__ gave its fields the DSFR classes: give them theirs.
        for name in self.fields:
            dsfr_input_class_attr(self[name])
        self._bound_fields_cache.clear()

    def column_fields(self):
        return [(header, self[f"role_{i}"], self[f"year_{i}"]) for i, header in enumerate(self.headers)]

    def roles(self) -> list:
        roles = []
        for index in range(len(self.headers)):
            role = m.ColumnRole.parse(self.cleaned_data[f"role_{index}"])
            year = self.cleaned_data.get(f"year_{index}")
            if role.is_measure and year:
                role = m.ColumnRole(role.role, role.indicator, year)
            roles.append(role)
        return roles

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        problems = m.check_mapping(self.headers, self.roles())
        for problem in problems:
            self.add_error(None, problem)
        return cleaned


class DiagnosticForm(DsfrModelForm):
    class Meta:
        model = Diagnostic
        fields = ["kind", "title", "made_on", "author_detail", "reference_year", "summary"]
        widgets = {"made_on": DATE_WIDGET, "summary": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "title": {"required": "Donnez un titre au diagnostic."},
            "made_on": {"required": "Indiquez la date du diagnostic.", "invalid": "Date invalide."},
        }


class DiagnosticIndicatorsForm(DsfrForm):
    indicators = forms.ModelMultipleChoiceField(
        label="Indicateurs retenus",
        queryset=TerritorialIndicator.objects.none(),
        required=False,
        widget=ChoiceList,
        help_text="Les indicateurs que le diagnostic commente. Retirer un indicateur retire aussi son commentaire.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicators"].queryset = TerritorialIndicator.objects.in_catalogue_order()


class IndicatorCommentForm(DsfrModelForm):
    class Meta:
        model = DiagnosticIndicator
        fields = ["comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
        labels = {"comment": "Ce que le diagnostic en retient"}


class QualitativeWorkForm(DsfrModelForm):
    class Meta:
        model = QualitativeWork
        fields = ["kind", "title", "start_date", "end_date", "participants", "participant_count", "synthesis"]
        widgets = {
            "start_date": DATE_WIDGET,
            "end_date": DATE_WIDGET,
            "participants": forms.Textarea(attrs={"rows": 3}),
            "synthesis": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {"title": {"required": "Donnez un intitulé à la démarche."}}


class PriorityForm(DsfrModelForm):
    class Meta:
        model = Priority
        fields = ["number", "title", "justification", "indicators", "axes", "fiches"]
        widgets = {
            "justification": forms.Textarea(attrs={"rows": 5}),
            "indicators": ChoiceList,
            "axes": ChoiceList,
            "fiches": ChoiceList,
        }
        error_messages = {
            "number": {"required": "Numérotez l'enjeu."},
            "title": {"required": "Donnez un intitulé à l'enjeu."},
            "justification": {"required": "Dites ce qui, dans le diagnostic, fonde cet enjeu."},
        }

    def __init__(self, *args, diagnostic, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.diagnostic = diagnostic
        self.fields["indicators"].queryset = diagnostic.indicators.select_related("indicator")
        self.fields["indicators"].label_from_instance = lambda item: item.indicator.label
        self.fields["indicators"].help_text = "Parmi les indicateurs retenus par le diagnostic."
        self.fields["axes"].queryset = Axe.objects.filter(contract=diagnostic.contract).order_by("position", "number")
        self.fields["fiches"].queryset = FicheAction.objects.filter(contract=diagnostic.contract).order_by("number")
        self.fields["fiches"].label_from_instance = lambda fiche: f"{fiche.number} {fiche.title}"
        self.fields["axes"].help_text = "Les fiches de ces axes répondent à l'enjeu."
        self.fields["fiches"].help_text = "Des fiches précises, quand l'axe entier ne répond pas à l'enjeu."
        if not self.instance.pk:
            self.initial.setdefault(
                "number", (diagnostic.priorities.order_by("-number").first() or Priority(number=0)).number + 1
            )

    def clean_number(self):
        number = self.cleaned_data["number"]
        taken = Priority.objects.filter(diagnostic=self.instance.diagnostic, number=number).exclude(
            pk=self.instance.pk
        )
        if taken.exists():
            raise ValidationError("Un enjeu porte déjà ce numéro dans ce diagnostic.")
        return number


class TransitionForm(DsfrForm):
    on = forms.DateField(
        label="Date",
        required=False,
        widget=DATE_WIDGET,
        error_messages={"invalid": "Date invalide."},
    )
    comment = forms.CharField(label="Commentaire", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, target, **kwargs):
        super().__init__(*args, **kwargs)
        self.submit_label = ACTION_LABELS[target]
