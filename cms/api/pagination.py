"""Page-number pagination with limits that fail loudly instead of silently clamping."""

import math
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from graphql import GraphQLError


def max_page_size() -> int:
    return int(settings.GRAPHQL_MAX_PAGE_SIZE)


def check_pagination(page: int, per_page: int) -> None:
    if page < 1:
        raise GraphQLError(_("Argument page musi być liczbą od 1 wzwyż."))
    if per_page < 1 or per_page > max_page_size():
        raise GraphQLError(
            _("Argument perPage musi być liczbą od 1 do %(max)d.") % {"max": max_page_size()}
        )


def paginate(queryset: QuerySet, page: int, per_page: int) -> dict[str, Any]:
    """One page of ``queryset`` plus the counts; a page past the end is empty."""
    check_pagination(page, per_page)
    total = queryset.count()
    num_pages = max(1, math.ceil(total / per_page))
    offset = (page - 1) * per_page
    items = list(queryset[offset : offset + per_page]) if page <= num_pages else []
    return {
        "items": items,
        "total_count": total,
        "page": page,
        "per_page": per_page,
        "num_pages": num_pages,
        "has_next": page < num_pages,
        "has_previous": page > 1,
    }
