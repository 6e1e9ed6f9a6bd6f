from django.apps import AppConfig


class ClsPortalConfig(AppConfig):
    name = "cls_portal"
    verbose_name = "Comptes et habilitations"

    def ready(self):
        # perms registers the object permissions with django-rules; middleware stamps a session's activity at login.
        from cls_portal import middleware, perms  # noqa: F401
