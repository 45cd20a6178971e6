"""What the API may ever show: live, unexpired, public pages inside a site's tree, and the
documents and images of collections without a privacy setting."""

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages carrying a view restriction (it covers their whole subtree)."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_restricted(path: str, restricted: Iterable[str]) -> bool:
    return any(path.startswith(prefix) for prefix in restricted)


def visible_q(root: Page, restricted: Iterable[str], now: datetime, prefix: str = "") -> Q:
    """Live, unexpired, unrestricted pages in ``root``'s subtree (``root`` included).

    ``prefix`` lets the same condition filter a related page (e.g. ``"page__"``).
    """
    condition = Q(**{f"{prefix}path__startswith": root.path, f"{prefix}live": True}) & (
        Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now})
    )
    for path in restricted:
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


def is_visible(page: Page, restricted: Iterable[str], now: datetime) -> bool:
    """The same rule as :func:`visible_q` for one loaded page (site membership aside)."""
    if not page.live:
        return False
    if page.expire_at is not None and page.expire_at <= now:
        return False
    return not is_restricted(page.path, restricted)


def in_restricted_collection() -> Exists:
    """True for a document or image whose collection, or an ancestor of it, is private.

    Collection privacy covers the whole collection subtree, as Wagtail's document view checks
    it; images follow the same rule here (the public sites never show a private collection's
    image). A subquery, so filtering costs no extra query.
    """
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
        )
    )
