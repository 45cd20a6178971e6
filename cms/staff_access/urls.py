from django.urls import path

from . import views

urlpatterns = [
    path("dwuetapowe/weryfikacja/", views.verify, name="staff_access_verify"),
    path("dwuetapowe/konfiguracja/", views.setup, name="staff_access_setup"),
    path("dwuetapowe/", views.own_factor, name="staff_access_own"),
    path("bezpieczenstwo-kont/", views.accounts_admin, name="staff_access_accounts"),
    path("bezpieczenstwo-kont/odblokuj/", views.unlock, name="staff_access_unlock"),
    path("bezpieczenstwo-kont/reset-2fa/", views.reset_factor, name="staff_access_reset_factor"),
]
