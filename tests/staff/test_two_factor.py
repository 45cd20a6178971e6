"""Two-factor sign-in to the admin: mandatory for roles with personal data, optional otherwise.

Before the fix a password alone opened the admin to everyone, including CUW, the department
and anyone handling e-service cases.
"""

import re
import time

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.staff_access.policy import two_factor_required
from tests.two_factor import current_code, totp_device

from .signing import sign_in

pytestmark = pytest.mark.django_db

MANDATORY = ["admin", "department", "cuw", "moderator", "handler"]


@pytest.mark.parametrize("role", MANDATORY)
def test_mandatory_roles_must_set_up_a_second_factor(client, people, role):
    user = people[role]
    assert two_factor_required(user)
    response = sign_in(client, user.username)
    assert response.status_code == 302
    # The password is right, but every admin page leads to the set-up page.
    for path in ("/admin/", "/admin/pages/", "/admin/e-uslugi/sprawy/"):
        page = client.get(path)
        assert page.status_code == 302
        assert page["Location"].startswith("/admin/dwuetapowe/konfiguracja/")


def test_editors_may_sign_in_with_a_password_alone(client, people):
    assert not two_factor_required(people["editor"])
    sign_in(client, "sp1-redaktor")
    assert client.get("/admin/").status_code == 200


def test_setting_up_the_app_then_recovery_codes(client, people):
    sign_in(client, "wydzial")
    page = client.get("/admin/dwuetapowe/konfiguracja/?next=/admin/pages/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "otpauth://" not in html or "<svg" in html  # the QR code carries the otpauth URI
    assert "Klucz:" in html and "<svg" in html
    device = TOTPDevice.objects.get(user=people["department"], confirmed=False)

    wrong = client.post("/admin/dwuetapowe/konfiguracja/", {"code": "000000"})
    assert wrong.status_code == 400
    assert "Kod jest nieprawidłowy" in wrong.content.decode()
    # django-otp throttles a device after a wrong code: the right one must wait a second.
    throttled = client.post("/admin/dwuetapowe/konfiguracja/", {"code": current_code(device)})
    assert "Odczekaj kilka sekund" in throttled.content.decode()
    time.sleep(1.1)

    done = client.post(
        "/admin/dwuetapowe/konfiguracja/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    assert done.status_code == 200
    codes = re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_with_a_device_the_code_is_asked_after_the_password(client, people):
    device = totp_device(people["cuw"])
    sign_in(client, "cuw")
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/dwuetapowe/weryfikacja/")
    wrong = client.post("/admin/dwuetapowe/weryfikacja/", {"code": "123456", "next": "/admin/"})
    assert wrong.status_code == 400
    assert "Kod jest nieprawidłowy lub wygasł" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    time.sleep(1.1)  # django-otp throttles the device for a second after a wrong code
    ok = client.post(
        "/admin/dwuetapowe/weryfikacja/", {"code": current_code(device), "next": "/admin/"}
    )
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, people):
    from cms.staff_access.devices import new_recovery_codes

    totp_device(people["moderator"])
    codes = new_recovery_codes(people["moderator"])
    sign_in(client, "sp1-moderator")
    ok = client.post("/admin/dwuetapowe/weryfikacja/", {"code": codes[0], "next": "/admin/"})
    assert ok.status_code == 302
    assert client.get("/admin/").status_code == 200

    client.post("/admin/logout/")
    sign_in(client, "sp1-moderator")
    again = client.post("/admin/dwuetapowe/weryfikacja/", {"code": codes[0], "next": "/admin/"})
    assert again.status_code == 400


def test_an_editor_who_turned_it_on_must_use_it(client, people):
    totp_device(people["editor"])
    sign_in(client, "sp1-redaktor")
    assert client.get("/admin/")["Location"].startswith("/admin/dwuetapowe/weryfikacja/")


def test_a_stolen_password_cannot_replace_the_device(client, people):
    totp_device(people["department"])
    sign_in(client, "wydzial")
    response = client.get("/admin/dwuetapowe/konfiguracja/")
    assert response["Location"].startswith("/admin/dwuetapowe/weryfikacja/")


def test_open_redirects_are_refused(client, people):
    device = totp_device(people["cuw"])
    sign_in(client, "cuw")
    ok = client.post(
        "/admin/dwuetapowe/weryfikacja/",
        {"code": current_code(device), "next": "https://evil.example/"},
    )
    assert ok["Location"] == "/admin/"


def test_the_admin_icons_load_on_the_two_step_pages(client, people):
    """Every admin page fetches the icon sprite; redirected, the verification form was pasted
    into the page a second time and the real one posted the wrong "next"."""
    totp_device(people["cuw"])
    sign_in(client, "cuw")
    assert client.get("/admin/").status_code == 302  # not verified yet
    sprite = client.get("/admin/sprite/")
    assert sprite.status_code == 200
    assert b"<svg" in sprite.content
