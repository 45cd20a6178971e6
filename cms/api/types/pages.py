"""The ``Page`` interface and one concrete GraphQL type per page model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import graphene
from wagtail.models import Page as WagtailPage

from cms.accessibility.models import AccessibilityStatementPage as AccessibilityStatementModel
from cms.bip.models import DocumentPage as DocumentModel
from cms.events.models import EventIndexPage as EventIndexModel
from cms.events.models import EventPage as EventModel
from cms.home.models import DepartmentHomePage as DepartmentHomeModel
from cms.home.models import SchoolHomePage as SchoolHomeModel
from cms.home.unit_types import UnitType
from cms.news.models import NewsIndexPage as NewsIndexModel
from cms.news.models import NewsPage as NewsModel
from cms.standardpages.models import ContactPage as ContactModel
from cms.standardpages.models import StandardPage as StandardModel

from ..blockvalues import serialise_stream
from ..content import SiteContent
from ..references import raw_body
from ..renditions import content_image, logo_image
from .blocks import Block
from .images import ImageRendition


@dataclass
class PageRef:
    """What page resolvers receive: a specific page and the site it is shown on."""

    page: WagtailPage
    content: SiteContent
    preview: bool = False


def page_attribute(attname: str, default_value: Any, root: PageRef, info, **args) -> Any:
    """Default resolver of page types: read the model attribute of the same name."""
    return getattr(root.page, attname, default_value)


class Breadcrumb(graphene.ObjectType):
    title = graphene.String(required=True)
    url_path = graphene.String(required=True)
    url = graphene.String(required=True)


class Tag(graphene.ObjectType):
    name = graphene.String(required=True)
    slug = graphene.String(required=True)


class ChangeRegisterEntry(graphene.ObjectType):
    published_at = graphene.DateTime(required=True)
    user = graphene.String(required=True)
    description = graphene.String(required=True)


class PageInterface(graphene.Interface):
    """Fields every page has. ``urlPath`` is relative to the site (``/`` is the home page)."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    seo_title = graphene.String(required=True)
    slug = graphene.String(required=True)
    page_type = graphene.String(required=True, description='Model name, e.g. "NewsPage".')
    url_path = graphene.String(required=True)
    url = graphene.String(required=True, description="Absolute public URL.")
    depth = graphene.Int(required=True, description="Steps below the home page (home: 0).")
    parent_id = graphene.ID(description="Nearest public ancestor in the site; null for home.")
    show_in_menus = graphene.Boolean(required=True)
    summary = graphene.String(required=True)
    search_description = graphene.String(required=True)
    first_published_at = graphene.DateTime()
    last_published_at = graphene.DateTime()
    breadcrumbs = graphene.List(
        graphene.NonNull(Breadcrumb), required=True, description="Home … this page."
    )
    body = graphene.List(graphene.NonNull(Block), required=True)

    class Meta:
        name = "Page"

    @classmethod
    def resolve_type(cls, instance: PageRef, info):
        return TYPE_FOR_MODEL.get(type(instance.page), GenericPage)


class PageFields:
    """Resolvers of the interface's fields, shared by every concrete page type."""

    @staticmethod
    def resolve_id(root: PageRef, info) -> str:
        return str(root.page.pk) if root.page.pk is not None else "preview"

    @staticmethod
    def resolve_seo_title(root: PageRef, info) -> str:
        return root.page.seo_title or ""

    @staticmethod
    def resolve_page_type(root: PageRef, info) -> str:
        return type(root.page).__name__

    @staticmethod
    def resolve_url_path(root: PageRef, info) -> str:
        return root.content.url_path(root.page)

    @staticmethod
    def resolve_url(root: PageRef, info) -> str:
        return root.content.url(root.page)

    @staticmethod
    def resolve_depth(root: PageRef, info) -> int:
        return root.content.depth(root.page)

    @staticmethod
    def resolve_parent_id(root: PageRef, info) -> str | None:
        parent_id = root.content.parent_id(root.page)
        return str(parent_id) if parent_id is not None else None

    @staticmethod
    def resolve_summary(root: PageRef, info) -> str:
        return getattr(root.page, "summary", "") or ""

    @staticmethod
    def resolve_search_description(root: PageRef, info) -> str:
        return root.page.search_description or ""

    @staticmethod
    def resolve_breadcrumbs(root: PageRef, info) -> list[dict]:
        return root.content.breadcrumbs(root.page)

    @staticmethod
    def resolve_body(root: PageRef, info) -> list[dict]:
        return serialise_stream(raw_body(root.page), root.content)


class ContactFields:
    """Address and contact data of home pages (``ContactDetails``), shared with ``Unit``."""

    address = graphene.String(required=True)
    postal_code = graphene.String(required=True)
    city = graphene.String(required=True)
    phone = graphene.String(required=True)
    email = graphene.String(required=True)
    office_hours = graphene.String(required=True)
    latitude = graphene.Float()
    longitude = graphene.Float()

    @staticmethod
    def resolve_latitude(root: PageRef | dict, info) -> float | None:
        return _coordinate(root, "latitude")

    @staticmethod
    def resolve_longitude(root: PageRef | dict, info) -> float | None:
        return _coordinate(root, "longitude")


def _coordinate(root: PageRef | dict, name: str) -> float | None:
    """A coordinate of a home page (``PageRef``) or of a unit built from one (a dict)."""
    value = root.get(name) if isinstance(root, dict) else getattr(root.page, name)
    return float(value) if value is not None else None


