"""Sign-in over HTTP: the login-node simulator (artifact flow) and one-time e-mail links."""

import datetime as dt
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import mail, signing

from eservice_bridge.identity import simulator
from eservice_bridge.identity.models import Applicant, EmailSignInToken
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.protection.crypto import lookup_digest

pytestmark = pytest.mark.django_db


def _begin(client, next_url="/e-uslugi/moje-sprawy/"):
    response = client.get("/e-uslugi/logowanie/wezel/", {"next": next_url})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/e-uslugi/wezel-symulator/logowanie/?SAMLRequest=")
    return parse_qs(urlparse(location).query)["SAMLRequest"][0]


def _login_at_node(client, saml_request, **data):
    return client.post(
        "/e-uslugi/wezel-symulator/logowanie/", {"SAMLRequest": saml_request, **data}
    )


def test_simulator_flow_signs_in_with_verified_attributes(client):
    saml_request = _begin(client, "/e-uslugi/skrzynka/")
    page = client.get("/e-uslugi/wezel-symulator/logowanie/", {"SAMLRequest": saml_request})
    assert "Symulator login.gov.pl" in page.content.decode()
    at_node = _login_at_node(client, saml_request, person="0")
    assert at_node.status_code == 302
    acs = at_node["Location"]
    assert acs.startswith("/e-uslugi/logowanie/wezel/powrot/?SAMLart=")
    back = client.get(acs)
    assert back.status_code == 302 and back["Location"] == "/e-uslugi/skrzynka/"
    person = simulator.fictional_people()[0]
    applicant = Applicant.objects.get(pk=client.session[SESSION_KEY])
    assert (applicant.given_name, applicant.family_name) == ("Anna", "Testowa")
    assert applicant.birth_date == person["birth_date"]
    assert applicant.pesel == person["pesel"]
    assert applicant.pesel_digest == lookup_digest(person["pesel"], "pesel")

    # The artifact works once: replaying the redirect does not sign anyone in again.
    client.session.flush()
    replay = client.get(acs)
    assert replay.status_code == 400
    assert (
        "nieważne lub zostało już użyte" in replay.content.decode()
        or "nie pasuje" in replay.content.decode()
    )


def test_custom_fictional_person_with_bad_pesel_is_refused(client):
    saml_request = _begin(client)
    response = _login_at_node(
        client,
        saml_request,
        person="inna",
        given_name="Ewa",
        family_name="Nowa",
        birth_date="1990-01-01",
        pesel="90010112345",
    )
    assert response.status_code == 400
    assert "PESEL" in response.content.decode()
    assert Applicant.objects.count() == 0


def test_forged_authn_request_is_refused(client):
    forged = signing.dumps(
        {"id": "_abc", "issuer": "e-lacze", "acs": "https://evil.example/", "relay_state": "/"},
        salt="other",
    )
    response = client.get("/e-uslugi/wezel-symulator/logowanie/", {"SAMLRequest": forged})
    assert response.status_code == 400
    assert "nieprawidłowy podpis" in response.content.decode()


def test_artifact_from_another_sign_in_is_refused(client, django_user_model):
    from django.test import Client

    other = Client()
    saml_other = _begin(other)
    acs_other = _login_at_node(other, saml_other, person="1")["Location"]
    _begin(client)  # our own pending request has a different ID
    response = client.get(acs_other)
    assert response.status_code == 400
    assert "nie pasuje do tego logowania" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_tampered_relay_state_is_refused(client):
    saml_request = _begin(client, "/e-uslugi/moje-sprawy/")
    acs = _login_at_node(client, saml_request, person="0")["Location"]
    tampered = re.sub(r"RelayState=[^&]+", "RelayState=%2Fe-uslugi%2Fskrzynka%2F", acs)
    response = client.get(tampered)
    assert response.status_code == 400
    assert SESSION_KEY not in client.session


def test_open_redirect_is_neutralised(client):
    saml_request = _begin(client, "https://evil.example/")
    acs = _login_at_node(client, saml_request, person="0")["Location"]
    response = client.get(acs)
    assert response["Location"] == "/e-uslugi/moje-sprawy/"


def _email_token():
    body = mail.outbox[-1].body
    return re.search(r"/e-uslugi/logowanie/email/([A-Za-z0-9_-]+)/", body).group(1)


def test_email_link_signs_in_once(client):
    response = client.post(
        "/e-uslugi/logowanie/email/", {"email": "Rodzic@Example.org", "next": "/e-uslugi/skrzynka/"}
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["rodzic@example.org"]
    token = _email_token()
    assert EmailSignInToken.objects.filter(digest=token).count() == 0  # only the digest is stored
    confirm = client.get(f"/e-uslugi/logowanie/email/{token}/")
    assert confirm.status_code == 200 and SESSION_KEY not in client.session
    done = client.post(f"/e-uslugi/logowanie/email/{token}/")
    assert done.status_code == 302 and done["Location"] == "/e-uslugi/skrzynka/"
    assert Applicant.objects.get(pk=client.session[SESSION_KEY]).email == "rodzic@example.org"

    client.session.flush()
    replay = client.post(f"/e-uslugi/logowanie/email/{token}/")
    assert replay.status_code == 400
    assert "został już użyty" in replay.content.decode()
    assert SESSION_KEY not in client.session


def test_expired_and_forged_email_links_are_refused(client, settings):
    client.post("/e-uslugi/logowanie/email/", {"email": "rodzic@example.org"})
    token = _email_token()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)
    settings.ESERVICES_NOW = later.isoformat()
    expired = client.post(f"/e-uslugi/logowanie/email/{token}/")
    assert expired.status_code == 400 and "wygasł" in expired.content.decode()
    forged = client.post("/e-uslugi/logowanie/email/" + "x" * 43 + "/")
    assert forged.status_code == 400 and "nieprawidłowy" in forged.content.decode()
    assert SESSION_KEY not in client.session


def test_invalid_email_gets_polish_message(client):
    response = client.post("/e-uslugi/logowanie/email/", {"email": "nie-email"})
    assert response.status_code == 400
    assert "Podaj adres e-mail w formacie nazwa@domena.pl." in response.content.decode()
    assert mail.outbox == []


def test_email_sign_in_is_rate_limited(client):
    codes = [
        client.post("/e-uslugi/logowanie/email/", {"email": "spam@example.org"}).status_code
        for _ in range(7)
    ]
    assert codes[:5] == [200] * 5
    assert codes[-1] == 429
    assert len(mail.outbox) == 5
