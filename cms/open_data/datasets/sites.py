"""Which public sites the CMS datasets read: every Wagtail site with its visible pages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Site

from cms.public.urls import public_url, site_relative_path
from cms.public.visibility import restricted_paths, visible_q


@dataclass(frozen=True)
class PublicSite:
    site: Site
    root: Page
    unit_name: str
    rspo: str

    def url(self, page: Page) -> str:
        return public_url(self.site.hostname, site_relative_path(page.url_path, self.root.url_path))


def public_sites() -> list[PublicSite]:
    """Every site whose home page is live, with the unit's name and RSPO number."""
    from cms.home.models import SchoolHomePage

    sites = list(Site.objects.select_related("root_page").order_by("hostname"))
    schools = {
        home.pk: home
        for home in SchoolHomePage.objects.filter(pk__in=[s.root_page_id for s in sites])
    }
    result = []
    for site in sites:
        root = site.root_page
        if not root.live:
            continue
        school = schools.get(root.pk)
        name = school.official_name if school else (site.site_name or root.title)
        result.append(PublicSite(site, root, name, school.rspo_number if school else ""))
    return result


def visible_pages(
    model: type[Page], order_by: tuple[str, ...]
) -> Iterator[tuple[PublicSite, Page]]:
    """Visible pages of ``model`` on every public site, with the site they belong to."""
    now = timezone.now()
    restricted = restricted_paths()
    sites = public_sites()
    if not sites:
        return
    condition = Q()
    for site in sites:
        condition |= visible_q(site.root, restricted, now)
    by_prefix = sorted(sites, key=lambda s: -len(s.root.path))
    for page in model.objects.filter(condition).order_by(*order_by):
        site = next((s for s in by_prefix if page.path.startswith(s.root.path)), None)
        if site is not None:
            yield site, page
