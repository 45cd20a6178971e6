"""Local development on the embedded default: SQLite, Celery eager, *.localhost hosts."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env_bool, env_int, env_list

VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite database, media and builds live here

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", ".localhost", "127.0.0.1", "[::1]"])
INTERNAL_IPS = ["127.0.0.1"]
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)  # image renditions under /media/ (cms/privacy/media.py)

# make run has no Celery worker or beat: stale open datasets are refreshed in a background
# thread of the serving process (cms/open_data/refresher.py), 10 s after the change.
OPEN_DATA_REFRESH_IN_PROCESS = env_bool("OPEN_DATA_REFRESH_IN_PROCESS", True)
OPEN_DATA_REFRESH_DELAY_SECONDS = env_int("OPEN_DATA_REFRESH_DELAY_SECONDS", 10)
