"""Settings for the test suite: PostgreSQL when DATABASE_URL says so, else SQLite."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = os.environ.get("TEST_CELERY_BROKER_URL", "memory://")
STATIC_BUILDS_DEBOUNCE_SECONDS = 0.0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

_TMP = Path(tempfile.mkdtemp(prefix="elacze-test-"))
MEDIA_ROOT = _TMP / "media"
PRIVATE_STORAGE_ROOT = _TMP / "private"
STATIC_BUILDS_ROOT = _TMP / "builds"
STATIC_ROOT = _TMP / "static"
STATIC_ROOT.mkdir()
WHITENOISE_USE_FINDERS = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = str(_TMP / "test.sqlite3")
    DATABASES["default"]["TEST"] = {"NAME": str(_TMP / "test.sqlite3")}
