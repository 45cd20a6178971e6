"""The one sanctioned way to delete audit entries, used only by retention.

Audit entries of a case say who viewed which personal data of it; once the case itself is
deleted under its retention rule they go too, replaced by a single tombstone entry without
personal data. Entries not tied to a case (sign-ins, case lists) are kept for
``settings.ESERVICES_AUDIT_RETENTION_YEARS`` years. Nothing else may delete or change entries.
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction

from .models import AuditEntry, purge_sanctioned

TOMBSTONE_ACTION = "usuniecie-danych"
RETENTION_RUN_ACTION = "retencja"
# Entries that prove what retention did; they hold no personal data and are never purged.
PRESERVED_ACTIONS = frozenset({TOMBSTONE_ACTION, RETENTION_RUN_ACTION})


@contextmanager
def _sanctioned() -> Iterator[None]:
    token = purge_sanctioned.set(True)
    try:
        yield
    finally:
        purge_sanctioned.reset(token)


def replace_case_entries(case, *, detail: str) -> tuple[int, AuditEntry]:
    """Delete the case's entries and write one tombstone (case left empty).

    Must run inside the transaction that deletes the case; returns (entries removed, tombstone).
    The detail must not contain personal data: case number, service and rule only.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Purging a case's audit entries needs the deleting transaction.")
    with _sanctioned():
        removed, _per_model = AuditEntry.objects.filter(case=case).delete()
    tombstone = AuditEntry.objects.create(
        actor="system", action=TOMBSTONE_ACTION, case=None, detail=detail[:500]
    )
    return removed, tombstone


def purge_unattached_before(cutoff: dt.datetime, *, dry_run: bool = False) -> int:
    """Delete (or count) entries not tied to a case written before ``cutoff``."""
    entries = AuditEntry.objects.filter(case__isnull=True, at__lt=cutoff).exclude(
        action__in=PRESERVED_ACTIONS
    )
    if dry_run:
        return entries.count()
    with _sanctioned(), transaction.atomic():
        removed, _per_model = entries.delete()
    return removed
