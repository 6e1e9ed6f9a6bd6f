from django.urls import path

from referentials import views

app_name = "referentials"
urlpatterns = [
    path("prs/", views.prs_latest, name="prs"),
    path("prs/<str:code>/", views.prs_tree, name="prs_tree"),
    path("prs/<str:code>/<str:element_code>/", views.prs_element, name="prs_element"),
    path("territoires/", views.territory_search, name="territories"),
    path("territoires/communes/<str:code>/", views.commune_detail, name="commune"),
    path("territoires/epci/<str:siren>/", views.epci_detail, name="epci"),
    path("sources/", views.sources, name="sources"),
]
