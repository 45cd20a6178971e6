"""/api/v1/: the public read-only API (docs/open-data.md)."""

from django.urls import path, re_path

from . import views

app_name = "open_data_api"

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", views.openapi_document, name="openapi"),
    path("docs/", views.documentation, name="docs"),
    path("units/", views.resource, {"name": "units"}, name="units"),
    path("news/", views.resource, {"name": "news"}, name="news"),
    path("events/", views.resource, {"name": "events"}, name="events"),
    path("datasets/", views.datasets, name="datasets"),
    re_path(r"^datasets/(?P<slug>[a-z0-9-]{1,60})/$", views.dataset_rows, name="dataset"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
