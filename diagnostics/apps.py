from django.apps import AppConfig


class DiagnosticsConfig(AppConfig):
    name = "diagnostics"
    verbose_name = "Diagnostic territorial"

    def ready(self):
        from actions import fiche_sections, plan_notices
        from diagnostics.traceability import fiche_priorities
        from diagnostics.traceability import plan_notices as diagnostic_notices

        # The plan page points out the priorities nothing answers and the fiches no priority justifies; the fiche
        # page says which priorities the fiche answers.
        plan_notices.register(diagnostic_notices)
        fiche_sections.register(fiche_priorities)
