from django.apps import AppConfig


class ClsPortalConfig(AppConfig):
    name = "cls_portal"
    verbose_name = "Comptes et habilitations"

    def ready(self):
        from cls_portal import perms  # noqa: F401  registers the object permissions with django-rules
