"""Public URLs of the static sites as browsers see them."""

from django.conf import settings


def public_url(hostname: str, path: str) -> str:
    port = int(settings.PUBLIC_PORT)
    scheme = settings.PUBLIC_SCHEME
    default = {"http": 80, "https": 443}.get(scheme)
    suffix = "" if port in (80, 443) or port == default else f":{port}"
    return f"{scheme}://{hostname}{suffix}{path}"
