from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("contrats/<slug:slug>/apercu/", views.contract_preview, name="contract_preview"),
    path("modeles-articles/", views.template_list, name="article_templates"),
    path(
        "modeles-articles/<str:scope_kind>/<str:code>/nouveau/",
        views.template_create,
        name="article_template_create",
    ),
    path(
        "modeles-articles/<str:scope_kind>/<str:code>/<slug:key>/",
        views.template_edit,
        name="article_template_edit",
    ),
    path("modeles-articles/<int:pk>/supprimer/", views.template_delete, name="article_template_delete"),
]
