from django.urls import path

from . import views

app_name = "eservices_indicators"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("csv/", views.export_csv, name="csv"),
]
