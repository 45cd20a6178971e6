"""Production: refuses to start without a secret key and allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool, env_int, env_str

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")

# E-services: personal data (PESEL, health data) are encrypted with these Fernet keys.
ESERVICES_ENCRYPTION_KEY = env_str("ESERVICES_ENCRYPTION_KEY")
if not ESERVICES_ENCRYPTION_KEY:
    raise ImproperlyConfigured("ESERVICES_ENCRYPTION_KEY must be set in production (Fernet key).")
ESERVICES_SIMULATOR_ENABLED = env_bool("ESERVICES_SIMULATOR_ENABLED", False)

DEBUG = False
PUBLIC_SCHEME = env_str("PUBLIC_SCHEME", "https")
PUBLIC_PORT = env_int("PUBLIC_PORT", 443)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
