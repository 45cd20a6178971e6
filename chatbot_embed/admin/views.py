"""Wagtail admin view: questions the chatbot answered with low confidence, per unit."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..models import LoggedQuestion
from .visibility import sites_for_user

PAGE_SIZE = 50


def low_confidence_questions(request: HttpRequest) -> HttpResponse:
    sites = list(sites_for_user(request.user).order_by("hostname"))
    allowed = {site.pk for site in sites}
    questions = LoggedQuestion.objects.filter(site_id__in=allowed).select_related("site")
    chosen = request.GET.get("site", "")
    status = 200
    if chosen:
        if chosen.isdigit() and int(chosen) in allowed:
            questions = questions.filter(site_id=int(chosen))
        else:
            questions = questions.none()
            status = 404
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("p"))
    return render(
        request,
        "chatbot_embed/admin/low_confidence.html",
        {"page_obj": page, "sites": sites, "chosen": chosen, "bad_site": status == 404},
        status=status,
    )
