"""The public site's look for the server-rendered search page: stylesheet and colours."""

import logging
from dataclasses import dataclass

from wagtail.models import Site

logger = logging.getLogger(__name__)


@dataclass
class SiteLook:
    name: str = ""
    stylesheet: str = ""
    primary: str = "#0b5394"
    primary_text: str = "#ffffff"
    accent: str = "#8a4b00"


def theme_stylesheet() -> str:
    """URL of the static theme's hashed stylesheet, if the theme is installed."""
    try:
        from sites.assets import asset_urls

        return asset_urls().get("css", "")
    except Exception:  # the theme is optional here: fall back to our own CSS
        logger.warning("chatbot search page: theme stylesheet not found", exc_info=True)
        return ""


def site_look(site_pk: int | None) -> SiteLook:
    look = SiteLook(stylesheet=theme_stylesheet())
    site = Site.objects.filter(pk=site_pk).select_related("root_page").first() if site_pk else None
    if site is None:
        return look
    root = site.root_page.specific
    look.name = getattr(root, "official_name", "") or site.site_name or root.title
    try:
        from cms.site_settings.models import SiteSettings

        settings = SiteSettings.for_site(site)
        look.primary = settings.primary_colour
        look.primary_text = settings.primary_text_colour
        look.accent = settings.accent_colour
    except Exception:  # default colours are accessible too
        logger.warning("chatbot search page: no site settings for %s", site, exc_info=True)
    return look
