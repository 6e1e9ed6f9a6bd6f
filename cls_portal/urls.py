from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

import contracts.urls
import www.urls
from cls_portal import security, views
from cls_portal.forms import (
    DsfrPasswordChangeForm,
    DsfrPasswordResetForm,
    DsfrSetPasswordForm,
    EmailAuthenticationForm,
)
from contracts import views as contracts_views
from www import views as www_views

admin.site.site_header = "Portail CLS — administration"
admin.site.site_title = "Portail CLS"
admin.site.index_title = "Administration"

auth_patterns = [
    path(
        "connexion/",
        auth_views.LoginView.as_view(authentication_form=EmailAuthenticationForm, redirect_authenticated_user=True),
        name="login",
    ),
    path("deconnexion/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "mot-de-passe/oubli/",
        security.ThrottledPasswordResetView.as_view(form_class=DsfrPasswordResetForm),
        name="password_reset",
    ),
    path("mot-de-passe/oubli/envoye/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "mot-de-passe/nouveau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(form_class=DsfrSetPasswordForm),
        name="password_reset_confirm",
    ),
    path("mot-de-passe/nouveau/fait/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path(
        "mon-compte/mot-de-passe/",
        auth_views.PasswordChangeView.as_view(form_class=DsfrPasswordChangeForm),
        name="password_change",
    ),
    path("mon-compte/mot-de-passe/modifie/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]

urlpatterns = [
    path("", www_views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("mon-compte/", www_views.account, name="account"),
    path("vue-ensemble/", www_views.ars_overview, name="ars_overview"),
    path("fiches-par-objectif/<str:code>/<str:element_code>/", www_views.prs_objective, name="prs_objective"),
    path("compte/", include(auth_patterns)),
    path("compte/invitation/<str:token>/", contracts_views.invitation, name="invitation"),
    path("contrats/", include((contracts.urls.urlpatterns + www.urls.contract_patterns, "contracts"))),
    path("plans/", include("actions.urls")),
    path("gouvernance/", include("governance.urls")),
    path("diagnostics/", include("diagnostics.urls")),
    path("documents/", include("documents.urls")),
    path("referentiels/", include("referentials.urls")),
    path("administration/", include("administration.urls")),
    path("mentions-legales/", views.legal_notice, name="legal_notice"),
    path("donnees-personnelles/", views.personal_data, name="personal_data"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("plan-du-site/", views.sitemap, name="sitemap"),
    path("admin/", admin.site.urls),
]

handler403 = "cls_portal.views.permission_denied"
handler404 = "cls_portal.views.page_not_found"
handler500 = "cls_portal.views.server_error"
