"""Celery tasks of the payments app (Celery's autodiscovery imports this module)."""

from .refunds import execute_refund

__all__ = ["execute_refund"]
