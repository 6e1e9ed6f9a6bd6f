from django.apps import AppConfig


class ClsPortalConfig(AppConfig):
    name = "cls_portal"
    verbose_name = "Comptes"

    def ready(self):
        # legal registers the deployment check of the legal pages; middleware stamps a session's activity at login.
        from cls_portal import legal, middleware  # noqa: F401
