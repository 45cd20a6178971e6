"""Rich text from the database format to public HTML, links resolved for static sites."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.html import escape
from wagtail.rich_text.rewriters import extract_attrs

# Wagtail's database format: <a linktype="page" id="3">…</a>, <a linktype="document" id="1">…</a>,
# <embed embedtype="…" …/>. Links are never nested, so the first </a> closes the link.
LINK = re.compile(r"<a(\b[^>]*)>(.*?)</a>", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"<embed\b[^>]*/?>", re.IGNORECASE)


@dataclass
class References:
    """Objects a piece of content points at, collected before loading them in bulk."""

    pages: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    images: set[int] = field(default_factory=set)
    embeds: set[str] = field(default_factory=set)


def as_int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def collect_rich_text_references(html: str | None, refs: References) -> None:
    for match in LINK.finditer(html or ""):
        attrs = extract_attrs(match.group(1))
        target = as_int(attrs.get("id"))
        if target is None:
            continue
        if attrs.get("linktype") == "page":
            refs.pages.add(target)
        elif attrs.get("linktype") == "document":
            refs.documents.add(target)


HrefResolver = Callable[[int], str | None]


def expand_rich_text(html: str | None, page_href: HrefResolver, document_href: HrefResolver) -> str:
    """Public HTML: internal links get real hrefs, links to unavailable targets become text."""

    def replace_link(match: re.Match) -> str:
        attrs = extract_attrs(match.group(1))
        linktype = attrs.get("linktype")
        if linktype is None:
            return match.group(0)  # an external or mailto link, already public
        target = as_int(attrs.get("id"))
        href = None
        if target is not None and linktype == "page":
            href = page_href(target)
        elif target is not None and linktype == "document":
            href = document_href(target)
        inner = match.group(2)
        if href is None:
            return inner
        return f'<a href="{escape(href)}">{inner}</a>'

    return EMBED.sub("", LINK.sub(replace_link, html or ""))
