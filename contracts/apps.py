from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "contracts"
    verbose_name = "Contrats locaux de santé"

    def ready(self):
        from contracts import perms  # noqa: F401  registers the object permissions with django-rules
