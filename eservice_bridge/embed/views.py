"""The embed script and the compact service widget shown in an iframe on static pages."""

from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control

from eservice_bridge import clock
from eservice_bridge.applications import rules
from eservice_bridge.catalogue.models import Service

from .framing import allow_portal_framing

SCRIPT = Path(__file__).resolve().parent / "embed.js"


@cache_control(public=True, max_age=300)
def embed_script(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        SCRIPT.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@allow_portal_framing
def embedded_service(request: HttpRequest, slug: str) -> HttpResponse:
    service = get_object_or_404(Service, slug=slug)
    return render(
        request,
        "eservice_bridge/embed/service.html",
        {
            "service": service,
            "window_problem": rules.window_problem(service, {}, clock.today()),
            "attachments": service.attachment_requirements(),
            "page_title": service.name,
        },
    )
