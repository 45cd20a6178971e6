"""Public URLs of the notices app (names join the eservices namespace)."""

from django.urls import path

from . import views

urlpatterns = [
    path("rezygnacja/<str:token>/", views.unsubscribe, name="notice-unsubscribe"),
    path("<uuid:notice_id>/", views.notice_detail, name="notice"),
]
