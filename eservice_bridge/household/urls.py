"""Public URLs of the household app under /e-uslugi/profil/ (names join the eservices namespace)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.profile, name="profile"),
    path("dzieci/dodaj/", views.member_add, name="household-add"),
    path("dzieci/<uuid:member_id>/", views.member_edit, name="household-edit"),
    path("dzieci/<uuid:member_id>/usun/", views.member_remove, name="household-remove"),
]
