"""A public site: its identity, settings, unit data, menu and home page."""

from __future__ import annotations

from typing import Any

import graphene

from cms.home.models import DepartmentHomePage, SchoolHomePage
from cms.home.unit_types import UnitType
from cms.site_settings.models import SiteSettings as SiteSettingsModel

from ..content import SiteContent
from ..renditions import logo_image
from .images import ImageRendition
from .pages import ContactFields, PageInterface, PageRef


class MenuItem(graphene.ObjectType):
    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    url = graphene.String(required=True)
    url_path = graphene.String(required=True)
    children = graphene.List(graphene.NonNull(lambda: MenuItem), required=True)


class SocialLink(graphene.ObjectType):
    name = graphene.String(required=True, description="facebook, instagram, youtube or bip.")
    label = graphene.String(required=True)
    url = graphene.String(required=True)


SOCIAL_LINKS = (
    ("facebook", "Facebook", "facebook_url"),
    ("instagram", "Instagram", "instagram_url"),
    ("youtube", "YouTube", "youtube_url"),
    ("bip", "Biuletyn Informacji Publicznej", "bip_url"),
)


def _settings_attribute(attname: str, default_value: Any, root, info, **args) -> Any:
    """Settings resolvers receive ``(SiteSettings instance, SiteContent)``."""
    return getattr(root[0], attname, default_value)


class SiteSettings(graphene.ObjectType):
    """Theme, identity and contacts managed by the site's editors."""

    class Meta:
        default_resolver = _settings_attribute

    primary_colour = graphene.String(required=True)
    primary_text_colour = graphene.String(required=True)
    accent_colour = graphene.String(required=True)
    logo = graphene.Field(ImageRendition)
    logo_alt = graphene.String(required=True)
    facebook_url = graphene.String(required=True)
    instagram_url = graphene.String(required=True)
    youtube_url = graphene.String(required=True)
    bip_url = graphene.String(required=True)
    social_links = graphene.List(
        graphene.NonNull(SocialLink), required=True, description="The non-empty links, in order."
    )
    footer_text = graphene.String(required=True)
    footer_phone = graphene.String(required=True)
    footer_email = graphene.String(required=True)
    accessibility_contact_name = graphene.String(required=True)
    accessibility_contact_email = graphene.String(required=True)
    accessibility_contact_phone = graphene.String(required=True)
    eu_programme = graphene.String(required=True, description="EU funding marking (may be empty).")
    eu_project_title = graphene.String(required=True)
    eu_project_value = graphene.String(required=True)
    eu_contribution = graphene.String(required=True)
    eu_project_description = graphene.String(required=True)

    @staticmethod
    def resolve_logo(root: tuple[SiteSettingsModel, SiteContent], info) -> dict | None:
        settings, content = root
        return logo_image(content.image(settings.logo_id), alt=settings.logo_alt)

    @staticmethod
    def resolve_social_links(root: tuple[SiteSettingsModel, SiteContent], info) -> list[dict]:
        settings, _content = root
        return [
            {"name": name, "label": label, "url": getattr(settings, attname)}
            for name, label, attname in SOCIAL_LINKS
            if getattr(settings, attname)
        ]


class Unit(ContactFields, graphene.ObjectType):
    """The organisation behind a site, from its home page (the department has no unit type)."""

    official_name = graphene.String(required=True)
    short_name = graphene.String(required=True)
    unit_type = graphene.String()
    unit_type_label = graphene.String()
    rspo_number = graphene.String(required=True)
    patron = graphene.String(required=True)
    principal = graphene.String(required=True)
    easy_read = graphene.String(required=True)
    sign_language_video_url = graphene.String(required=True)
    intro = graphene.String(required=True)
    logo = graphene.Field(ImageRendition)


def unit_data(home: Any, content: SiteContent) -> dict[str, Any] | None:
    """Unit fields of a home page as a plain dict (``None`` for other root page types)."""
    if not isinstance(home, (SchoolHomePage, DepartmentHomePage)):
        return None
    school = isinstance(home, SchoolHomePage)
    data = {
        "official_name": home.official_name if school else home.title,
        "short_name": home.short_name if school else home.title,
        "unit_type": home.unit_type if school else None,
        "unit_type_label": str(UnitType(home.unit_type).label) if school else None,
        "rspo_number": home.rspo_number if school else "",
        "patron": home.patron if school else "",
        "principal": home.principal if school else "",
        "logo": (
            logo_image(content.image(home.logo_id), alt=f"Logo: {home.short_name}")
            if school
            else None
        ),
    }
    for name in (
        "address",
        "postal_code",
        "city",
        "phone",
        "email",
        "office_hours",
        "easy_read",
        "sign_language_video_url",
        "intro",
    ):
        data[name] = getattr(home, name) or ""
    data["latitude"] = home.latitude
    data["longitude"] = home.longitude
    return data


class Site(graphene.ObjectType):
    """One public site (the department portal or a unit), found by its hostname."""

    hostname = graphene.String(required=True)
    name = graphene.String(required=True)
    root_url = graphene.String(required=True)
    is_department = graphene.Boolean(required=True)
    settings = graphene.Field(graphene.NonNull(SiteSettings))
    unit = graphene.Field(Unit)
    menu = graphene.List(
        graphene.NonNull(MenuItem),
        required=True,
        description="Live public pages with show_in_menus, two levels below the home page.",
    )
    home_page = graphene.Field(PageInterface)

    @staticmethod
    def resolve_hostname(root: SiteContent, info) -> str:
        return root.site.hostname

    @staticmethod
    def resolve_name(root: SiteContent, info) -> str:
        return root.site.site_name or root.root.title

    @staticmethod
    def resolve_root_url(root: SiteContent, info) -> str:
        return root.root_url

    @staticmethod
    def resolve_is_department(root: SiteContent, info) -> bool:
        return root.root.specific_class is DepartmentHomePage

    @staticmethod
    def resolve_settings(root: SiteContent, info) -> tuple[SiteSettingsModel, SiteContent]:
        settings = root.state.site_settings.get(root.site.pk)
        if settings is None:  # not announced by the list resolver: read (or create) it now
            settings = SiteSettingsModel.for_site(root.site)
        root.state.images.want([settings.logo_id])
        return settings, root

    @staticmethod
    def resolve_unit(root: SiteContent, info) -> dict[str, Any] | None:
        home = root.home()
        return unit_data(home, root) if home is not None else None

    @staticmethod
    def resolve_menu(root: SiteContent, info) -> list[dict[str, Any]]:
        return root.menu()

    @staticmethod
    def resolve_home_page(root: SiteContent, info) -> PageRef | None:
        home = root.home()
        if home is None:
            return None
        root.state.register([home])
        return PageRef(home, root)
