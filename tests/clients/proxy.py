"""Requests as nginx forwards them (deploy/nginx.conf) to the CMS process."""


def through_proxy(client_address: str, spoofed: str = "") -> dict:
    """Headers nginx sends: it appends the client's address to whatever the client sent."""
    chain = f"{spoofed}, {client_address}" if spoofed else client_address
    return {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": chain}
