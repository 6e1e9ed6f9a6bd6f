from django.apps import AppConfig


class DiagnosticsConfig(AppConfig):
    name = "diagnostics"
    verbose_name = "Diagnostic territorial"

    def ready(self):
        from actions import plan_notices
        from diagnostics.traceability import plan_notices as diagnostic_notices

        # The plan page points out the priorities nothing answers and the fiches no priority justifies.
        plan_notices.register(diagnostic_notices)
