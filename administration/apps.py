from django.apps import AppConfig


class AdministrationConfig(AppConfig):
    """The administration section of ARS animators (and superusers): organisations, people and their habilitations,
    the activity log, scoped to their départements. Top of the stack, beside `www`."""

    name = "administration"
    verbose_name = "Administration"
