"""Wagtail admin: the service catalogue (snippets), case handling and the audit trail."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .catalogue.models import Service
from .handling import urls as handling_urls
from .handling.access import handles_cases


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "form"
    menu_label = _("Katalog e-usług")
    menu_name = "eservices-catalogue"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "slug", "handler", "is_active"]
    list_filter = ["handler", "is_active"]
    search_fields = ["name", "description"]


register_snippet(ServiceViewSet)


@hooks.register("register_admin_urls")
def register_case_urls():
    return [path("e-uslugi/sprawy/", include(handling_urls, namespace="eservices_admin"))]


class CasesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return handles_cases(request.user)


@hooks.register("register_admin_menu_item")
def register_cases_menu_item():
    return CasesMenuItem(
        _("Sprawy e-usług"), reverse("eservices_admin:index"), icon_name="mail", order=300
    )


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return CasesMenuItem(
        _("Dziennik e-usług"), reverse("eservices_admin:audit"), icon_name="history", order=305
    )
