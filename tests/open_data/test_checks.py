"""The open-data system checks: an unknown licence is an error, plain http a warning."""

from django.core import checks


def ids(**kwargs) -> set[str]:
    return {message.id for message in checks.run_checks() if message.id.startswith("open_data")}


def test_defaults_in_tests_warn_about_plain_http(settings):
    settings.DEBUG = False
    settings.OPEN_DATA_BASE_URL = ""
    settings.PUBLIC_SCHEME = "http"
    assert ids() == {"open_data.W001"}


def test_https_and_a_known_licence_pass(settings):
    settings.OPEN_DATA_BASE_URL = "https://oswiata.dabrowa-gornicza.pl"
    settings.OPEN_DATA_LICENCE = "CC0-1.0"
    assert ids() == set()


def test_an_unknown_licence_is_an_error(settings):
    settings.OPEN_DATA_BASE_URL = "https://oswiata.dabrowa-gornicza.pl"
    settings.OPEN_DATA_LICENCE = "GPL"
    assert ids() == {"open_data.E001"}
