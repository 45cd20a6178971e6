"""POST /chatbot/api/ask: a question in, an extractive answer with sources out."""

import logging

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cms.input.json_body import BadJson, read_json

from ..answers.ask import UnknownSite, ask, site_id_for
from .answer_counts import count_question
from .limits import (
    MAX_QUESTION_CHARS,
    MAX_SESSION_CHARS,
    origin_allowed,
    within_rate_limits,
)
from .masking import mask_personal_data
from .question_log import log_if_low_confidence

logger = logging.getLogger(__name__)
MAX_BODY_BYTES = 4096


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


@csrf_exempt  # no cookies or session are used; the Origin check below guards cross-site use
@require_POST
def ask_view(request: HttpRequest) -> JsonResponse:
    if not origin_allowed(request):
        return _error(_("Zapytania są przyjmowane tylko ze stron portalu."), 403)
    try:
        payload = read_json(request, MAX_BODY_BYTES)
    except BadJson as exc:
        return _error(str(exc), exc.status)
    if not isinstance(payload, dict):
        return _error(_("Nieprawidłowe zapytanie: oczekiwano obiektu JSON."), 400)
    question, site, session = (payload.get(k) for k in ("question", "site", "session"))
    if not isinstance(question, str) or not question.strip():
        return _error(_("Wpisz pytanie."), 400)
    question = " ".join(question.split())
    if len(question) > MAX_QUESTION_CHARS:
        return _error(
            _("Pytanie jest zbyt długie (najwyżej %(n)d znaków).") % {"n": MAX_QUESTION_CHARS},
            400,
        )
    if not isinstance(site, str) or not site.strip() or len(site) > 253:
        return _error(_("Brak adresu serwisu."), 400)
    if session is not None and (not isinstance(session, str) or len(session) > MAX_SESSION_CHARS):
        return _error(_("Nieprawidłowy identyfikator rozmowy."), 400)
    if not within_rate_limits(request, session):
        return _error(_("Zbyt wiele pytań w krótkim czasie. Spróbuj ponownie za minutę."), 429)
    try:
        answer = ask(question, site.strip())
    except UnknownSite:
        return _error(_("Nieznany serwis."), 400)
    log_if_low_confidence(request, question, site_id_for(site.strip()), answer)
    count_question(answer.answered)
    logger.info(
        "chatbot question on %s (confidence %.2f): %s",
        site.strip(),
        answer.confidence,
        mask_personal_data(question),
    )
    return JsonResponse(answer.as_json(), json_dumps_params={"ensure_ascii": False})
