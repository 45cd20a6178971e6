"""Paginated listings of news and events, and the news tag cloud."""

import graphene

from .pages import EventPage, NewsPage


class PaginationFields:
    total_count = graphene.Int(required=True)
    page = graphene.Int(required=True)
    per_page = graphene.Int(required=True)
    num_pages = graphene.Int(required=True)
    has_next = graphene.Boolean(required=True)
    has_previous = graphene.Boolean(required=True)


class NewsConnection(PaginationFields, graphene.ObjectType):
    items = graphene.List(graphene.NonNull(NewsPage), required=True)


class EventConnection(PaginationFields, graphene.ObjectType):
    items = graphene.List(graphene.NonNull(EventPage), required=True)


class TagCount(graphene.ObjectType):
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    count = graphene.Int(required=True)
