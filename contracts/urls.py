from django.urls import path

from contracts import views

# The contract page and its renewal (www.urls.contract_patterns) join this namespace in cls_portal/urls.py.
app_name = "contracts"
urlpatterns = [
    path("", views.contract_list, name="list"),
    path("nouveau/", views.contract_create, name="create"),
    path("<slug:slug>/modifier/", views.contract_edit, name="edit"),
    path("<slug:slug>/cycle-de-vie/<str:action>/", views.contract_transition, name="transition"),
    path("<slug:slug>/parties/ajouter/", views.party_create, name="party_create"),
    path("<slug:slug>/parties/<int:pk>/modifier/", views.party_edit, name="party_edit"),
    path("<slug:slug>/parties/<int:pk>/retirer/", views.party_delete, name="party_delete"),
    path("<slug:slug>/avenants/ajouter/", views.avenant_create, name="avenant_create"),
    path("<slug:slug>/habilitations/", views.memberships, name="memberships"),
    path("<slug:slug>/habilitations/<int:pk>/retirer/", views.membership_delete, name="membership_delete"),
    path("<slug:slug>/invitations/<int:pk>/renvoyer/", views.invitation_resend, name="invitation_resend"),
    path("<slug:slug>/invitations/<int:pk>/revoquer/", views.invitation_revoke, name="invitation_revoke"),
]
