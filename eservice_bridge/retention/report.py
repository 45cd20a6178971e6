"""The outcome of one retention run: numbers and case numbers, never personal data."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class RetentionReport:
    now: dt.datetime
    dry_run: bool = False
    deleted_cases: list[str] = field(default_factory=list)  # case numbers
    kept: Counter = field(default_factory=Counter)  # assessment status value -> count
    failures: dict[str, str] = field(default_factory=dict)  # case number -> reason
    services_without_rule: list[str] = field(default_factory=list)  # service slugs
    files_deleted: int = 0
    case_audit_entries_replaced: int = 0
    drafts_deleted: int = 0
    draft_files_deleted: int = 0
    audit_entries_purged: int = 0
    payments_forgotten: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.services_without_rule

    def lines(self) -> list[str]:
        """Polish lines for the management command and the log."""
        verb = _("do usunięcia") if self.dry_run else _("usunięto")
        out = [
            _("Retencja danych e-usług, %(when)s%(mode)s")
            % {
                "when": f"{self.now:%Y-%m-%d %H:%M}",
                "mode": _(" (próba: nic nie usunięto)") if self.dry_run else "",
            },
            _("Sprawy %(verb)s: %(n)d") % {"verb": verb, "n": len(self.deleted_cases)},
        ]
        out += [f"  - {number}" for number in self.deleted_cases]
        out.append(
            _("Pliki załączników spraw %(verb)s: %(n)d") % {"verb": verb, "n": self.files_deleted}
        )
        out.append(
            _("Wpisy dziennika spraw zastąpione wpisem o usunięciu: %(n)d")
            % {"n": self.case_audit_entries_replaced}
        )
        out.append(
            _("Nieukończone wersje robocze %(verb)s: %(n)d (pliki: %(f)d)")
            % {"verb": verb, "n": self.drafts_deleted, "f": self.draft_files_deleted}
        )
        out.append(
            _("Wpisy dziennika niezwiązane ze sprawą %(verb)s: %(n)d")
            % {"verb": verb, "n": self.audit_entries_purged}
        )
        if self.kept:
            kept = ", ".join(f"{status}: {count}" for status, count in sorted(self.kept.items()))
            out.append(_("Sprawy zachowane (powód: liczba): %(k)s") % {"k": kept})
        if self.payments_forgotten:
            out.append(
                _("Płatności odłączone od usuniętych spraw (zostają w księgach): %(n)d")
                % {"n": self.payments_forgotten}
            )
        for slug in self.services_without_rule:
            out.append(
                _("UWAGA: usługa „%(s)s” nie ma reguły przechowywania – jej sprawy nie są usuwane.")
                % {"s": slug}
            )
        for number, reason in self.failures.items():
            out.append(_("BŁĄD: sprawy %(c)s nie usunięto: %(r)s") % {"c": number, "r": reason})
        return out
