from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls


@hooks.register("register_admin_urls")
def register_urls():
    return [path("", include(urls))]


@hooks.register("register_account_menu_item")
def own_factor_item(request):
    return {
        "url": reverse("staff_access_own"),
        "label": _("Logowanie dwuetapowe"),
        "help_text": _("Aplikacja uwierzytelniająca i kody zapasowe."),
    }


class AdminOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("auth.change_user")


@hooks.register("register_settings_menu_item")
def accounts_admin_item():
    return AdminOnlyMenuItem(
        _("Blokady i 2FA kont"),
        reverse("staff_access_accounts"),
        name="staff-access",
        icon_name="lock",
        order=610,
    )
