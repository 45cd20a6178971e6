"""Settings shared by every environment. Everything configurable comes from the environment."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(env_str("ELACZE_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
# Old keys still accepted for sessions and signatures while a rotation settles (docs/security.md).
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
DEBUG = False
# True only in cms.settings.production: the demo-only tools (login-node simulator, payment
# sandbox, seed_demo, GraphiQL, GraphQL introspection) refuse to run there (docs/security.md).
ELACZE_PRODUCTION = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Every unit's public site lives at <slug>.<BASE_DOMAIN>; the department at BASE_DOMAIN itself.
BASE_DOMAIN = env_str("BASE_DOMAIN", "localhost")
# Public sites' scheme and port as browsers see them (a port of 80/443 is left out of URLs).
PUBLIC_SCHEME = env_str("PUBLIC_SCHEME", "http")
PUBLIC_PORT = env_int("PUBLIC_PORT", env_int("PORT", 8000))

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "cms.core",
    "cms.site_settings",
    "cms.home",
    "cms.news",
    "cms.events",
    "cms.standardpages",
    "cms.accessibility",
    "cms.bip",
    "cms.announcements",
    "cms.units",
    "cms.staff_access",
    "cms.api",
    "cms.preview",
    "cms.open_data",
    "cms.privacy",
    "static_builds",
    "eservice_bridge.legal_figures",
    "eservice_bridge",
    "eservice_bridge.household",
    "eservice_bridge.notices",
    "eservice_bridge.payments",
    "eservice_bridge.retention",
    "eservice_bridge.indicators",
    "chatbot_embed",
    # The demo orchestration: above cms and the e-services, which never import it.
    "demo",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "graphene_django",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "corsheaders",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "static_builds.serving.StaticSiteMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # request.user.is_verified(), then staff session limits and the second factor (docs/security.md)
    "django_otp.middleware.OTPMiddleware",
    "cms.staff_access.middleware.StaffAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL keeps readers (static builds, GraphQL) from blocking on an editor's write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env_str("REDIS_URL")}
        if env_str("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Staff accounts (docs/security.md#staff-accounts). Passwords: at least 12 characters, not like
# the user's name or e-mail, not a common password, not only digits (Django's messages in Polish).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes: a sign-in is locked after AXES_FAILURE_LIMIT failures, separately per account and
# per client address (the real one behind the trusted proxy), for AXES_COOLOFF_TIME or until an
# administrator unlocks it (admin: Ustawienia → Blokady i 2FA kont).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.clients.address.axes_address"
AXES_LOCKOUT_CALLABLE = "cms.staff_access.lockout.locked_out"
AXES_VERBOSE = False
# Two-factor sign-in (django-otp: TOTP app + recovery codes), mandatory for the roles in
# cms/staff_access/policy.py and for holders of these permissions; optional for other editors.
STAFF_TWO_FACTOR_PERMISSIONS = [
    "eservice_bridge.handle_case",
    "eservice_bridge.reveal_pesel",
    "auth.add_user",
    "auth.change_user",
]
OTP_TOTP_ISSUER = "E-łącze"
# Staff sessions end this many seconds after sign-in and after this many seconds without a request.
STAFF_SESSION_MAX_AGE = env_int("STAFF_SESSION_MAX_AGE", 8 * 3600)
STAFF_SESSION_IDLE_TIMEOUT = env_int("STAFF_SESSION_IDLE_TIMEOUT", 30 * 60)

LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polski"))]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Private files (e-service attachments, generated decisions) never live under MEDIA_ROOT.
PRIVATE_STORAGE_ROOT = Path(env_str("PRIVATE_STORAGE_ROOT", str(VAR_DIR / "private")))

# Static builds: one directory of immutable builds per site, "current" points at the live one.
STATIC_BUILDS_ROOT = Path(env_str("STATIC_BUILDS_ROOT", str(VAR_DIR / "builds")))
STATIC_BUILDS_KEEP = env_int("STATIC_BUILDS_KEEP", 3)
STATIC_BUILDS_DEBOUNCE_SECONDS = float(env_str("STATIC_BUILDS_DEBOUNCE_SECONDS", "0.3"))
# The pipeline never imports the CMS: it receives the schema through this dotted path.
STATIC_BUILDS_GRAPHQL_SCHEMA = "cms.api.schema.schema"
# Preferred over the bare schema when it exists: the API's executor with its limits.
STATIC_BUILDS_GRAPHQL_EXECUTOR = "cms.api.execution.execute_query"
# The renderer module: load_query(), render_site(), paths_affected().
STATIC_BUILDS_RENDERER = "sites.renderer"
# Publish → live: which sites show an announcement, and which model announcements are.
STATIC_BUILDS_AUDIENCE_RESOLVER = "cms.announcements.audience.hostnames_for"
STATIC_BUILDS_ANNOUNCEMENT_MODEL = "announcements.Announcement"
# Who sees every site's build status in the admin (besides superusers).
STATIC_BUILDS_SEES_ALL_SITES = "cms.units.staff.is_department_staff"
# Rebuild affected sites when content changes (off: only `build_sites` and the admin build).
STATIC_BUILDS_ON_CHANGE = env_bool("STATIC_BUILDS_ON_CHANGE", True)
# `make run` has no Celery beat: run_portal checks go-live/expiry dates and announcement windows
# in-process this often (seconds; 0 turns it off). See static_builds/scheduler.py.
STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS = env_int("STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS", 60)
# Paths the CMS process answers on every host; everything else on a site's host is its static build.
STATIC_BUILDS_PASSTHROUGH_PREFIXES = [
    "/admin/",
    "/graphql",
    "/static/",
    "/media/",
    "/documents/",
    "/e-uslugi/",
    "/chatbot/",
    "/dane/",
    "/api/",
]

# Wagtail
WAGTAIL_SITE_NAME = "E-łącze — Wydział Oświaty"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", f"http://{BASE_DOMAIN}:{PUBLIC_PORT}")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are served only by Wagtail's checked view (/documents/<id>/<file name>), which applies
# collection privacy; /media/ serves image renditions only (cms/privacy/media.py, nginx.conf).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# With SENDFILE_BACKEND=django_sendfile.backends.nginx (the production default) the view answers
# with X-Accel-Redirect: SENDFILE_URL + the file's path below SENDFILE_ROOT, an nginx `internal`
# location (deploy/nginx.conf). Without it the view streams the file itself.
SENDFILE_ROOT = str(MEDIA_ROOT / "documents")
SENDFILE_URL = env_str("SENDFILE_URL", "/_documents")
if env_str("SENDFILE_BACKEND"):
    SENDFILE_BACKEND = env_str("SENDFILE_BACKEND")
# The embedded default serves /media/ renditions itself; production leaves that to nginx.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "doc", "xls", "txt", "csv", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("pl", "Polski"), ("en", "English")]

# GraphQL
GRAPHENE = {
    "SCHEMA": "cms.api.schema.schema",
    "MIDDLEWARE": [],
}
GRAPHQL_MAX_DEPTH = env_int("GRAPHQL_MAX_DEPTH", 12)
GRAPHQL_MAX_QUERY_BYTES = env_int("GRAPHQL_MAX_QUERY_BYTES", 20_000)
GRAPHQL_MAX_PAGE_SIZE = env_int("GRAPHQL_MAX_PAGE_SIZE", 100)
# The in-browser IDE and schema introspection help developers; production turns both off (the
# build pipeline's queries in sites/queries/ use neither).
GRAPHQL_GRAPHIQL = True
GRAPHQL_INTROSPECTION = True

# Celery: eager (in-process) unless a broker is configured.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "memory://")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", CELERY_BROKER_URL == "memory://")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND", "") or None
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict = {
    # Scheduled publishing/expiry and announcement windows go live within a minute.
    "publish-scheduled": {"task": "static_builds.publish_scheduled", "schedule": 60.0},
    "announcement-windows": {"task": "static_builds.check_announcement_windows", "schedule": 60.0},
    # Level-5 e-services: proactive notices (idempotent, so a missed or repeated run is harmless)
    # and the nightly enforcement of retention rules.
    "eservice-notices": {"task": "eservice_bridge.send_due_notices", "schedule": 15 * 60.0},
    "eservice-retention": {
        "task": "eservice_bridge.enforce_retention",
        "schedule": crontab(hour=2, minute=30),
    },
    # Open data (docs/open-data.md): every dataset regenerated hourly (content changes also
    # refresh the affected ones within OPEN_DATA_REFRESH_DELAY_SECONDS).
    "open-data-refresh": {"task": "open_data.refresh_datasets", "schedule": crontab(minute=5)},
    # The chatbot's question counters (kept in the cache by each answer) into the database.
    "chatbot-answer-counts": {
        "task": "chatbot_embed.flush_answer_counts",
        "schedule": crontab(minute=0),
    },
}

# E-services read the date through eservice_bridge.clock; ESERVICES_NOW (ISO date-time) freezes
# it, e.g. to try the scholarship (1-15 September) on the demo in another month.
ESERVICES_NOW = env_str("ESERVICES_NOW") or None

# GraphQL cost limits beyond depth and size (see docs/graphql.md).
GRAPHQL_MAX_FIELDS = env_int("GRAPHQL_MAX_FIELDS", 1500)
GRAPHQL_MAX_ALIASES = env_int("GRAPHQL_MAX_ALIASES", 50)
GRAPHQL_MAX_LIST_NESTING = env_int("GRAPHQL_MAX_LIST_NESTING", 3)
GRAPHQL_MAX_COST = env_int("GRAPHQL_MAX_COST", 500_000)
GRAPHQL_LIST_COST_FACTOR = env_int("GRAPHQL_LIST_COST_FACTOR", 10)
# Requests to /graphql per client address (django-ratelimit's "count/period"); in-process
# static builds are not counted. A build server on the HTTP transport needs a higher rate.
GRAPHQL_RATE_LIMIT = env_str("GRAPHQL_RATE_LIMIT", "300/m")
# Largest /graphql request body (query + variables), checked before it is parsed.
GRAPHQL_MAX_BODY_BYTES = env_int("GRAPHQL_MAX_BODY_BYTES", 100_000)

# Chatbot question log (chatbot_embed/api/question_log.py): anonymous askers may add at most
# this many low-confidence questions per client address and per site (django-ratelimit rates);
# a question already logged for the site in the last CHATBOT_LOG_DEDUP_DAYS is not added again.
CHATBOT_LOG_PER_CLIENT = env_str("CHATBOT_LOG_PER_CLIENT", "5/d")
CHATBOT_LOG_PER_SITE = env_str("CHATBOT_LOG_PER_SITE", "100/d")
CHATBOT_LOG_DEDUP_DAYS = env_int("CHATBOT_LOG_DEDUP_DAYS", 30)

# The client's real address (cms/clients/address.py): X-Forwarded-For is read only when the
# request comes from one of these proxies (addresses or networks, comma-separated, e.g.
# "127.0.0.1,::1" for nginx on the same host); empty = every request is its REMOTE_ADDR.
# TRUSTED_PROXY_COUNT: proxies that append to X-Forwarded-For (1 = nginx alone).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
# django-ratelimit (cms/clients/ratelimits.py) counts in the default cache, by that address.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "cms.clients.address.ratelimit_address"

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "E-łącze <no-reply@dabrowa-gornicza.pl>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "celery": {"level": "WARNING"},
        "pelican": {"level": "WARNING"},  # one "Writing …" line per file of every build
    },
}

# Content-Security-Policy (django-csp) of every page the CMS process answers, the static builds
# it serves on the embedded default included; deploy/nginx.conf sends the same policy (without
# the nonce) for the builds it serves itself, and a test compares the two. No inline script
# anywhere; CMS templates mark an inline <style> with {{ request.csp_nonce }}. The e-service
# embed widens frame-ancestors to the portal's hosts (eservice_bridge/embed/framing.py).
# A real login node or payment gateway that receives a form POST or a redirect from a form
# needs its origin in form-action (docs/security.md).
CONTENT_SECURITY_POLICY = {
    # Wagtail's admin still relies on inline styles and scripts; GraphiQL (development only)
    # loads its code from a CDN. Both keep X-Frame-Options DENY.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/graphql"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Proactive notices (eservice_bridge.notices): the e-services' public address for links in
# e-mails sent by the beat task, e.g. "https://oswiata.dabrowa-gornicza.pl". Empty: built from
# PUBLIC_SCHEME, BASE_DOMAIN and PUBLIC_PORT.
ESERVICES_PUBLIC_URL = env_str("ESERVICES_PUBLIC_URL", "")
# Personal data at rest: comma-separated Fernet keys (first encrypts) and the stable key of the
# blind index used to find applicants by PESEL or e-mail (eservice_bridge.protection.crypto).
# Both empty in development (derived from SECRET_KEY); production requires both.
ESERVICES_ENCRYPTION_KEY = env_str("ESERVICES_ENCRYPTION_KEY", "")
ESERVICES_LOOKUP_KEY = env_str("ESERVICES_LOOKUP_KEY", "")

# E-services retention (docs/retention.md): never-submitted drafts are deleted after this
# many days without a change; audit entries not tied to a case (sign-ins, lists) after this many
# years (2 is common practice, verify with the data-protection officer).
ESERVICES_DRAFT_RETENTION_DAYS = env_int("ESERVICES_DRAFT_RETENTION_DAYS", 90)
ESERVICES_AUDIT_RETENTION_YEARS = env_int("ESERVICES_AUDIT_RETENTION_YEARS", 2)

# E-service payments (docs/payments.md). PAYMENTS_PROVIDER names the gateway adapter
# ("sandbox" = the local simulated gateway). The sandbox signs its notifications with
# HMAC-SHA256 under PAYMENTS_SANDBOX_SECRET; its development default is refused on a production
# deployment (DEBUG off and secure cookies), by a system check and by the provider itself.
PAYMENTS_PROVIDER = env_str("PAYMENTS_PROVIDER", "sandbox")
PAYMENTS_SANDBOX_SECRET = env_str(
    "PAYMENTS_SANDBOX_SECRET", "elacze-sandbox-dev-secret-not-for-production"
)
PAYMENTS_PAYEE_NAME = env_str("PAYMENTS_PAYEE_NAME", "Gmina Dąbrowa Górnicza")

# Open data (docs/open-data.md). Licence of every dataset: CC-BY-4.0 or CC0-1.0.
OPEN_DATA_LICENCE = env_str("OPEN_DATA_LICENCE", "CC-BY-4.0")
# Public origin of the files, catalogues and API, e.g. https://oswiata.dabrowa-gornicza.pl
# (dane.gov.pl accepts only https resource URLs). Empty: the department portal's origin.
OPEN_DATA_BASE_URL = env_str("OPEN_DATA_BASE_URL", "")
# Version of the dane.gov.pl harvester XML schema (namespace urn:otwarte-dane:harvester:<v>).
OPEN_DATA_HARVESTER_SCHEMA_VERSION = env_str("OPEN_DATA_HARVESTER_SCHEMA_VERSION", "1.10")
OPEN_DATA_PUBLISHER_NAME = env_str(
    "OPEN_DATA_PUBLISHER_NAME", "Gmina Dąbrowa Górnicza — Wydział Oświaty"
)
OPEN_DATA_CONTACT_EMAIL = env_str("OPEN_DATA_CONTACT_EMAIL", "oswiata@dabrowa-gornicza.pl")
OPEN_DATA_REFRESH_DELAY_SECONDS = env_int("OPEN_DATA_REFRESH_DELAY_SECONDS", 60)
# The public API /api/v1/: requests per client address (django-ratelimit "count/period") and
# the largest page.
OPEN_DATA_API_RATE_LIMIT = env_str("OPEN_DATA_API_RATE_LIMIT", "120/m")
OPEN_DATA_API_MAX_PAGE_SIZE = env_int("OPEN_DATA_API_MAX_PAGE_SIZE", 100)

# CORS: the public read-only API and the dataset files may be read from any origin; nothing
# else answers cross-origin requests (django-cors-headers).
CORS_URLS_REGEX = r"^/(api/v1|dane)/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified", "Link", "Retry-After")
