"""Staff sessions end after 8 hours and after 30 minutes idle; passwords of 12+ characters.

Before the fix a staff session lasted Django's two weeks, idle or not, and 8-character
passwords were accepted.
"""

import time

import pytest

from cms.staff_access.sessions import SEEN_AT, SIGNED_IN_AT

from .signing import sign_in

pytestmark = pytest.mark.django_db


def _age_session(client, **seconds_ago):
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_idle_staff_session_ends_after_30_minutes(client, people):
    sign_in(client, "sp1-redaktor")
    assert client.get("/admin/").status_code == 200
    _age_session(client, **{SEEN_AT: 29 * 60})
    assert client.get("/admin/").status_code == 200  # activity keeps it alive
    _age_session(client, **{SEEN_AT: 31 * 60})
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/").status_code == 302  # signed out for good


def test_staff_session_ends_8_hours_after_sign_in_even_when_active(client, people):
    sign_in(client, "sp1-redaktor")
    _age_session(client, **{SIGNED_IN_AT: 8 * 3600 + 5, SEEN_AT: 10})
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    login_page = client.get(response["Location"])
    assert "Sesja wygasła" in login_page.content.decode()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("krotkie-1", "Musi zawierać co najmniej 12 znaków."),
        ("123456789012345", "Hasło składa się wyłącznie z cyfr."),
        ("password1234", "To hasło jest zbyt powszechne."),
    ],
)
def test_weak_passwords_are_refused_in_polish(client, people, password, message):
    client.force_login(people["admin"])
    response = client.post(
        "/admin/users/new/",
        {
            "username": "nowy",
            "email": "nowy@example.org",
            "first_name": "Jan",
            "last_name": "Nowy",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="nowy").exists()
