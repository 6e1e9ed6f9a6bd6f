from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Gouvernance"

    def ready(self):
        from actions import fiche_sections
        from governance import perms  # noqa: F401  registers the object permissions with django-rules
        from governance.overview import fiche_decisions

        # The fiche page lists the decisions taken about the fiche.
        fiche_sections.register(fiche_decisions)