class GenericPage(PageFields, graphene.ObjectType):
    """A page of a model without its own type (fallback; the interface fields only)."""

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class DepartmentHomePage(PageFields, ContactFields, graphene.ObjectType):
    intro = graphene.String(required=True)
    easy_read = graphene.String(required=True)
    sign_language_video_url = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class SchoolHomePage(PageFields, ContactFields, graphene.ObjectType):
    official_name = graphene.String(required=True)
    short_name = graphene.String(required=True)
    unit_type = graphene.String(required=True)
    unit_type_label = graphene.String(required=True)
    rspo_number = graphene.String(required=True)
    patron = graphene.String(required=True)
    principal = graphene.String(required=True)
    intro = graphene.String(required=True)
    logo = graphene.Field(ImageRendition)
    easy_read = graphene.String(required=True)
    sign_language_video_url = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute

    @staticmethod
    def resolve_unit_type_label(root: PageRef, info) -> str:
        return str(UnitType(root.page.unit_type).label) if root.page.unit_type else ""

    @staticmethod
    def resolve_logo(root: PageRef, info) -> dict | None:
        page = root.page
        return logo_image(root.content.image(page.logo_id), alt=f"Logo: {page.short_name}")


class NewsIndexPage(PageFields, graphene.ObjectType):
    intro = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class NewsPage(PageFields, graphene.ObjectType):
    date = graphene.Date(required=True)
    lead = graphene.String(required=True)
    main_image = graphene.Field(ImageRendition)
    tags = graphene.List(graphene.NonNull(Tag), required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute

    @staticmethod
    def resolve_main_image(root: PageRef, info) -> dict | None:
        page = root.page
        return content_image(root.content.image(page.main_image_id), alt=page.main_image_alt)

    @staticmethod
    def resolve_tags(root: PageRef, info) -> list:
        if root.preview or root.page.pk is None:
            return sorted(root.page.tags.all(), key=lambda tag: (tag.name.lower(), tag.slug))
        return root.content.state.news_tags.get(root.page.pk, [])


class EventIndexPage(PageFields, graphene.ObjectType):
    intro = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class EventPage(PageFields, graphene.ObjectType):
    start = graphene.DateTime(required=True)
    end = graphene.DateTime()
    place = graphene.String(required=True)
    registration_url = graphene.String(required=True)
    lead = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class StandardPage(PageFields, graphene.ObjectType):
    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


class ContactPage(PageFields, graphene.ObjectType):
    intro = graphene.String(required=True)
    map_description = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute


def _rich_text_resolver(field_name: str):
    def resolve(root: PageRef, info) -> str:
        return root.content.rich_text(getattr(root.page, field_name))

    return staticmethod(resolve)


class AccessibilityStatementPage(PageFields, graphene.ObjectType):
    """The statement's structured fields; rich text fields are HTML."""

    entity_name = graphene.String(required=True)
    site_url = graphene.String(required=True)
    intro = graphene.String(required=True)
    publication_date = graphene.Date(required=True)
    update_date = graphene.Date(required=True)
    status = graphene.String(required=True, description="full, partial or none.")
    status_label = graphene.String(required=True)
    non_accessible_content = graphene.String(required=True)
    burden_analysis_url = graphene.String(required=True)
    prepared_date = graphene.Date(required=True)
    review_date = graphene.Date()
    preparation_method = graphene.String(required=True, description="self or auditor.")
    preparation_method_label = graphene.String(required=True)
    auditor_name = graphene.String(required=True)
    contact_person = graphene.String(required=True)
    contact_email = graphene.String(required=True)
    contact_phone = graphene.String(required=True)
    procedure = graphene.String(required=True)
    architecture = graphene.String(required=True)
    sign_language_interpreter = graphene.String(required=True)
    mobile_apps = graphene.String(required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute

    resolve_non_accessible_content = _rich_text_resolver("non_accessible_content")
    resolve_procedure = _rich_text_resolver("procedure")
    resolve_architecture = _rich_text_resolver("architecture")

    @staticmethod
    def resolve_status_label(root: PageRef, info) -> str:
        return str(root.page.get_status_display())

    @staticmethod
    def resolve_preparation_method_label(root: PageRef, info) -> str:
        return str(root.page.get_preparation_method_display())


class DocumentPage(PageFields, graphene.ObjectType):
    """A BIP document with its metryczka."""

    produced_by = graphene.String(required=True)
    produced_date = graphene.Date(required=True)
    entered_by = graphene.String(required=True)
    change_description = graphene.String(required=True)
    change_register = graphene.List(graphene.NonNull(ChangeRegisterEntry), required=True)

    class Meta:
        interfaces = (PageInterface,)
        default_resolver = page_attribute

    @staticmethod
    def resolve_entered_by(root: PageRef, info) -> str:
        if root.page.pk is None:
            return ""
        return root.content.state.entered_by.get(root.page.pk, "")

    @staticmethod
    def resolve_change_register(root: PageRef, info) -> list:
        if root.page.pk is None:
            return []
        return root.content.state.change_registers.get(root.page.pk, [])


TYPE_FOR_MODEL: dict[type[WagtailPage], type[graphene.ObjectType]] = {
    DepartmentHomeModel: DepartmentHomePage,
    SchoolHomeModel: SchoolHomePage,
    NewsIndexModel: NewsIndexPage,
    NewsModel: NewsPage,
    EventIndexModel: EventIndexPage,
    EventModel: EventPage,
    StandardModel: StandardPage,
    ContactModel: ContactPage,
    AccessibilityStatementModel: AccessibilityStatementPage,
    DocumentModel: DocumentPage,
}
PAGE_TYPES = [GenericPage, *TYPE_FOR_MODEL.values()]
