"""Celery tasks of the chatbot (Celery's autodiscovery imports this module)."""

from .index.tasks import rebuild_all_task, reindex_subtree_task

__all__ = ["rebuild_all_task", "reindex_subtree_task"]
