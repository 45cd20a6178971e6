"""The E-łącze CMS: one Wagtail multisite for the education department and its units."""

from .celery import app as celery_app

__all__ = ["celery_app"]
