"""The e-services' Polish text goes through Django's translation machinery for real.

A tiny English catalogue is written to a temporary LOCALE_PATHS directory; a browser asking for
English gets the translated text, everyone else the Polish source strings.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import override_settings

from tests.sites.translations import write_mo

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Zaloguj się, aby złożyć wniosek": "Sign in to apply",
    "Logowanie": "Sign-in",
    "Wyślij link logowania": "Send a sign-in link",
    "Sprawdź skrzynkę e-mail": "Check your inbox",
    "Wysłaliśmy link logowania na adres <strong>%(email)s</strong>. Link jest jednorazowy "
    "i ważny 15 minut.": "We sent a sign-in link to <strong>%(email)s</strong>.",
    "Logowanie do e-usług oświatowych": "Signing in to the education e-services",
}


@pytest.fixture
def english_catalogue(tmp_path, settings):
    write_mo(tmp_path / "en" / "LC_MESSAGES" / "django.mo", ENGLISH)
    with override_settings(
        LOCALE_PATHS=[str(tmp_path)], LANGUAGES=[("pl", "Polski"), ("en", "English")]
    ):
        yield


def test_templates_and_view_messages_are_translated(client, english_catalogue):
    html = client.get("/e-uslugi/logowanie/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<h1>Sign in to apply</h1>" in html
    assert "Send a sign-in link" in html
    assert "<title>Sign-in – " in html  # the view's page_title
    # A string missing from the catalogue stays Polish.
    assert "Zaloguj się przez login.gov.pl" in html


def test_without_english_the_polish_source_is_shown(client, english_catalogue):
    html = client.get("/e-uslugi/logowanie/").content.decode()
    assert "<h1>Zaloguj się, aby złożyć wniosek</h1>" in html
    assert "<title>Logowanie – " in html


def test_blocktranslate_keeps_markup_and_escapes_the_address(client, english_catalogue):
    response = client.post(
        "/e-uslugi/logowanie/email/",
        {"email": "rodzic@example.pl", "next": "/e-uslugi/"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    html = response.content.decode()
    assert "<h1>Check your inbox</h1>" in html
    assert "We sent a sign-in link to <strong>rodzic@example.pl</strong>." in html
    assert mail.outbox[-1].subject == "Signing in to the education e-services"
    # The body has no English entry: the Polish sentence with the real link and validity.
    assert "otwórz link (ważny 15 minut, jednorazowy)" in mail.outbox[-1].body
    assert "/e-uslugi/logowanie/email/" in mail.outbox[-1].body
