from django.urls import path

from administration.views import activity, home, organisations, people

app_name = "administration"

urlpatterns = [
    path("", home.index, name="index"),
    path("organisations/", organisations.organisation_list, name="organisations"),
    path("organisations/nouvelle/", organisations.organisation_create, name="organisation_create"),
    path("organisations/<int:pk>/", organisations.organisation_detail, name="organisation"),
    path("organisations/<int:pk>/modifier/", organisations.organisation_edit, name="organisation_edit"),
    path("organisations/<int:pk>/fusionner/", organisations.organisation_merge_search, name="organisation_merge"),
    path(
        "organisations/<int:pk>/fusionner/<int:duplicate_pk>/",
        organisations.organisation_merge,
        name="organisation_merge_preview",
    ),
    path("organisations/<int:pk>/archiver/", organisations.organisation_archive, name="organisation_archive"),
    path("organisations/<int:pk>/desarchiver/", organisations.organisation_restore, name="organisation_restore"),
    path("organisations/<int:pk>/supprimer/", organisations.organisation_delete, name="organisation_delete"),
    path("personnes/", people.person_list, name="people"),
    path("personnes/<int:pk>/desactiver/", people.person_deactivate, name="person_deactivate"),
    path("personnes/<int:pk>/reactiver/", people.person_reactivate, name="person_reactivate"),
    path("journal/", activity.activity_log, name="activity"),
]
