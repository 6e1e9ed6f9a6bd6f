from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """What users take away: the contract and its avenants for signature, fiches, reports, committee papers."""

    name = "documents"
    verbose_name = "Documents"
