"""Production: refuses to start without secrets and allowed hosts, and refuses demo-only tools."""

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
# The blind index (look-up of applicants by PESEL or e-mail) has its own stable key, never one of
# the rotated encryption keys.
ESERVICES_LOOKUP_KEY = env_str("ESERVICES_LOOKUP_KEY")
if len(ESERVICES_LOOKUP_KEY) < 32 or ESERVICES_LOOKUP_KEY in ESERVICES_ENCRYPTION_KEY:
    raise ImproperlyConfigured(
        "ESERVICES_LOOKUP_KEY must be set in production: at least 32 random characters, "
        "not one of the ESERVICES_ENCRYPTION_KEY keys."
    )

# Demo-only tools never run here (docs/security.md): the login-node simulator, the payment
# sandbox, seed_demo and run_portal refuse ELACZE_PRODUCTION, and system checks report them.
ELACZE_PRODUCTION = True
if env_bool("ESERVICES_SIMULATOR_ENABLED", False):
    raise ImproperlyConfigured(
        "The login-node simulator (ESERVICES_SIMULATOR_ENABLED) is for demos."
    )
ESERVICES_SIMULATOR_ENABLED = False
# A real gateway adapter (PAYMENTS_PROVIDER_CLASSES); empty: online payments are unavailable.
PAYMENTS_PROVIDER = env_str("PAYMENTS_PROVIDER", "")
if PAYMENTS_PROVIDER == "sandbox":
    raise ImproperlyConfigured("PAYMENTS_PROVIDER=sandbox is the local simulated gateway.")
GRAPHQL_GRAPHIQL = False
GRAPHQL_INTROSPECTION = False

DEBUG = False
# Documents leave through Wagtail's checked view as X-Accel-Redirect to nginx's internal
# SENDFILE_URL location (deploy/nginx.conf); /media/ is nginx's, renditions only.
SENDFILE_BACKEND = env_str("SENDFILE_BACKEND", "django_sendfile.backends.nginx")
SERVE_MEDIA = False
PUBLIC_SCHEME = env_str("PUBLIC_SCHEME", "https")
PUBLIC_PORT = env_int("PUBLIC_PORT", 443)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds the whole registrable domain (the city's, not only the portal's) to HTTPS
# in browsers for good: the city decides and submits it, then sets SECURE_HSTS_PRELOAD=true.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# Busy mornings (recruitment opens at 8:00; measured with bench/eservices.py):
# * persistent database connections: a new PostgreSQL connection per request costs a backend
#   process and several round trips; each gunicorn thread keeps one (health-checked) instead;
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# * sessions are kept in PostgreSQL and served from the Redis cache (every signed-in request
#   reads its session; a Redis restart only costs a database read, nobody is signed out).
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
