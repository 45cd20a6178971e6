"""The public catalogue of e-services: every service that accepts applications online."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .models import Service


def catalogue_index(request: HttpRequest) -> HttpResponse:
    services = Service.objects.filter(is_active=True).order_by("name")
    return render(
        request,
        "eservice_bridge/catalogue/index.html",
        {"services": services, "page_title": _("Katalog e-usług")},
    )
