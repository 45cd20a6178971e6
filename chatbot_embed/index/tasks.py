"""Celery tasks of the index: indexing needs the stemmer, so it runs outside the request."""

from celery import shared_task
from wagtail.models import Page

from .refresh import rebuild_all, reindex_subtree


@shared_task(name="chatbot_embed.reindex_subtree")
def reindex_subtree_task(page_id: int) -> int:
    page = Page.objects.filter(pk=page_id).first()
    return reindex_subtree(page) if page is not None else 0


@shared_task(name="chatbot_embed.rebuild_all")
def rebuild_all_task() -> int:
    return rebuild_all()
