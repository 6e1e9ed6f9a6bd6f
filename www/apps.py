from django.apps import AppConfig


class WwwConfig(AppConfig):
    """Pages that combine several apps (home, the contract page, dashboards): the top of the stack."""

    name = "www"
    verbose_name = "Pages"
