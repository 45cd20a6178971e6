"""Builders of raw StreamField blocks (the JSON shape of ``cms.core.blocks.BodyStreamBlock``)."""

from __future__ import annotations

from django.utils.html import escape

Block = dict


def heading(text: str, level: str = "h2") -> Block:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraphs_html(*texts: str) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def paragraph(*texts: str) -> Block:
    return {"type": "paragraph", "value": paragraphs_html(*texts)}


def rich(html: str) -> Block:
    """A paragraph block from trusted HTML (links in Wagtail's ``linktype`` form)."""
    return {"type": "paragraph", "value": html}


def bullet_list(items: list[str] | tuple[str, ...]) -> Block:
    return rich("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")


def page_link(page_id: int, text: str) -> str:
    return f'<a linktype="page" id="{page_id}">{escape(text)}</a>'


def document_link(document_id: int, text: str) -> str:
    return f'<a linktype="document" id="{document_id}">{escape(text)}</a>'


def image(image_id: int, alt_text: str, caption: str = "") -> Block:
    return {"type": "image", "value": {"image": image_id, "alt_text": alt_text, "caption": caption}}


def documents(document_ids: list[int], title: str = "Do pobrania") -> Block:
    return {"type": "documents", "value": {"title": title, "documents": list(document_ids)}}


def table(caption: str, header: list[str], rows: list[list[str]]) -> Block:
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": [header, *rows],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": caption,
            },
        },
    }


def quote(text: str, attribution: str = "") -> Block:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def call_to_action(
    title: str, link_label: str, *, text: str = "", page_id: int | None = None, url: str = ""
) -> Block:
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": page_id,
            "url": url,
            "link_label": link_label,
        },
    }


def faq(items: list[tuple[str, str]], title: str = "Najczęstsze pytania") -> Block:
    """FAQ from (question, answer) pairs; answers are plain text, split into paragraphs on \\n."""
    return {
        "type": "faq",
        "value": {
            "title": title,
            "items": [
                {"question": question, "answer": paragraphs_html(*answer.split("\n"))}
                for question, answer in items
            ],
        },
    }


def eservice(service_slug: str, intro: str = "") -> Block:
    return {"type": "eservice", "value": {"service_slug": service_slug, "intro": intro}}
