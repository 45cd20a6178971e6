"""Image renditions handed to static renderers: sizes chosen once, here."""

import logging
from typing import Any

from wagtail.images.models import AbstractImage, AbstractRendition, Filter

logger = logging.getLogger(__name__)

# Content images: a large one for wide screens and a smaller one for srcset on phones.
CONTENT_LARGE = "max-1200x800|format-webp"
CONTENT_SMALL = "max-600x400|format-webp"
# Logos keep their format (transparent PNGs stay PNGs).
LOGO = "max-400x160"

ALL_SPECS = (CONTENT_LARGE, CONTENT_SMALL, LOGO)
# Parsed once: parsing a filter spec is surprisingly costly when done per image.
FILTERS = {spec: Filter(spec=spec) for spec in ALL_SPECS}


def rendition(image: AbstractImage, spec: str) -> AbstractRendition | None:
    """A rendition from the bulk-prefetched ones, else Wagtail's (which creates it once).

    ``None`` when the source file is missing or unreadable: one broken upload must not break
    a whole site's build.
    """
    image_filter = FILTERS[spec]
    prefetched = getattr(image, "prefetched_renditions", None)
    if prefetched is not None:
        focal_point_key = image_filter.get_cache_key(image)
        for candidate in prefetched:
            if candidate.filter_spec == spec and candidate.focal_point_key == focal_point_key:
                return candidate
    try:
        return image.get_rendition(image_filter)
    except (OSError, ValueError):  # SourceImageIOError is an OSError; Pillow raises both
        logger.warning("Cannot make rendition %s of image %s", spec, image.pk, exc_info=True)
        return None


def content_image(
    image: AbstractImage | None, alt: str, caption: str = ""
) -> dict[str, Any] | None:
    """``{url, width, height, alt, caption, srcset}`` of a content image (``None`` if gone)."""
    if image is None:
        return None
    large, small = rendition(image, CONTENT_LARGE), rendition(image, CONTENT_SMALL)
    if large is None or small is None:
        return None
    candidates = {small.width: small.url, large.width: large.url}
    srcset = ", ".join(f"{url} {width}w" for width, url in sorted(candidates.items()))
    return {
        "url": large.url,
        "width": large.width,
        "height": large.height,
        "alt": alt,
        "caption": caption,
        "srcset": srcset,
    }


def logo_image(image: AbstractImage | None, alt: str) -> dict[str, Any] | None:
    """``{url, width, height, alt, caption, srcset}`` of a logo (``None`` if there is none)."""
    if image is None:
        return None
    logo = rendition(image, LOGO)
    if logo is None:
        return None
    return {
        "url": logo.url,
        "width": logo.width,
        "height": logo.height,
        "alt": alt,
        "caption": "",
        "srcset": f"{logo.url} {logo.width}w",
    }
