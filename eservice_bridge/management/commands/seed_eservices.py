"""Create or refresh the e-service catalogue of the brief (safe to run again)."""

from django.core.management.base import BaseCommand

from eservice_bridge.catalogue.seed import seed_services
from eservice_bridge.retention.defaults import seed_retention_rules


class Command(BaseCommand):
    help = (
        "Seed the e-service catalogue (idempotent: updates services by slug) and the default "
        "retention rule of every service that has none (staff-edited rules are kept)."
    )

    def handle(self, *args, **options) -> None:
        created, updated = seed_services()
        rules, missing = seed_retention_rules()
        self.stdout.write(
            self.style.SUCCESS(
                f"E-usługi: utworzono {created}, zaktualizowano {updated}; "
                f"reguły przechowywania: utworzono {rules}, usług bez reguły {missing}."
            )
        )
