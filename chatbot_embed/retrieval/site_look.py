"""The public site's look for the server-rendered search page: stylesheet and colours."""

import logging
from dataclasses import dataclass

from wagtail.models import Site

from sites.assets import asset_urls

logger = logging.getLogger(__name__)


@dataclass
class SiteLook:
    name: str = ""
    stylesheet: str = ""
    primary: str = "#0b5394"
    primary_text: str = "#ffffff"
    accent: str = "#8a4b00"


def theme_stylesheet() -> str:
    """URL of the static theme's hashed stylesheet ("" if it cannot be read)."""
    try:
        return asset_urls().get("css", "")
    except Exception:  # the theme is optional here: fall back to our own CSS
        logger.warning("chatbot search page: theme stylesheet not found", exc_info=True)
        return ""


def site_looks(sites: list[Site], roots: dict[int, object]) -> dict[int, SiteLook]:
    """Site pk -> look (name and theme colours), read in two queries for all sites."""
    from cms.site_settings.models import SiteSettings

    stylesheet = theme_stylesheet()
    colours = {item.site_id: item for item in SiteSettings.objects.filter(site__in=sites)}
    looks = {}
    for site in sites:
        root = roots.get(site.root_page_id)
        look = SiteLook(stylesheet=stylesheet)
        look.name = (
            getattr(root, "official_name", "") or site.site_name or getattr(root, "title", "")
        )
        if site.pk in colours:
            look.primary = colours[site.pk].primary_colour
            look.primary_text = colours[site.pk].primary_text_colour
            look.accent = colours[site.pk].accent_colour
        looks[site.pk] = look
    return looks
