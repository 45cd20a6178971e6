"""Print the current two-step sign-in code of the demo accounts (their documented TOTP key)."""

from __future__ import annotations

import base64
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.staff_access.devices import current_code
from demo.accounts import DEMO_TOTP_KEY


class Command(BaseCommand):
    help = "Wypisuje bieżący kod logowania dwuetapowego kont demonstracyjnych."

    def handle(self, *args: Any, **options: Any) -> None:
        if getattr(settings, "ELACZE_PRODUCTION", False):
            raise CommandError("demo_totp działa tylko z danymi demonstracyjnymi, nie w produkcji.")
        self.stdout.write(current_code(TOTPDevice(key=DEMO_TOTP_KEY)))


def demo_totp_lines() -> list[str]:
    secret = base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode()
    now = current_code(TOTPDevice(key=DEMO_TOTP_KEY))
    return [
        "Logowanie dwuetapowe (admin, wydzial-oswiaty, cuw, <jednostka>-moderator, "
        "<jednostka>-sekretariat): po haśle wpisz kod TOTP.",
        f"  Klucz do aplikacji uwierzytelniającej: {secret}",
        f"  (otpauth://totp/E-%C5%82%C4%85cze:demo?secret={secret}&issuer=E-%C5%82%C4%85cze)",
        f"  Bieżący kod: python manage.py demo_totp  (teraz: {now})",
    ]
