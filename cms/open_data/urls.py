"""/dane/: dataset downloads and the harvester catalogues."""

from django.urls import path, re_path

from . import views

app_name = "open_data"

urlpatterns = [
    path("", views.index, name="index"),
    re_path(r"^katalog\.(?P<extension>xml|ttl|jsonld)$", views.catalogue, name="catalogue"),
    re_path(
        r"^(?P<slug>[a-z0-9-]{1,36})\.(?P<extension>csv|json|xlsx|schema\.json)$",
        views.download,
        name="download",
    ),
]
