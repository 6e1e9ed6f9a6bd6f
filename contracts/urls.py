from django.urls import path

from contracts import views

app_name = "contracts"
urlpatterns = [
    path("", views.contract_list, name="list"),
    path("<slug:slug>/", views.contract_detail, name="detail"),
]
