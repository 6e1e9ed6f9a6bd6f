from django.contrib import admin

from diagnostics.models import Diagnostic, IndicatorImport, IndicatorValue, TerritorialIndicator


@admin.register(TerritorialIndicator)
class TerritorialIndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "label", "theme", "source", "aggregation", "polarity"]
    list_filter = ["theme", "source", "aggregation"]
    search_fields = ["code", "label"]


@admin.register(IndicatorImport)
class IndicatorImportAdmin(admin.ModelAdmin):
    """The record of the files imported: read only (values change through imports, not here)."""

    list_display = ["filename", "source", "uploaded_by", "applied_at", "is_demo", "summary"]
    list_filter = ["source", "is_demo"]
    search_fields = ["filename", "sha256"]
    exclude = ["content"]
    list_select_related = ["uploaded_by"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(IndicatorValue)
class IndicatorValueAdmin(admin.ModelAdmin):
    list_display = ["indicator", "level", "territory_code", "year", "status", "value", "is_demo"]
    list_filter = ["level", "status", "is_demo", "indicator"]
    search_fields = ["territory_code"]
    list_select_related = ["indicator"]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Diagnostic)
class DiagnosticAdmin(admin.ModelAdmin):
    list_display = ["title", "contract", "kind", "made_on", "status"]
    list_filter = ["status", "kind"]
    search_fields = ["title", "contract__name"]
    readonly_fields = ["status"]
    list_select_related = ["contract"]
