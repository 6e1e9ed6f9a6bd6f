from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demonstration data (`manage.py load_demo`), built through the domain functions: never on real data."""

    name = "demo"
    verbose_name = "Démonstration"
