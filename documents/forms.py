from django import forms

from cls_portal.forms import DsfrForm, DsfrModelForm
from documents.models import ArticleTemplate, SignedScan


class ArticleTemplateForm(DsfrModelForm):
    class Meta:
        model = ArticleTemplate
        fields = ["kind", "heading", "body", "position", "active"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18})}


class NewArticleForm(DsfrForm):
    key = forms.SlugField(
        label="Identifiant du nouvel article",
        max_length=40,
        help_text="En minuscules et tirets, par exemple « sante-environnementale ».",
    )


class PreviewContractForm(DsfrForm):
    contract = forms.ModelChoiceField(
        label="Contrat dont les données illustrent le texte", queryset=None, required=False, empty_label="—"
    )

    def __init__(self, *args, contracts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contract"].queryset = contracts


class SignedScanForm(DsfrModelForm):
    """The signed scan: a PDF by its content, under the size limit (the model field's validators)."""

    class Meta:
        model = SignedScan
        fields = ["file"]
