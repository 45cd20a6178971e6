"""The open-data system checks: an unknown licence is an error, plain http a warning."""

from django.core import checks


def ids(**kwargs) -> set[str]:
    return {message.id for message in checks.run_checks() if message.id.startswith("open_data")}


def test_a_deployment_on_plain_http_is_warned(settings):
    settings.DEBUG = False
    settings.SESSION_COOKIE_SECURE = True
    settings.OPEN_DATA_BASE_URL = ""
    settings.PUBLIC_SCHEME = "http"
    assert ids() == {"open_data.W001"}


def test_development_on_plain_http_is_not_warned(settings):
    settings.DEBUG = True
    settings.OPEN_DATA_BASE_URL = ""
    assert ids() == set()


def test_https_and_a_known_licence_pass(settings):
    settings.OPEN_DATA_BASE_URL = "https://oswiata.dabrowa-gornicza.pl"
    settings.OPEN_DATA_LICENCE = "CC0-1.0"
    assert ids() == set()


def test_an_unknown_licence_is_an_error(settings):
    settings.OPEN_DATA_BASE_URL = "https://oswiata.dabrowa-gornicza.pl"
    settings.OPEN_DATA_LICENCE = "GPL"
    assert ids() == {"open_data.E001"}
