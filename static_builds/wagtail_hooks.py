"""Admin wiring: the "Publikacja stron" menu item and its views."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import views

urlpatterns = [
    path("", views.status_index, name="status"),
    path("<str:hostname>/przebuduj/", views.rebuild, name="rebuild"),
    path("<str:hostname>/przywroc/", views.rollback, name="rollback"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("publikacja-stron/", include((urlpatterns, "static_builds")))]


class BuildStatusMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        user = request.user
        return user.is_superuser or PagePermissionPolicy().user_has_any_permission(
            user, views.EDIT_ACTIONS
        )


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return BuildStatusMenuItem(
        _("Publikacja stron"),
        reverse("static_builds:status"),
        name="static-builds",
        icon_name="globe",
        order=850,
    )
