from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from actions.models import (
    Axe,
    BudgetLine,
    FicheAction,
    FicheDocument,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    PlanImport,
    SubAction,
    TargetPublic,
)


@admin.register(TargetPublic)
class TargetPublicAdmin(admin.ModelAdmin):
    list_display = ["code", "label", "position"]
    search_fields = ["code"]


@admin.register(Axe)
class AxeAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "contract", "parent", "avenant"]
    list_filter = ["contract__departement", "contract"]
    search_fields = ["number", "title", "contract__name"]
    list_select_related = ["contract", "parent", "avenant"]
    raw_id_fields = ["contract", "parent", "avenant"]


class SubActionInline(admin.TabularInline):
    model = SubAction
    extra = 0


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0


class IndicatorInline(admin.TabularInline):
    model = FicheIndicator
    extra = 0


@admin.register(FicheAction)
class FicheActionAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "contract", "status", "progress", "priority", "porteur", "is_demo_content"]
    list_filter = [
        "status",
        "priority",
        "modality",
        "is_demo_content",
        "ars_theme",
        "contract__departement",
        "contract",
    ]
    search_fields = ["number", "title", "contract__name", "pilote_name", "porteur__name"]
    list_select_related = ["contract", "porteur"]
    raw_id_fields = ["contract", "axe", "porteur", "pilote", "avenant"]
    filter_horizontal = ["target_publics", "partners", "prs_priorities"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [SubActionInline, BudgetLineInline, IndicatorInline]


@admin.register(SubAction)
class SubActionAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "fiche", "status"]
    list_filter = ["status", "fiche__contract"]
    search_fields = ["number", "title", "fiche__title"]
    raw_id_fields = ["fiche"]


@admin.register(BudgetLine)
class BudgetLineAdmin(SimpleHistoryAdmin):
    list_display = ["fiche", "year", "funder", "funder_label", "kind", "planned_amount", "actual_amount"]
    list_filter = ["funder", "kind", "year", "fiche__contract"]
    search_fields = ["fiche__number", "fiche__title", "funder_label"]
    raw_id_fields = ["fiche"]


class IndicatorValueInline(admin.TabularInline):
    model = FicheIndicatorValue
    extra = 0


@admin.register(FicheIndicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "fiche", "kind", "unit", "target"]
    list_filter = ["kind", "fiche__contract"]
    search_fields = ["name", "fiche__number", "fiche__title"]
    raw_id_fields = ["fiche"]
    inlines = [IndicatorValueInline]


@admin.register(FicheIndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "year", "value"]
    list_filter = ["year", "indicator__fiche__contract"]
    search_fields = ["indicator__name", "indicator__fiche__number"]
    raw_id_fields = ["indicator"]


@admin.register(FollowUpNote)
class FollowUpNoteAdmin(admin.ModelAdmin):
    list_display = ["fiche", "date", "author"]
    list_filter = ["date", "fiche__contract"]
    search_fields = ["fiche__number", "fiche__title", "done", "difficulties", "next_steps"]
    raw_id_fields = ["fiche", "author"]


@admin.register(FicheDocument)
class FicheDocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "fiche", "uploaded_by", "uploaded_at"]
    list_filter = ["fiche__contract"]
    search_fields = ["title", "comment", "fiche__number", "fiche__title"]
    raw_id_fields = ["fiche", "uploaded_by"]


@admin.register(PlanImport)
class PlanImportAdmin(admin.ModelAdmin):
    """The log of Excel imports; the workbooks themselves stay out of the form."""

    list_display = ["filename", "contract", "source", "uploaded_by", "uploaded_at", "applied_at"]
    list_filter = ["source", "contract__departement"]
    search_fields = ["filename", "contract__name", "summary"]
    list_select_related = ["contract", "uploaded_by"]
    exclude = ["content"]
    readonly_fields = ["contract", "filename", "source", "fingerprint", "summary", "uploaded_by", "uploaded_at",
                       "applied_at"]  # fmt: skip

    def has_add_permission(self, request):
        return False
