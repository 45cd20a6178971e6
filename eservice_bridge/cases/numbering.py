"""Case numbers per service and year: <symbol>.<n>.<year>, e.g. WO.4430.1.2026.

Numbers are gapless: the counter moves in the submitting transaction, so a submission that rolls
back gives its number back. The price is that the counter row stays locked until that
transaction commits, which serialises every submission of one service; call ``next_number`` as
late as possible in the transaction (just before inserting the case), so the lock is held only
for the last few statements and the commit.
"""

from django.db import IntegrityError, connection, transaction

from eservice_bridge.catalogue.models import Service

from .models import CaseCounter

_TABLE = CaseCounter._meta.db_table


def _increment(service_id: int, year: int) -> int | None:
    """One statement: increment and read back (takes the row lock); None when no row yet."""
    with connection.cursor() as cursor:
        cursor.execute(
            f'UPDATE "{_TABLE}" SET "last" = "last" + 1 '  # noqa: S608 - table name from the model
            'WHERE "service_id" = %s AND "year" = %s RETURNING "last"',
            [service_id, year],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def next_number(service: Service, year: int) -> str:
    """Must run inside a transaction: the counter row stays locked until it commits."""
    if not connection.in_atomic_block:
        raise RuntimeError("next_number() must run inside transaction.atomic().")
    for _attempt in range(3):
        last = _increment(service.pk, year)
        if last is None:
            try:
                with transaction.atomic():  # first case of the year; a racing creator wins
                    CaseCounter.objects.create(service=service, year=year, last=0)
            except IntegrityError:
                pass
            continue
        return f"{service.case_symbol}.{last}.{year}"
    raise RuntimeError("Could not allocate a case number.")
