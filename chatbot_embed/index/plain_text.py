"""Plain text out of rich text, StreamField blocks and model fields."""

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import formats, timezone, translation
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from cms.privacy.collections import is_private

_BLOCK_END = re.compile(r"</(p|li|h[1-6]|tr|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\xa0]+")


def html_to_text(html: str) -> str:
    """Text of an HTML fragment; block elements end lines so sentences stay apart."""
    text = _BLOCK_END.sub("\n", html or "")
    text = strip_tags(text)
    from html import unescape

    text = unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in normalize_newlines(text).split("\n"))
    return "\n".join(_terminated(line) for line in lines if line)


def _terminated(line: str) -> str:
    """End a line of running text (list item, cell) with a full stop unless it has one."""
    return line if line.endswith((".", "!", "?", ":", ";", "…")) else line + "."


def polish_date(value: dt.date | dt.datetime) -> str:
    """``15 września 2026`` (with the time for datetimes: ``15 września 2026, godz. 17:00``)."""
    with translation.override("pl"):
        if isinstance(value, dt.datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return f"{formats.date_format(local, 'j E Y')}, godz. {local:%H:%M}"
        return formats.date_format(value, "j E Y")


@dataclass
class BodyText:
    """What a page body contributes: running text, FAQ pairs and linked e-services."""

    lines: list[str] = field(default_factory=list)
    faq: list[tuple[str, str]] = field(default_factory=list)
    service_slugs: list[str] = field(default_factory=list)


def _table_lines(value) -> Iterable[str]:
    caption = value.get("caption") or ""
    if caption:
        yield caption
    data = (value.get("table") or {}).get("data") or []
    for row in data:
        cells = [str(cell).strip() for cell in row if cell not in (None, "")]
        if cells:
            yield " — ".join(cells)


def body_text(stream) -> BodyText:
    """Walk a BodyStreamBlock value and collect its text (FAQ items kept apart)."""
    out = BodyText()
    for block in stream or []:
        kind, value = block.block_type, block.value
        if kind == "heading":
            out.lines.append(value["text"])
        elif kind == "paragraph":
            out.lines.append(html_to_text(value.source))
        elif kind == "table":
            out.lines.extend(_table_lines(value))
        elif kind == "quote":
            out.lines.append(value["quote"])
        elif kind == "call_to_action":
            out.lines.extend(x for x in (value["title"], value.get("text") or "") if x)
        elif kind == "documents":
            documents = [doc for doc in value["documents"] if doc is not None]
            titles = [doc.title for doc in documents if not is_private(doc.collection)]
            if titles:
                heading = value.get("title") or "Do pobrania"
                out.lines.append(f"{heading}: {', '.join(titles)}.")
        elif kind == "image":
            if value.get("caption"):
                out.lines.append(value["caption"])
        elif kind == "eservice":
            out.service_slugs.append(value["service_slug"])
            if value.get("intro"):
                out.lines.append(value["intro"])
        elif kind == "faq":
            for item in value["items"]:
                out.faq.append((item["question"], html_to_text(item["answer"].source)))
    return out
