"""Reading a JSON request body with a size bound, never a 500 and never an English error."""

import json

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.utils.translation import gettext as _

from .text import contains_unsafe_text


class BadJson(ValueError):
    """The body cannot be used; ``status`` and the Polish message go to the client."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def declared_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def too_big(request: HttpRequest, max_bytes: int) -> bool:
    """Checked before the body is read (the declared length), then on what was read."""
    if declared_length(request) > max_bytes:
        return True
    try:
        return len(request.body) > max_bytes
    except RequestDataTooBig:
        return True


def read_json(request: HttpRequest, max_bytes: int):
    """The decoded body; raises BadJson for an oversized, non-UTF-8, non-JSON or unsafe one."""
    if too_big(request, max_bytes):
        raise BadJson(_("Zapytanie jest zbyt duże."), status=413)
    try:
        payload = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadJson(_("Nieprawidłowe zapytanie: oczekiwano danych JSON.")) from exc
    if contains_unsafe_text(payload):
        raise BadJson(_("Zapytanie zawiera niedozwolone znaki (np. znaki sterujące)."))
    return payload
