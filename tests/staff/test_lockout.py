"""Sign-in lockout (django-axes): per account and per client address, never city-wide.

Before the fix the admin login accepted any number of password guesses.
"""

import pytest

from tests.clients.proxy import through_proxy

from .signing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def proxy(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    settings.AXES_FAILURE_LIMIT = 3


def test_an_account_is_locked_after_repeated_failures(client, people, proxy):
    codes = [
        sign_in(client, "sp1-redaktor", "zle-haslo", **through_proxy(f"203.0.113.{n}")).status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]  # the login form with an error, then the lockout
    locked = sign_in(client, "sp1-redaktor", **through_proxy("203.0.113.50"))
    assert locked.status_code == 429
    assert "zablokowane po zbyt wielu nieudanych próbach" in locked.content.decode()
    assert client.get("/admin/").status_code == 302  # not signed in


def test_an_address_is_locked_after_failures_on_several_accounts(client, people, proxy):
    for username in ("wydzial", "cuw", "sp1-moderator"):
        sign_in(client, username, "zle-haslo", **through_proxy("203.0.113.7"))
    locked = sign_in(client, "sp1-redaktor", **through_proxy("203.0.113.7"))
    assert locked.status_code == 429
    # The same account from another family's address behind the proxy signs in.
    assert sign_in(client, "sp1-redaktor", **through_proxy("203.0.113.8")).status_code == 302


def test_failures_of_22_clients_behind_the_proxy_do_not_lock_everyone(client, people, proxy):
    for n in range(22):
        sign_in(client, f"ktos-{n}", "zle-haslo", **through_proxy(f"203.0.113.{n + 1}"))
    assert sign_in(client, "sp1-redaktor", **through_proxy("203.0.113.200")).status_code == 302


def test_an_administrator_unlocks_an_account(client, people, proxy):
    for n in range(3):
        sign_in(client, "sp1-redaktor", "zle-haslo", **through_proxy(f"203.0.113.{n}"))
    from django.test import Client

    admin = Client()
    admin.force_login(people["admin"])
    page = admin.get("/admin/bezpieczenstwo-kont/")
    assert page.status_code == 200
    assert "konto: sp1-redaktor" in page.content.decode()
    response = admin.post("/admin/bezpieczenstwo-kont/odblokuj/", {"username": "sp1-redaktor"})
    assert response.status_code == 302
    assert sign_in(client, "sp1-redaktor", **through_proxy("203.0.113.60")).status_code == 302


@pytest.mark.parametrize("role", ["editor", "moderator", "department"])
def test_only_administrators_see_the_lockouts(client, people, role):
    from tests.two_factor import totp_device

    device = totp_device(people["cuw"])
    client.force_login(people[role])
    # Wagtail answers a permission error in its admin with a redirect to the dashboard.
    for response in (
        client.get("/admin/bezpieczenstwo-kont/"),
        client.post("/admin/bezpieczenstwo-kont/odblokuj/", {"username": "x"}),
        client.post("/admin/bezpieczenstwo-kont/reset-2fa/", {"username": "cuw"}),
    ):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert type(device).objects.filter(pk=device.pk).exists()  # nothing was reset


def test_an_administrator_resets_a_lost_second_factor(client, people):
    from tests.two_factor import totp_device

    totp_device(people["cuw"])
    client.force_login(people["admin"])
    client.post("/admin/bezpieczenstwo-kont/reset-2fa/", {"username": "cuw"})
    from django.test import Client

    cuw = Client()
    sign_in(cuw, "cuw")
    assert cuw.get("/admin/")["Location"].startswith("/admin/dwuetapowe/konfiguracja/")
