from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """What users take away: the contract and its avenants for signature, fiches, reports, committee papers."""

    name = "documents"
    verbose_name = "Documents"

    def ready(self):
        from documents import perms  # noqa: F401  registers the object permissions with django-rules
