"""Production: refuses to start without a secret key and allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, CACHES, DATABASES, SECRET_KEY, env_bool, env_int, env_str

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

# Busy mornings (recruitment opens at 8:00; measured with bench/eservices.py):
# * persistent database connections: a new PostgreSQL connection per request costs a backend
#   process and several round trips; each gunicorn thread keeps one (health-checked) instead;
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# * sessions are kept in PostgreSQL and served from the Redis cache (every signed-in request
#   reads its session; a Redis restart only costs a database read, nobody is signed out).
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
