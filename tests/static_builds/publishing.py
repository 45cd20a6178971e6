"""Helpers of the publish → live tests: units with a news index, admin forms, served pages."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.home.unit_types import UnitType
from cms.news.models import NewsIndexPage, NewsPage
from cms.site_settings.models import SiteSettings
from cms.test_data.factories import NewsIndexPageFactory
from cms.units.provisioning import provision_unit
from static_builds import storage
from static_builds.builder import build_site
from static_builds.models import SiteBuild
from static_builds.transport import InProcessTransport

PASSWORD = "haslo-testowe-123"


@dataclass
class UnitSite:
    site: Site
    home: Page
    news_index: NewsIndexPage
    moderator: object
    editor: object

    @property
    def hostname(self) -> str:
        return self.site.hostname


def make_unit(slug: str, *, unit_type: str = UnitType.PRIMARY_SCHOOL, colour: str = "#0b5394"):
    """A unit as create_unit makes it (site, groups, workflow) with a news index and users."""
    number = "".join(ch for ch in slug if ch.isdigit()) or "1"
    unit, _created = provision_unit(
        slug=slug,
        official_name=f"Szkoła Podstawowa nr {number} w Dąbrowie Górniczej",
        short_name=f"SP {number} ({slug})",
        unit_type=unit_type,
    )
    home = unit.home
    index = NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    index.save_revision().publish()
    settings_obj = SiteSettings.for_site(unit.site)
    settings_obj.primary_colour = colour
    settings_obj.save()
    user_model = get_user_model()
    moderator = user_model.objects.create_user(f"moderator-{slug}", password=PASSWORD)
    moderator.groups.add(unit.moderators_group)
    editor = user_model.objects.create_user(f"redaktor-{slug}", password=PASSWORD)
    editor.groups.add(unit.editors_group)
    return UnitSite(
        site=unit.site,
        home=home,
        news_index=NewsIndexPage.objects.get(pk=index.pk),
        moderator=moderator,
        editor=editor,
    )


def full_build(hostname: str) -> None:
    result = build_site(hostname, InProcessTransport(), reason="test: stan początkowy")
    assert result.ok, result.error + "\n" + "\n".join(result.log)


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def served(hostname: str, path: str) -> tuple[int, str]:
    """GET a path of a site's live build through the serving middleware, as a browser would."""
    response = Client().get(path, HTTP_HOST=hostname)
    body = b"".join(response) if response.streaming else response.content
    return response.status_code, body.decode("utf-8", "replace")


def served_colours(hostname: str) -> str:
    """The colour stylesheet the site's home page links (the theme has no inline <style>)."""
    _status, html = served(hostname, "/")
    href = re.search(r'href="(/theme/css/colours\.[0-9a-f]+\.css)"', html)
    assert href, "the home page links no colour stylesheet"
    return served(hostname, href.group(1))[1]


def builds_since(marker: int, hostname: str | None = None):
    builds = SiteBuild.objects.filter(pk__gt=marker)
    return builds.filter(hostname=hostname) if hostname else builds


def build_marker() -> int:
    return SiteBuild.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def news_form_data(title: str, slug: str, *, tags: str = "", lead: str = "Wstęp.", **extra):
    """The admin's create/edit form of a news page, as the browser posts it."""
    data = {
        "title": title,
        "slug": slug,
        "date": timezone.localdate().isoformat(),
        "lead": lead,
        "main_image_alt": "",
        "body": streamfield([]),
        "tags": tags,
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        **extra,
    }
    return nested_form_data(data)


def admin_add_news(client: Client, index: Page, title: str, slug: str, *, publish=True, **kw):
    data = news_form_data(title, slug, **kw)
    data["action-publish" if publish else "action-draft"] = "1"
    response = client.post(f"/admin/pages/add/news/newspage/{index.pk}/", data)
    assert response.status_code == 302, _form_errors(response)
    return NewsPage.objects.get(slug=slug, path__startswith=index.path)


def admin_edit_news(client: Client, page: Page, *, publish=True, **changes):
    page = NewsPage.objects.get(pk=page.pk)
    values = {"title": page.title, "slug": page.slug, "lead": page.lead, **changes}
    data = news_form_data(values.pop("title"), values.pop("slug"), **values)
    data["action-publish" if publish else "action-draft"] = "1"
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, _form_errors(response)
    return NewsPage.objects.get(pk=page.pk)


def _form_errors(response) -> str:
    context = getattr(response, "context", None) or {}
    form = context.get("form") if hasattr(context, "get") else None
    return f"HTTP {response.status_code}: {getattr(form, 'errors', '')}"


def publish_news(index: Page, title: str, slug: str, **fields) -> NewsPage:
    """Publish without the admin (for bursts and set-up)."""
    page = NewsPage(title=title, slug=slug, lead=fields.pop("lead", "Wstęp."), **fields)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def built_files(hostname: str) -> dict[str, str]:
    """Every file of the live build (``.gz`` siblings unpacked), by path."""
    build = storage.current_build(hostname)
    assert build is not None
    files = {}
    for path in build.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        files[str(path.relative_to(build))] = data.decode("utf-8", "replace")
    return files


def files_containing(hostname: str, text: str) -> list[str]:
    return sorted(name for name, body in built_files(hostname).items() if text in body)
