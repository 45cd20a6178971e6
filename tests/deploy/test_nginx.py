"""deploy/nginx.conf for real: Debian's nginx, TLS, gunicorn with production settings behind it."""

import re

import pytest

from .stack import BASE_DOMAIN, PRIVATE_TEXT, UNIT_HOST

pytestmark = pytest.mark.nginx

TRANSPORT = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
}


def policy(value: str | None) -> dict[str, set[str]]:
    assert value, "no Content-Security-Policy"
    directives = {}
    for part in value.split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def assert_transport_headers(response, where: str) -> None:
    for name, value in TRANSPORT.items():
        assert response.header(name) == value, (where, name, response.all(name))


def test_plain_http_redirects_to_https(stack):
    for host, path in [(BASE_DOMAIN, "/aktualnosci/?strona=2"), (UNIT_HOST, "/e-uslugi/")]:
        response = stack.request(path, host=host, tls=False)
        assert response.status == 301
        assert response.header("Location") == f"https://{host}{path}"
        assert_transport_headers(response, f"http {path}")


@pytest.mark.parametrize(
    ("path", "status", "kind"),
    [
        ("/", 200, "static"),
        ("/nie-ma-takiej-strony/", 404, "static"),
        ("/static/nie-ma.css", 404, "static"),
        ("/media/nie-ma.png", 404, "static"),
        ("/.build-manifest.json", 404, "static"),
        ("/e-uslugi/", 200, "cms"),
        ("/e-uslugi/logowanie/", 200, "cms"),
        ("/chatbot/szukaj/?q=stypendium", 200, "cms"),
        ("/admin/login/", 200, "admin"),
    ],
)
def test_security_headers_on_every_location(stack, path, status, kind):
    for host in (BASE_DOMAIN, UNIT_HOST):
        response = stack.request(path, host=host)
        where = f"{host}{path}"
        assert response.status == status, (where, response.text[:300])
        assert_transport_headers(response, where)
        if kind == "admin":
            # Wagtail's admin is excluded from the CSP (inline styles); never framed.
            assert response.header("Content-Security-Policy") is None
            assert response.header("X-Frame-Options") == "DENY"
            continue
        directives = policy(response.header("Content-Security-Policy"))
        assert directives["script-src"] == {"'self'"}, where
        assert directives["frame-ancestors"] == {"'self'"}, where
        assert directives["object-src"] == {"'none'"}, where
        assert response.header("X-Frame-Options") in {"DENY", "SAMEORIGIN"}, where


def test_nginx_sends_djangos_policy_for_the_static_sites(stack):
    from_nginx = policy(stack.request("/").header("Content-Security-Policy"))
    from_django = policy(stack.request("/e-uslugi/").header("Content-Security-Policy"))
    assert from_nginx == from_django
    search = policy(
        stack.request("/chatbot/szukaj/?q=stypendium").header("Content-Security-Policy")
    )
    nonces = {source for source in search["style-src"] if source.startswith("'nonce-")}
    assert len(nonces) == 1  # the search page's inline colours, and nothing else
    assert search["style-src"] - nonces == from_nginx["style-src"]


def test_the_eservice_embed_may_be_framed_by_portal_hosts_only(stack):
    response = stack.request("/e-uslugi/stypendium-szkolne/osadzony/", host=UNIT_HOST)
    assert response.status == 200
    assert response.header("X-Frame-Options") is None
    ancestors = policy(response.header("Content-Security-Policy"))["frame-ancestors"]
    assert f"https://*.{BASE_DOMAIN}" in ancestors and f"https://{BASE_DOMAIN}" in ancestors
    assert "*" not in ancestors and "https:" not in ancestors
    assert_transport_headers(response, "embed")
    full = stack.request("/e-uslugi/stypendium-szkolne/", host=UNIT_HOST)
    assert policy(full.header("Content-Security-Policy"))["frame-ancestors"] == {"'self'"}


def test_a_private_document_is_served_only_after_the_check(stack):
    name = stack.private_document_file  # e.g. documents/protokol-poufny.txt
    for path in (f"/media/{name}", f"/media/documents/{name.rsplit('/', 1)[-1]}"):
        response = stack.request(path)
        assert response.status == 404, path
        assert PRIVATE_TEXT not in response.text
    url = f"/documents/{stack.private_document_id}/{name.rsplit('/', 1)[-1]}"
    anonymous = stack.request(url)
    assert anonymous.status in (302, 403), anonymous.status
    assert PRIVATE_TEXT not in anonymous.text
    assert_transport_headers(anonymous, "document, anonymous")
    signed_in = stack.request(url, headers={"Cookie": f"sessionid={stack.session_key}"})
    assert signed_in.status == 200
    assert PRIVATE_TEXT in signed_in.text
    assert_transport_headers(signed_in, "document, signed in")


def test_the_cms_sees_the_clients_address_not_nginxs(stack):
    """The sign-in limit (20 per 5 minutes per client) counts each client apart."""
    url = "/e-uslugi/logowanie/wezel/"
    spoofed = {"X-Forwarded-For": "203.0.113.9"}  # a client cannot choose its address
    statuses = [stack.request(url, source="127.0.0.2", headers=spoofed).status for _ in range(20)]
    assert 429 not in statuses, statuses
    assert stack.request(url, source="127.0.0.2").status == 429
    refused = stack.request(url, source="127.0.0.2", headers={"X-Forwarded-For": "127.0.0.9"})
    assert refused.status == 429
    # Another client behind the same nginx is not refused (the simulator is off: 400 page).
    other = stack.request(url, source="127.0.0.3")
    assert other.status == 400
    assert re.search("wyłączony", other.text)


def test_an_unknown_host_gets_the_portal_page_not_an_error(stack):
    response = stack.request("/e-uslugi/", host="evil.example", tls=False)
    assert response.status == 301  # HTTPS first, for every host
    # Over TLS the certificate does not name evil.example; the page is what Django answers.
    answer = stack.request_unverified("/e-uslugi/", host="evil.example")
    assert answer.status == 400
    assert "Nie ma tu strony portalu" in answer.text
    assert f"https://{BASE_DOMAIN}:{stack.https_port}/" in answer.text
    assert_transport_headers(answer, "unknown host")


def test_no_built_page_needs_an_inline_script_or_style(stack):
    """Every page of the built sites passes script-src/style-src 'self' (the browser test loads
    a few; this reads them all): no inline script, no <style>, no style or on* attributes."""
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
    offending = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.I)
    pages = list((stack.var / "builds").glob("*/current/**/*.html"))
    assert len(pages) > 20
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        match = inline_script.search(text) or offending.search(text)
        if match:
            problems.append(f"{page}: {match.group(0)}")
    assert problems == []
