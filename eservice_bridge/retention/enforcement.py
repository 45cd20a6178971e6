"""The nightly run: delete what the retention rules say is due, report everything else."""

import datetime as dt
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils import timezone

from eservice_bridge import clock
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.audit.purge import RETENTION_RUN_ACTION, purge_unattached_before
from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Service

from .assessment import ENDED_STATES, Status, add_years, assess
from .erasure import ErasureBlocked, case_attachments, discard_files, erase_case
from .models import RetentionRule
from .report import RetentionReport

logger = logging.getLogger(__name__)
BATCH = 500

KEPT_LABELS = {
    Status.SCHEDULED: "okres nie minął",
    Status.ATTENDANCE: "dziecko przyjęte",
    Status.COMPLAINT: "skarga do sądu",
    Status.OPEN: "sprawa w toku",
    Status.PERMANENT: "kategoria A",
    Status.NO_RULE: "brak reguły",
}


def draft_retention_days() -> int:
    return int(getattr(settings, "ESERVICES_DRAFT_RETENTION_DAYS", 90))


def audit_retention_years() -> int:
    return int(getattr(settings, "ESERVICES_AUDIT_RETENTION_YEARS", 2))


def _failure_reason(exc: Exception) -> str:
    """A reason without personal data (never the exception's message with object reprs)."""
    if isinstance(exc, ErasureBlocked):
        return str(exc)
    if isinstance(exc, ProtectedError | RestrictedError):
        blocking = (
            exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects
        )
        models = sorted({obj._meta.label for obj in blocking})
        return "powiązane rekordy blokują usunięcie: " + ", ".join(models)
    return f"błąd {type(exc).__name__}"


def _enforce_cases(report: RetentionReport, rules: dict[int, RetentionRule], today: dt.date):
    open_cases = Case.objects.exclude(state__in=ENDED_STATES)
    no_rule = open_cases.exclude(service_id__in=list(rules)).count()
    if no_rule:
        report.kept[KEPT_LABELS[Status.NO_RULE]] += no_rule
    if open_cases.count() > no_rule:
        report.kept[KEPT_LABELS[Status.OPEN]] += open_cases.count() - no_rule
    # Ids first, rows in batches: deleting while a cursor is open over the same table is unsafe.
    ids = list(
        Case.objects.filter(state__in=ENDED_STATES).order_by("pk").values_list("pk", flat=True)
    )
    for start in range(0, len(ids), BATCH):
        batch = Case.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk")
        for case in batch.select_related("service", "decision", "retention_ending"):
            _enforce_case(report, case, rules.get(case.service_id), today)


def _enforce_case(
    report: RetentionReport, case: Case, rule: RetentionRule | None, today: dt.date
) -> None:
    verdict = assess(case, rule, today)
    if not verdict.due:
        report.kept[KEPT_LABELS[verdict.status]] += 1
        return
    if report.dry_run:
        report.deleted_cases.append(case.number)
        report.files_deleted += case_attachments(case).count()
        report.case_audit_entries_replaced += AuditEntry.objects.filter(case=case).count()
        return
    try:
        erased = erase_case(case.pk, rule, today)
    except Exception as exc:  # one case failing never stops the others
        reason = _failure_reason(exc)
        report.failures[case.number] = reason
        logger.error("Retention: case %s not deleted: %s", case.number, reason)
        return
    if erased is None:
        report.kept["zmieniono w trakcie"] += 1
        return
    report.deleted_cases.append(erased.number)
    report.files_deleted += len(erased.files)
    report.case_audit_entries_replaced += erased.audit_entries
    report.payments_forgotten += erased.payments


def _enforce_drafts(report: RetentionReport, now: dt.datetime) -> None:
    """Never-submitted drafts inactive for longer than the limit go with their files."""
    cutoff = now - dt.timedelta(days=draft_retention_days())
    stale = Draft.objects.filter(
        submitted_at__isnull=True, case__isnull=True, updated_at__lt=cutoff
    )
    for draft_pk in list(stale.values_list("pk", flat=True)):
        files_query = Attachment.objects.filter(draft_id=draft_pk, case__isnull=True)
        if report.dry_run:
            report.drafts_deleted += 1
            report.draft_files_deleted += files_query.count()
            continue
        with transaction.atomic():
            draft = (
                Draft.objects.select_for_update()
                .filter(pk=draft_pk, submitted_at__isnull=True, updated_at__lt=cutoff)
                .first()
            )
            if draft is None or Case.objects.filter(draft_id=draft_pk).exists():
                continue  # submitted or touched meanwhile
            files = list(files_query.values_list("stored_name", flat=True))
            files_query.delete()
            draft.delete()
            transaction.on_commit(lambda files=files: discard_files(files))
        report.drafts_deleted += 1
        report.draft_files_deleted += len(files)


def enforce_retention(now: dt.datetime | None = None, dry_run: bool = False) -> RetentionReport:
    """Apply every retention rule once; safe to repeat (a second run finds nothing due)."""
    now = now or clock.now()
    report = RetentionReport(now=now, dry_run=dry_run)
    today = timezone.localtime(now).date() if timezone.is_aware(now) else now.date()
    rules = {rule.service_id: rule for rule in RetentionRule.objects.select_related("service")}
    report.services_without_rule = list(
        Service.objects.exclude(pk__in=list(rules)).order_by("slug").values_list("slug", flat=True)
    )
    for slug in report.services_without_rule:
        logger.warning("Retention: service %s has no retention rule; its cases are kept.", slug)
    _enforce_cases(report, rules, today)
    _enforce_drafts(report, now)
    cutoff = _years_before(now, audit_retention_years())
    report.audit_entries_purged = purge_unattached_before(cutoff, dry_run=dry_run)

    if not dry_run and (
        report.deleted_cases or report.drafts_deleted or report.audit_entries_purged
    ):
        AuditEntry.objects.create(
            actor="system",
            action=RETENTION_RUN_ACTION,
            detail=(
                f"sprawy: {len(report.deleted_cases)}, wersje robocze: {report.drafts_deleted}, "
                f"wpisy dziennika: {report.audit_entries_purged}"
            ),
        )
    for line in report.lines():
        logger.info("%s", line)
    return report


def _years_before(moment: dt.datetime, years: int) -> dt.datetime:
    day = add_years(moment.date(), -years)
    return moment.replace(year=day.year, month=day.month, day=day.day)
