"""Send the proactive notices due now (the same work as the Celery beat task)."""

from django.core.management.base import BaseCommand

from eservice_bridge.notices.dispatch import due_notices, send_due_notices


class Command(BaseCommand):
    help = (
        "Wysyła powiadomienia e-usług, których termin nadszedł (przypomnienia, etapy rekrutacji)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Tylko wypisz, co zostałoby wysłane; niczego nie twórz.",
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        if dry_run:
            due = due_notices()
            for item in due:
                self.stdout.write(
                    f"{item.kind}\t{item.event_key}\t{item.applicant.public_id}\t{item.title}"
                )
            self.stdout.write(f"Do wysłania: {len(due)} (nic nie utworzono).")
            return
        counts = send_due_notices()
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count}")
