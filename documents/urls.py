from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("<slug:slug>/", views.document_list, name="list"),
    path("<slug:slug>/versions/", views.versions, name="versions"),
    path("<slug:slug>/generer/", views.request_document, name="request"),
    path("<slug:slug>/fiches/generer/", views.request_selection, name="request_selection"),
    path("<slug:slug>/fiches/<str:number>/generer/", views.request_fiche, name="request_fiche"),
    path("<slug:slug>/versions/<int:pk>/telecharger/", views.download, name="download"),
    path("<slug:slug>/versions/<int:pk>/relancer/", views.retry, name="retry"),
    path("<slug:slug>/versions/<int:pk>/scan-signe/", views.signed_scan_upload, name="signed_scan"),
    path(
        "<slug:slug>/versions/<int:pk>/scan-signe/telecharger/",
        views.signed_scan_download,
        name="signed_scan_download",
    ),
    path("<slug:slug>/versions/<int:pk>/signature/", views.sign, name="sign"),
]
