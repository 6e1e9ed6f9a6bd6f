from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Gouvernance"

    def ready(self):
        from governance import perms  # noqa: F401  registers the object permissions with django-rules
