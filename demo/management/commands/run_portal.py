"""``make run`` in one process: migrate, seed the demo once, build missing sites, serve.

Running the steps in one process saves three Django start-ups, so a second ``make run`` (nothing
to seed or build) is up in about the time one start-up takes.
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from static_builds.scheduler import start_in_process


def port_number(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise CommandError(f"Nieprawidłowy port: {value!r} (podaj liczbę 1–65535).")
    return port


def listen_address(value: str) -> str:
    """The address for runserver: an IPv6 address goes in brackets."""
    address = value.strip()
    if ":" in address and not address.startswith("["):
        return f"[{address}]"
    return address


class Command(BaseCommand):
    help = "Przygotowuje portal demonstracyjny (migracje, dane, strony statyczne) i go uruchamia."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        # Only this machine by default: the demo has well-known passwords and simulators.
        # `HOST=0.0.0.0 make run` opens it to the network on purpose.
        parser.add_argument("--addr", default=os.environ.get("HOST") or "127.0.0.1")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.ELACZE_PRODUCTION:
            raise CommandError(
                "run_portal uruchamia portal demonstracyjny (serwer deweloperski, dane demo) — "
                "w produkcji użyj gunicorn za nginx (deploy/)."
            )
        port = port_number(str(options["port"]))
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo", skip_if_seeded=True)
        call_command("build_sites", all=True, if_missing=True)
        # No beat here: expiry/go-live dates and announcement windows are checked in-process.
        start_in_process()
        self.stdout.write(
            f"Portal:  http://localhost:{port}/   Jednostki: http://sp1.localhost:{port}/ …\n"
            f"Panel:   http://localhost:{port}/admin/  (konta: docs/demo-data.md)\n"
            f"GraphQL: http://localhost:{port}/graphql"
        )
        call_command("runserver", f"{listen_address(options['addr'])}:{port}", use_reloader=False)
