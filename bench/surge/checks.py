"""After the burst: counting in PostgreSQL that nothing was lost, duplicated or half-saved.

Plain ORM queries, so ``tests/eservices/test_surge_checks.py`` runs them on the test database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

NUMBER = re.compile(r"^(?P<symbol>.+)\.(?P<n>\d+)\.(?P<year>\d{4})$")


@dataclass
class Verdict:
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)  # acknowledged, but no case for the draft
    wrong_case: list[str] = field(default_factory=list)  # redirected to another draft's case
    duplicated_drafts: int = 0  # drafts with more than one case
    duplicated_numbers: int = 0  # case numbers held by more than one case
    unacknowledged_saved: int = 0  # the client left (or failed), the server finished: allowed
    unacknowledged_unsaved: int = 0
    half_saved: dict[str, int] = field(default_factory=dict)
    numbering: list[str] = field(default_factory=list)  # gaps or surplus per service and year

    @property
    def duplicated(self) -> int:
        return self.duplicated_drafts + self.duplicated_numbers

    @property
    def half_saved_total(self) -> int:
        return sum(self.half_saved.values())

    @property
    def ok(self) -> bool:
        return not (
            self.lost
            or self.wrong_case
            or self.duplicated
            or self.half_saved_total
            or self.numbering
        )


def half_saved() -> dict[str, int]:
    """Global invariants of the case tables; every count must be zero."""
    from django.db.models import Exists, OuterRef

    from eservice_bridge.applications.models import Attachment, Draft
    from eservice_bridge.audit.models import AuditEntry
    from eservice_bridge.cases.models import Case

    audited = AuditEntry.objects.filter(case=OuterRef("pk"), action="zlozenie-wniosku")
    return {
        "draft marked submitted without a case": Draft.objects.filter(
            submitted_at__isnull=False, case__isnull=True
        ).count(),
        "case whose draft is not marked submitted": Case.objects.filter(
            draft__submitted_at__isnull=True
        ).count(),
        "case without its audit entry": Case.objects.exclude(Exists(audited)).count(),
        "attachment of a submitted draft left without the case": Attachment.objects.filter(
            draft__case__isnull=False, case__isnull=True
        ).count(),
    }


def numbering() -> list[str]:
    """Case numbers per service and year are exactly 1..CaseCounter.last: no gap, no surplus."""
    from eservice_bridge.cases.models import Case, CaseCounter

    taken: dict[tuple[int, int], list[int]] = defaultdict(list)
    for service_id, number in Case.objects.values_list("service_id", "number"):
        match = NUMBER.match(number)
        if match:
            taken[(service_id, int(match["year"]))].append(int(match["n"]))
    problems = []
    counters = {(c.service_id, c.year): c.last for c in CaseCounter.objects.all()}
    for key in sorted(set(counters) | set(taken)):
        numbers = taken.get(key, [])
        expected = set(range(1, counters.get(key, 0) + 1))
        missing, surplus = expected - set(numbers), set(numbers) - expected
        if missing or surplus or len(numbers) != len(set(numbers)):
            problems.append(
                f"service {key[0]}, {key[1]}: counter {counters.get(key, 0)}, "
                f"{len(numbers)} cases, {len(missing)} missing, {len(surplus)} surplus"
            )
    return problems


def verify(acknowledged: dict[str, str], drafts: list[str]) -> Verdict:
    """``acknowledged`` maps draft public id → case public id from the redirect; ``drafts`` are
    every draft the burst touched (acknowledged or not)."""
    from django.db.models import Count

    from eservice_bridge.cases.models import Case

    cases: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(drafts), 1000):
        chunk = drafts[start : start + 1000]
        for draft_id, case_id in Case.objects.filter(draft__public_id__in=chunk).values_list(
            "draft__public_id", "public_id"
        ):
            cases[str(draft_id)].append(str(case_id))
    verdict = Verdict(acknowledged=len(acknowledged))
    for draft_id, case_id in acknowledged.items():
        found = cases.get(draft_id, [])
        if not found:
            verdict.lost.append(draft_id)
        elif case_id not in found:
            verdict.wrong_case.append(draft_id)
    for draft_id in set(drafts) - set(acknowledged):
        if cases.get(draft_id):
            verdict.unacknowledged_saved += 1
        else:
            verdict.unacknowledged_unsaved += 1
    verdict.duplicated_drafts = (
        Case.objects.values("draft").annotate(n=Count("pk")).filter(n__gt=1).count()
    )
    verdict.duplicated_numbers = (
        Case.objects.values("number").annotate(n=Count("pk")).filter(n__gt=1).count()
    )
    verdict.half_saved = half_saved()
    verdict.numbering = numbering()
    return verdict
