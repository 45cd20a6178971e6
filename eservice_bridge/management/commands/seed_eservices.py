"""Create or refresh the e-service catalogue of the brief (safe to run again)."""

from django.core.management.base import BaseCommand

from eservice_bridge.catalogue.seed import seed_services


class Command(BaseCommand):
    help = "Seed the e-service catalogue (idempotent: updates services by slug)."

    def handle(self, *args, **options) -> None:
        created, updated = seed_services()
        self.stdout.write(
            self.style.SUCCESS(f"E-usługi: utworzono {created}, zaktualizowano {updated}.")
        )
