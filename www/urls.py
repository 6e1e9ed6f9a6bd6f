from django.urls import path

from www import views

# Pages of the `contracts:` namespace that combine the contract with its plan (assembled in cls_portal/urls.py).
contract_patterns = [
    path("<slug:slug>/", views.contract_detail, name="detail"),
    path("<slug:slug>/renouveler/", views.contract_renew, name="renew"),
    path("<slug:slug>/tableau-de-bord/", views.contract_dashboard, name="dashboard"),
    path("<slug:slug>/communes/<str:insee>/", views.commune_dashboard, name="commune_dashboard"),
]
