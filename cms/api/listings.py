"""The visible news and events of a site, filtered as the listing arguments say."""

from datetime import date

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Coalesce, Lower

from cms.events.models import EventPage
from cms.news.models import NewsPage, NewsPageTag
from cms.public.visibility import visible_q

from .content import SiteContent


def news(content: SiteContent, tag: str | None = None, year: int | None = None) -> QuerySet:
    """Newest first; ``tag`` matches a tag's slug or (case-insensitively) its name."""
    state = content.state
    queryset = NewsPage.objects.filter(visible_q(content.root, state.restricted, state.now))
    if tag:
        queryset = queryset.filter(
            Q(tagged_items__tag__slug=tag) | Q(tagged_items__tag__name__iexact=tag)
        ).distinct()
    if year is not None:
        queryset = queryset.filter(date__year=year)
    return queryset.order_by("-date", "-first_published_at", "-pk")


def news_tags(content: SiteContent) -> list[dict]:
    """Tags used by the site's visible news, with how many news items carry each."""
    state = content.state
    rows = (
        NewsPageTag.objects.filter(
            visible_q(content.root, state.restricted, state.now, prefix="content_object__")
        )
        .values("tag__name", "tag__slug")
        .annotate(count=Count("content_object_id", distinct=True))
        .order_by(Lower("tag__name"), "tag__slug")
    )
    return [{"name": r["tag__name"], "slug": r["tag__slug"], "count": r["count"]} for r in rows]


def events(
    content: SiteContent,
    upcoming: bool | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> QuerySet:
    """Events by start; ``upcoming`` splits at now (past ones newest first).

    ``dateFrom``/``dateTo`` keep events that overlap the range (by local date).
    """
    state = content.state
    queryset = EventPage.objects.filter(
        visible_q(content.root, state.restricted, state.now)
    ).annotate(finish=Coalesce("end", "start"))
    if date_from is not None:
        queryset = queryset.filter(finish__date__gte=date_from)
    if date_to is not None:
        queryset = queryset.filter(start__date__lte=date_to)
    if upcoming is True:
        return queryset.filter(finish__gte=state.now).order_by("start", "pk")
    if upcoming is False:
        return queryset.filter(finish__lt=state.now).order_by("-start", "-pk")
    return queryset.order_by("start", "pk")
