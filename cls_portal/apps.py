from django.apps import AppConfig


class ClsPortalConfig(AppConfig):
    name = "cls_portal"
    verbose_name = "Comptes"
