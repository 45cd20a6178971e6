"""Apply the retention rules now (what the nightly task does); --dry-run only reports."""

from django.core.management.base import BaseCommand, CommandError

from eservice_bridge.retention.enforcement import enforce_retention


class Command(BaseCommand):
    help = (
        "Delete e-service data whose retention period is over; prints case numbers and counts "
        "only, never personal data. Exit code 1 when a case could not be deleted."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be deleted; delete nothing."
        )

    def handle(self, *args, **options) -> None:
        report = enforce_retention(dry_run=options["dry_run"])
        for line in report.lines():
            self.stdout.write(line)
        if report.failures:
            raise CommandError(f"Nie usunięto spraw: {len(report.failures)} (szczegóły wyżej).")
