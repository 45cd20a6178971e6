"""What a page refers to (images, documents, pages, embeds), read without extra queries."""

from typing import Any

from wagtail.models import Page

from cms.accessibility.models import AccessibilityStatementPage

from .blockvalues import collect_stream_references
from .richtext import References, collect_rich_text_references

# Rich text fields outside StreamFields, per page model.
RICH_TEXT_FIELDS: dict[type[Page], tuple[str, ...]] = {
    AccessibilityStatementPage: ("non_accessible_content", "procedure", "architecture"),
}
# Image foreign keys of page models (attribute names of the ``*_id`` columns).
IMAGE_FIELDS = ("main_image_id", "logo_id")


def raw_body(page: Page) -> list[dict[str, Any]]:
    """The raw JSON blocks of a page's ``body`` StreamField (empty for pages without one)."""
    body = getattr(page, "body", None)
    if body is None:
        return []
    return [block for block in body.raw_data if isinstance(block, dict)]


def page_references(page: Page, refs: References) -> None:
    collect_stream_references(raw_body(page), refs)
    for attname in IMAGE_FIELDS:
        image_id = getattr(page, attname, None)
        if image_id is not None:
            refs.images.add(image_id)
    for field_name in RICH_TEXT_FIELDS.get(type(page), ()):
        collect_rich_text_references(getattr(page, field_name, ""), refs)
