"""Public URLs of pages as browsers see them on each site's static build."""

from django.conf import settings

DEFAULT_PORTS = (80, 443)


def public_origin(hostname: str) -> str:
    """``scheme://hostname[:port]`` of a public site (ports 80 and 443 are left out)."""
    port = int(settings.PUBLIC_PORT)
    suffix = "" if port in DEFAULT_PORTS else f":{port}"
    return f"{settings.PUBLIC_SCHEME}://{hostname}{suffix}"


def public_url(hostname: str, path: str) -> str:
    """The absolute public URL of a site-relative ``path`` such as ``/aktualnosci/``."""
    return public_origin(hostname) + path


def site_relative_path(page_url_path: str, root_url_path: str) -> str:
    """Turn Wagtail's tree ``url_path`` (``/sp1/aktualnosci/``) into ``/aktualnosci/``."""
    return "/" + page_url_path[len(root_url_path) :]


def normalise_hostname(hostname: str) -> str:
    """Lower-case a requested hostname and drop any ``:port`` suffix."""
    return hostname.strip().lower().split(":", 1)[0]
