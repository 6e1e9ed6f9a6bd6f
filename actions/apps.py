from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "actions"
    verbose_name = "Plans d'action et fiches-action"

    def ready(self):
        from actions import perms  # noqa: F401  registers the object permissions with django-rules
