"""Admin menu item and URLs of the department's e-service indicators."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.units.staff import is_department_staff

from . import urls


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [path("e-uslugi/wskazniki/", include(urls, namespace="eservices_indicators"))]


class DepartmentMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_department_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_indicators_menu_item():
    return DepartmentMenuItem(
        _("Wskaźniki e-usług"),
        reverse("eservices_indicators:dashboard"),
        icon_name="table",
        order=306,
    )
