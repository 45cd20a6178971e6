"""GET /chatbot/szukaj/?q=: the static sites' search box, rendered on the server (no JS)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from cms.input.text import has_unsafe_characters

from ..answers.ask import UnknownSite, search
from ..answers.extractive import best_sentences, host_for
from ..answers.public_urls import public_url
from ..models import DocumentKind
from ..retrieval.engine import get_index
from ..retrieval.site_look import SiteLook, theme_stylesheet
from .limits import MAX_QUESTION_CHARS, within_rate_limits

MAX_RESULTS = 20
MIN_RESULT_SHARE = 0.15
MIN_COVERAGE = 0.3  # share of the query's weight a result must match


def request_hostname(request: HttpRequest) -> str:
    return request.get_host().rsplit(":", 1)[0].lower()


def search_page(request: HttpRequest) -> HttpResponse:
    hostname = request_hostname(request)
    query = " ".join(request.GET.get("q", "").split())
    context = {
        "query": query,
        "results": [],
        "error": "",
    }
    index = get_index()
    site = index.site(hostname)
    context["look"] = site.look if site else SiteLook(stylesheet=theme_stylesheet())
    status = 200
    if has_unsafe_characters(query):
        context["error"] = _("Zapytanie zawiera niedozwolone znaki (np. znaki sterujące).")
        context["query"] = ""
        status = 400
    elif len(query) > MAX_QUESTION_CHARS:
        context["error"] = _("Zapytanie jest zbyt długie (najwyżej %(n)d znaków).") % {
            "n": MAX_QUESTION_CHARS
        }
        status = 400
    elif query and not within_rate_limits(request, None):
        context["error"] = _("Zbyt wiele wyszukiwań w krótkim czasie. Spróbuj ponownie za minutę.")
        status = 429
    elif query:
        try:
            result = search(query, hostname, limit=MAX_RESULTS)
        except UnknownSite:
            context["error"] = _("Ta wyszukiwarka działa tylko na stronach portalu.")
            status = 404
        else:
            top = result.hits[0].score if result.hits else 0
            context["results"] = [
                {
                    "title": hit.document.title,
                    "url": public_url(host_for(hit.document, result, index), hit.document.path),
                    "snippet": best_sentences(hit.document, result.tokens, index),
                    "kind": DocumentKind(hit.document.kind).label,
                }
                for hit in result.hits
                if hit.score >= top * MIN_RESULT_SHARE and hit.coverage >= MIN_COVERAGE
            ]
    return render(request, "chatbot_embed/search.html", context, status=status)
