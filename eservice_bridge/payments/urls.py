"""Public URLs of the payments app (names join the eservices namespace)."""

from django.urls import path

from . import views
from .sandbox import views as sandbox_views

urlpatterns = [
    path("<uuid:case_id>/rozpocznij/", views.start_payment, name="payment-start"),
    path("<uuid:payment_id>/powrot/", views.payment_return, name="payment-return"),
    path("powiadomienia/<slug:provider>/", views.notification, name="payment-notify"),
    path("sandbox/<str:reference>/", sandbox_views.sandbox_page, name="payment-sandbox"),
]
