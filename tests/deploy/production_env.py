"""The environment a production deployment sets (cms.settings.production's required variables)."""

import os
import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(PROJECT_ROOT / "manage.py")]


def production_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Real-looking secrets and hosts, a private var/ directory; nothing demo-only enabled."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "ESERVICES_", "PAYMENTS_", "GRAPHQL_", "SECURE_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "oswiata.example.pl,.oswiata.example.pl",
            "BASE_DOMAIN": "oswiata.example.pl",
            "ESERVICES_ENCRYPTION_KEY": Fernet.generate_key().decode(),
            "ESERVICES_LOOKUP_KEY": secrets.token_urlsafe(32),
            "ELACZE_VAR_DIR": str(var_dir),
            "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        }
    )
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env
