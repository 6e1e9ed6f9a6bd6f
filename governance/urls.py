from django.urls import path

from governance.views import instances

app_name = "governance"
urlpatterns = [
    path("", instances.index, name="index"),
    path("instances/nouvelle/", instances.territorial_instance_create, name="territorial_instance_create"),
    path("instances/<int:pk>/", instances.instance_detail, name="instance"),
    path("instances/<int:pk>/modifier/", instances.instance_edit, name="instance_edit"),
    path("instances/<int:pk>/membres/ajouter/", instances.member_add, name="member_add"),
    path("instances/<int:pk>/membres/<int:member_pk>/modifier/", instances.member_edit, name="member_edit"),
    path("instances/<int:pk>/membres/<int:member_pk>/retirer/", instances.member_remove, name="member_remove"),
    path("contrats/<slug:slug>/instances/nouvelle/", instances.instance_create, name="instance_create"),
    path("contrats/<slug:slug>/contacts/", instances.contacts, name="contacts"),
    path("contrats/<slug:slug>/contacts.xlsx", instances.contacts_export, {"extension": "xlsx"}, name="contacts_xlsx"),
    path("contrats/<slug:slug>/contacts.csv", instances.contacts_export, {"extension": "csv"}, name="contacts_csv"),
]
