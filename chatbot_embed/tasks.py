"""Celery tasks of the chatbot (Celery's autodiscovery imports this module)."""

from .api.answer_counts import flush_answer_counts_task
from .index.tasks import rebuild_all_task, reindex_subtree_task

__all__ = ["flush_answer_counts_task", "rebuild_all_task", "reindex_subtree_task"]
