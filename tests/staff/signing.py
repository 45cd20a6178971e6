"""Signing in to the admin through its login form, as a person does."""

PASSWORD = "dobre-haslo-2026!"


def sign_in(client, username: str, password: str = PASSWORD, **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}, **headers
    )
