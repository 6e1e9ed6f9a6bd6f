from django.urls import path

from documents.views import articles, renderings

app_name = "documents"

urlpatterns = [
    path("contrats/<slug:slug>/apercu/", articles.contract_preview, name="contract_preview"),
    path("contrats/<slug:slug>/", renderings.document_list, name="list"),
    path("contrats/<slug:slug>/versions/", renderings.versions, name="versions"),
    path("contrats/<slug:slug>/generer/", renderings.request_document, name="request"),
    path("contrats/<slug:slug>/fiches/generer/", renderings.request_selection, name="request_selection"),
    path("contrats/<slug:slug>/fiches/<str:number>/generer/", renderings.request_fiche, name="request_fiche"),
    path("contrats/<slug:slug>/versions/<int:pk>/telecharger/", renderings.download, name="download"),
    path("contrats/<slug:slug>/versions/<int:pk>/relancer/", renderings.retry, name="retry"),
    path("contrats/<slug:slug>/versions/<int:pk>/scan-signe/", renderings.signed_scan_upload, name="signed_scan"),
    path(
        "contrats/<slug:slug>/versions/<int:pk>/scan-signe/telecharger/",
        renderings.signed_scan_download,
        name="signed_scan_download",
    ),
    path("contrats/<slug:slug>/versions/<int:pk>/signature/", renderings.sign, name="sign"),
    path("modeles-articles/", articles.template_list, name="article_templates"),
    path(
        "modeles-articles/<str:scope_kind>/<str:code>/nouveau/",
        articles.template_create,
        name="article_template_create",
    ),
    path(
        "modeles-articles/<str:scope_kind>/<str:code>/<slug:key>/",
        articles.template_edit,
        name="article_template_edit",
    ),
    path("modeles-articles/<int:pk>/supprimer/", articles.template_delete, name="article_template_delete"),
]
