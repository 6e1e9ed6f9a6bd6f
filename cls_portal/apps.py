from django.apps import AppConfig


class ClsPortalConfig(AppConfig):
    name = "cls_portal"
    verbose_name = "Comptes"

    def ready(self):
        from cls_portal import legal  # noqa: F401  registers the deployment check of the legal pages
