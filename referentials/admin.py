from django.contrib import admin

from cls_portal.admin import FoldedSearchMixin
from referentials.models import (
    ArsTheme,
    Commune,
    Departement,
    Epci,
    FormerCommune,
    Prs,
    PrsElement,
    PrsPriority,
    Region,
)


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Departement)
class DepartementAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "region"]
    list_filter = ["region"]
    search_fields = ["code", "name"]


@admin.register(Epci)
class EpciAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["siren", "name", "kind", "population"]
    list_filter = ["kind"]
    search_fields = ["siren", "name"]


@admin.register(Commune)
class CommuneAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["code", "name", "departement", "epci", "population"]
    list_filter = ["departement__region", "departement"]
    search_fields = ["code", "name", "epci__name"]
    list_select_related = ["departement", "epci"]
    autocomplete_fields = ["epci"]


@admin.register(FormerCommune)
class FormerCommuneAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "commune"]
    list_filter = ["kind"]
    search_fields = ["code", "name", "commune__name"]
    list_select_related = ["commune"]
    autocomplete_fields = ["commune"]


@admin.register(Prs)
class PrsAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "region", "start_year", "end_year"]
    list_filter = ["region"]
    search_fields = ["code", "title"]


@admin.register(PrsElement)
class PrsElementAdmin(admin.ModelAdmin):
    list_display = ["code", "level", "title", "prs"]
    list_filter = ["prs", "level"]
    search_fields = ["code", "title", "context"]
    list_select_related = ["prs"]
    raw_id_fields = ["parent"]


@admin.register(ArsTheme, PrsPriority)
class ReferenceListAdmin(admin.ModelAdmin):
    list_display = ["label", "code", "position"]
    search_fields = ["label", "code"]
