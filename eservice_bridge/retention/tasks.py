"""The nightly Celery task (scheduled in CELERY_BEAT_SCHEDULE as eservice-retention)."""

from celery import shared_task

from .enforcement import enforce_retention


@shared_task(name="eservice_bridge.enforce_retention")
def enforce_retention_task(dry_run: bool = False) -> dict:
    """Run the retention rules; returns counts and case numbers only (no personal data)."""
    report = enforce_retention(dry_run=dry_run)
    return {
        "deleted_cases": report.deleted_cases,
        "failures": report.failures,
        "services_without_rule": report.services_without_rule,
        "drafts_deleted": report.drafts_deleted,
        "files_deleted": report.files_deleted + report.draft_files_deleted,
        "audit_entries_purged": report.audit_entries_purged,
    }
