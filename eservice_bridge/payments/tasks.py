"""Celery tasks of the payments app."""

from celery import shared_task


@shared_task(name="eservice_payments.execute_refund")
def execute_refund(refund_pk: int) -> str:
    from .refunds import execute

    return execute(refund_pk)
