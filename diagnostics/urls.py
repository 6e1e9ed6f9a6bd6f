from django.urls import path

from diagnostics.views import comparison, diagnostic, indicators

app_name = "diagnostics"
urlpatterns = [
    path("indicateurs/", indicators.catalogue, name="catalogue"),
    path("imports/nouveau/", indicators.import_upload, name="import_upload"),
    path("imports/<int:pk>/correspondance/", indicators.import_mapping, name="import_mapping"),
    path("imports/<int:pk>/confirmer/", indicators.import_confirm, name="import_confirm"),
    path("imports/<int:pk>/", indicators.import_detail, name="import_detail"),
    path("<slug:slug>/comparaison/", comparison.comparison_page, name="comparison"),
    path("<slug:slug>/comparaison.xlsx", comparison.comparison_export, {"extension": "xlsx"}, name="comparison_xlsx"),
    path("<slug:slug>/comparaison.csv", comparison.comparison_export, {"extension": "csv"}, name="comparison_csv"),
    path("<slug:slug>/", diagnostic.diagnostic_list, name="list"),
    path("<slug:slug>/nouveau/", diagnostic.diagnostic_create, name="create"),
    path("<slug:slug>/<int:pk>/", diagnostic.diagnostic_detail, name="diagnostic"),
    path("<slug:slug>/<int:pk>/imprimer/", diagnostic.diagnostic_detail, name="print"),
    path("<slug:slug>/<int:pk>/export.xlsx", diagnostic.diagnostic_export, name="export"),
    path("<slug:slug>/<int:pk>/modifier/", diagnostic.diagnostic_edit, name="edit"),
    path("<slug:slug>/<int:pk>/indicateurs/", diagnostic.indicators_edit, name="indicators"),
    path("<slug:slug>/<int:pk>/indicateurs/<int:item_pk>/", diagnostic.indicator_comment, name="indicator_comment"),
    path("<slug:slug>/<int:pk>/demarches/nouvelle/", diagnostic.work_form, name="work_create"),
    path("<slug:slug>/<int:pk>/demarches/<int:work_pk>/", diagnostic.work_form, name="work_edit"),
    path("<slug:slug>/<int:pk>/enjeux/nouveau/", diagnostic.priority_form, name="priority_create"),
    path("<slug:slug>/<int:pk>/enjeux/<int:priority_pk>/", diagnostic.priority_form, name="priority_edit"),
    path("<slug:slug>/<int:pk>/<str:kind>/<int:child_pk>/supprimer/", diagnostic.child_delete, name="child_delete"),
    path("<slug:slug>/<int:pk>/etape/<str:move>/", diagnostic.transition, name="transition"),
]
