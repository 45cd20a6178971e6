"""StreamField blocks as plain values for static renderers, read from the raw JSON.

Working on raw data (not Wagtail's bound blocks) lets every page's images, documents and links
be loaded in bulk for a whole site. One function pair per block type of ``BodyStreamBlock``:
``collect`` notes what a block refers to, ``serialise`` builds its value (camelCase keys).
"""

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from .renditions import content_image
from .richtext import References, as_int, collect_rich_text_references


class BlockContext(Protocol):
    """What serialising needs from the site being rendered (see ``content.SiteContent``)."""

    def rich_text(self, html: str | None) -> str: ...
    def image(self, image_id: int | None) -> Any: ...
    def document(self, document_id: int | None) -> dict[str, Any] | None: ...
    def page_link(self, page_id: int | None) -> dict[str, Any] | None: ...
    def embed(self, url: str) -> Any: ...


def list_items(raw: Any) -> list[Any]:
    """Values of a ListBlock in either raw format (``[{type: item, value}]`` or plain)."""
    if not isinstance(raw, list):
        return []
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw
    ]


def _struct(raw: Any) -> dict[str, Any]:
    return raw if isinstance(raw, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


# --- collecting references ------------------------------------------------------------------


def _collect_paragraph(raw: Any, refs: References) -> None:
    collect_rich_text_references(_text(raw), refs)


def _collect_image(raw: Any, refs: References) -> None:
    image_id = as_int(_struct(raw).get("image"))
    if image_id is not None:
        refs.images.add(image_id)


def _collect_documents(raw: Any, refs: References) -> None:
    for document_id in list_items(_struct(raw).get("documents")):
        number = as_int(document_id)
        if number is not None:
            refs.documents.add(number)


def _collect_call_to_action(raw: Any, refs: References) -> None:
    page_id = as_int(_struct(raw).get("page"))
    if page_id is not None:
        refs.pages.add(page_id)


def _collect_faq(raw: Any, refs: References) -> None:
    for item in list_items(_struct(raw).get("items")):
        collect_rich_text_references(_text(_struct(item).get("answer")), refs)


def _collect_embed(raw: Any, refs: References) -> None:
    if isinstance(raw, str) and raw:
        refs.embeds.add(raw)


COLLECTORS: dict[str, Callable[[Any, References], None]] = {
    "paragraph": _collect_paragraph,
    "image": _collect_image,
    "documents": _collect_documents,
    "call_to_action": _collect_call_to_action,
    "faq": _collect_faq,
    "embed": _collect_embed,
}


def collect_stream_references(raw_blocks: Iterable[dict[str, Any]], refs: References) -> None:
    for block in raw_blocks:
        collector = COLLECTORS.get(str(block.get("type")))
        if collector is not None:
            collector(block.get("value"), refs)


# --- serialising ------------------------------------------------------------------------------


def _heading(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    level = value.get("level") if value.get("level") in ("h2", "h3", "h4") else "h2"
    return {"text": _text(value.get("text")), "level": level}


def _paragraph(raw: Any, ctx: BlockContext) -> str:
    return ctx.rich_text(_text(raw))


def _image(raw: Any, ctx: BlockContext) -> dict[str, Any] | None:
    value = _struct(raw)
    return content_image(
        ctx.image(as_int(value.get("image"))),
        alt=_text(value.get("alt_text")),
        caption=_text(value.get("caption")),
    )


def _documents(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    documents = [ctx.document(as_int(item)) for item in list_items(value.get("documents"))]
    return {"title": _text(value.get("title")), "documents": [d for d in documents if d]}


def _table(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    table = _struct(value.get("table"))
    rows = [
        ["" if cell is None else str(cell) for cell in row]
        for row in table.get("data") or []
        if isinstance(row, list)
    ]
    return {
        "caption": _text(value.get("caption")) or _text(table.get("table_caption")),
        "firstRowIsHeader": bool(table.get("first_row_is_table_header")),
        "firstColIsHeader": bool(table.get("first_col_is_header")),
        "rows": rows,
    }


def _quote(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    return {"quote": _text(value.get("quote")), "attribution": _text(value.get("attribution"))}


def _call_to_action(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    page = ctx.page_link(as_int(value.get("page")))
    return {
        "title": _text(value.get("title")),
        "text": _text(value.get("text")),
        "linkLabel": _text(value.get("link_label")),
        "page": page,
        "url": page["url"] if page else (_text(value.get("url")) or None),
    }


def _faq(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    items = [
        {
            "question": _text(_struct(item).get("question")),
            "answer": ctx.rich_text(_text(_struct(item).get("answer"))),
        }
        for item in list_items(value.get("items"))
    ]
    return {"title": _text(value.get("title")), "items": items}


def _eservice(raw: Any, ctx: BlockContext) -> dict[str, Any]:
    value = _struct(raw)
    return {"serviceSlug": _text(value.get("service_slug")), "intro": _text(value.get("intro"))}


def _embed(raw: Any, ctx: BlockContext) -> dict[str, Any] | None:
    url = _text(raw)
    if not url:
        return None
    embed = ctx.embed(url)
    return {
        "url": url,
        "html": (embed.html or None) if embed else None,
        "title": (embed.title or "") if embed else "",
    }


SERIALISERS: dict[str, Callable[[Any, BlockContext], Any]] = {
    "heading": _heading,
    "paragraph": _paragraph,
    "image": _image,
    "documents": _documents,
    "table": _table,
    "quote": _quote,
    "call_to_action": _call_to_action,
    "faq": _faq,
    "eservice": _eservice,
    "embed": _embed,
}


def serialise_stream(raw_blocks: Iterable[dict[str, Any]], ctx: BlockContext) -> list[dict]:
    """``[{id, type, value}]``; blocks of unknown types or with a vanished target are left out."""
    blocks = []
    for block in raw_blocks:
        serialiser = SERIALISERS.get(str(block.get("type")))
        if serialiser is None:
            continue
        value = serialiser(block.get("value"), ctx)
        if value is None:
            continue
        blocks.append({"id": block.get("id") or "", "type": block["type"], "value": value})
    return blocks
