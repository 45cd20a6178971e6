"""``manage.py seed_demo``: the department portal and N units with realistic Polish content."""

from __future__ import annotations

import argparse
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.accounts import (
    DEMO_PASSWORD,
    DEPARTMENT_USERNAME,
    SUPERUSER_USERNAME,
    editor_username,
    moderator_username,
    secretariat_username,
)
from demo.catalogue import MAX_UNITS
from demo.models import DemoSeed

DEFAULT_UNITS = 60


def unit_count(value: Any) -> int:
    """Parse ``--units``: a whole number from 1 to MAX_UNITS, else a clear Polish error."""
    text = str(value).strip()
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--units: „{text}” nie jest liczbą całkowitą (podaj liczbę od 1 do {MAX_UNITS})."
        ) from None
    if not 1 <= count <= MAX_UNITS:
        raise argparse.ArgumentTypeError(
            f"--units: {count} jest poza zakresem — podaj liczbę od 1 do {MAX_UNITS}."
        )
    return count


class Command(BaseCommand):
    help = (
        "Wypełnia portal danymi demonstracyjnymi: portal Wydziału Oświaty i N jednostek "
        "(domyślnie 60) z aktualnościami, wydarzeniami, stronami, kontami i komunikatami. "
        "Ponowne uruchomienie niczego nie zmienia."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--units",
            type=unit_count,
            default=DEFAULT_UNITS,
            help=f"liczba jednostek (1–{MAX_UNITS}, domyślnie {DEFAULT_UNITS})",
        )
        parser.add_argument(
            "--skip-if-seeded",
            action="store_true",
            help="zakończ od razu, jeśli dane demonstracyjne już są w bazie",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.ELACZE_PRODUCTION:
            raise CommandError(
                "seed_demo tworzy konta demonstracyjne ze znanymi hasłami i fikcyjne sprawy — "
                "nie uruchamia się z ustawieniami produkcyjnymi (cms.settings.production)."
            )
        try:
            units = unit_count(options["units"])
        except argparse.ArgumentTypeError as error:  # call_command(units=...) skips argparse
            raise CommandError(str(error)) from error
        if options["skip_if_seeded"] and DemoSeed.objects.is_seeded():
            self.stdout.write("Dane demonstracyjne już są w bazie — pomijam.")
            self._print_logins()
            return
        from demo.seeder import DemoSeeder, SeedError  # heavy imports only when seeding

        # The e-service catalogue the demo pages' e-service blocks point at (idempotent).
        call_command("seed_eservices", verbosity=0)

        verbose = options["verbosity"] >= 1
        self.stdout.write(f"Wypełniam portal danymi demonstracyjnymi ({units} jednostek)…")
        seeder = DemoSeeder(units=units, log=self.stdout.write if verbose else lambda _m: None)
        try:
            result = seeder.run()
        except SeedError as error:
            raise CommandError(str(error)) from error
        from demo.eservices import seed_demo as seed_eservice_demo

        # Level-5 e-services: a parent's household, the recruitment timetable, retention rules
        # and a year of case history for the indicators (each idempotent).
        for summary in seed_eservice_demo():
            if verbose:
                self.stdout.write(f"E-usługi: {summary}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Gotowe w {result.seconds:.1f} s: wypełniono {len(result.seeded)} "
                f"serwisów, pominięto {len(result.skipped)} już istniejących."
            )
        )
        self._print_logins()

    def _print_logins(self) -> None:
        slug = DemoSeed.objects.first_unit_slug() or "sp1"
        self.stdout.write(
            f"Logowanie do panelu /admin/: {SUPERUSER_USERNAME}, {DEPARTMENT_USERNAME}, "
            f"{editor_username(slug)}, {moderator_username(slug)}, "
            f"{secretariat_username(slug)} (sprawy e-usług; i tak dla każdej "
            f"jednostki) — hasło: {DEMO_PASSWORD}"
        )
        from demo.accounts import ensure_demo_second_factors

        from .demo_totp import demo_totp_lines

        ensure_demo_second_factors()
        for line in demo_totp_lines():
            self.stdout.write(line)
