from cls_portal.forms import DsfrModelForm
from documents.models import SignedScan


class SignedScanForm(DsfrModelForm):
    """The signed scan: a PDF by its content, under the size limit (the model field's validators)."""

    class Meta:
        model = SignedScan
        fields = ["file"]
