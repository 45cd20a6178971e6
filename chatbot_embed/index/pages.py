"""Which pages the public can see, and the documents each of them yields."""

from django.db import models
from django.utils import timezone
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction

from cms.home.models import ContactDetails

from ..models import DocumentKind
from .drafts import DocumentDraft
from .plain_text import body_text, html_to_text, polish_date

# Fields that are page furniture rather than content.
_SKIPPED_FIELDS = {"main_image_alt", "change_description", "sign_language_video_url"}
_FIELD_LABELS = {
    "address": "Adres",
    "phone": "Telefon",
    "email": "E-mail",
    "office_hours": "Godziny pracy sekretariatu",
    "place": "Miejsce",
    "principal": "Dyrektor",
    "produced_by": "Wytworzył",
}


def hidden_page_paths() -> list[str]:
    """Tree paths under which nothing is public: draft or unpublished pages, restricted pages."""
    unpublished = Page.objects.filter(live=False, depth__gt=1).values_list("path", flat=True)
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    return sorted({*unpublished, *restricted})


def is_hidden(path: str, hidden_paths: list[str]) -> bool:
    return any(path.startswith(prefix) for prefix in hidden_paths)


def public_pages(queryset: models.QuerySet | None = None) -> list[Page]:
    """Live, unexpired pages with no view restriction on them or any ancestor, as specific."""
    now = timezone.now()
    queryset = queryset if queryset is not None else Page.objects.all()
    queryset = (
        queryset.filter(live=True, depth__gt=1)
        .filter(models.Q(expire_at__isnull=True) | models.Q(expire_at__gt=now))
        .specific()
    )
    hidden = hidden_page_paths()
    return [page for page in queryset if not is_hidden(page.path, hidden)]


def _kind(page: Page) -> str:
    name = type(page).__name__
    return {"NewsPage": DocumentKind.NEWS, "EventPage": DocumentKind.EVENT}.get(
        name, DocumentKind.PAGE
    )


def _field_lines(page: Page) -> list[str]:
    """Text of the page type's own fields (summary, lead, intro, place, dates...)."""
    lines = []
    for fld in type(page)._meta.concrete_fields:
        if fld.model is Page or fld.name in _SKIPPED_FIELDS or fld.choices:
            continue
        value = getattr(page, fld.attname, None)
        if value in (None, ""):
            continue
        label = _FIELD_LABELS.get(fld.name)
        if isinstance(fld, models.URLField | models.DecimalField | models.ForeignKey):
            continue
        if isinstance(fld, RichTextField):
            text = html_to_text(value)
        elif isinstance(fld, models.DateField | models.DateTimeField):
            text = f"{fld.verbose_name.capitalize()}: {polish_date(value)}."
        elif isinstance(fld, models.CharField | models.TextField):
            text = str(value).strip()
        else:
            continue
        if label and not isinstance(fld, models.DateField | models.DateTimeField):
            text = f"{label}: {text}."
        lines.append(text)
    return lines


def contact_lines(home: Page | None) -> list[str]:
    """The unit's contact details as sentences (empty when the home page has none)."""
    if not isinstance(home, ContactDetails):
        return []
    name = getattr(home, "official_name", "") or home.title
    lines = [f"Dane kontaktowe: {name}."]
    if home.address:
        lines.append(f"Adres: {home.address}, {home.postal_code} {home.city}.".replace(" ,", ","))
    if home.phone:
        lines.append(f"Telefon: {home.phone}.")
    if home.email:
        lines.append(f"E-mail: {home.email}.")
    if home.office_hours:
        lines.append(f"Godziny pracy sekretariatu: {home.office_hours}.")
    return lines


def page_documents(page: Page, site_roots: dict[int, tuple[int, Page]]) -> list[DocumentDraft]:
    """The page itself and each of its FAQ items; ``site_roots`` maps root page id to site."""
    site = _site_of(page, site_roots)
    if site is None:
        return []
    site_id, root = site
    path = "/" + page.url_path[len(root.url_path) :]
    common = {"site_id": site_id, "page_id": page.pk, "valid_to": page.expire_at}
    body = body_text(getattr(page, "body", None))
    lines = _field_lines(page)
    if isinstance(page, ContactDetails) or type(page).__name__ == "ContactPage":
        lines.extend(contact_lines(root))
    lines.extend(body.lines)
    drafts = [
        DocumentDraft(
            key=f"page:{page.pk}",
            kind=_kind(page),
            title=page.title,
            path=path,
            text="\n".join(line for line in lines if line),
            service_slugs=body.service_slugs,
            **common,
        )
    ]
    for number, (question, answer) in enumerate(body.faq):
        drafts.append(
            DocumentDraft(
                key=f"faq:{page.pk}:{number}",
                kind=DocumentKind.FAQ,
                title=question,
                path=path,
                text=answer,
                service_slugs=body.service_slugs,
                **common,
            )
        )
    return drafts


def site_roots() -> dict[int, tuple[int, Page]]:
    from wagtail.models import Site

    return {
        site.root_page_id: (site.pk, site.root_page.specific)
        for site in Site.objects.select_related("root_page")
    }


def _site_of(page: Page, roots: dict[int, tuple[int, Page]]) -> tuple[int, Page] | None:
    best = None
    for _root_id, (site_id, root) in roots.items():
        if page.path.startswith(root.path) and (best is None or root.depth > best[1].depth):
            best = (site_id, root)
    return best
