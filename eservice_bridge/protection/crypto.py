"""Encryption at rest for personal data: Fernet keys from ESERVICES_ENCRYPTION_KEY.

The variable holds one or more comma-separated Fernet keys (the first encrypts, all decrypt,
so keys can be rotated: put the new key first, run ``manage.py reencrypt_personal_data``,
then drop the old one). Without it, development derives a key from SECRET_KEY and warns;
production settings refuse to start without it.

Equality look-ups of encrypted values (an applicant by PESEL or e-mail) use a keyed digest, a
"blind index", under its own stable key ESERVICES_LOOKUP_KEY, so rotating the encryption keys
never changes a digest. Without it, development uses SECRET_KEY; production requires it.
"""

import base64
import hashlib
import hmac
import logging
import os
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

ENV_NAME = "ESERVICES_ENCRYPTION_KEY"
LOOKUP_ENV_NAME = "ESERVICES_LOOKUP_KEY"
# Every Fernet token starts with the version byte 0x80, base64 "gAAAAA".
TOKEN_PREFIX = "gAAAAA"  # noqa: S105 (a format marker, not a secret)


def configured_keys() -> list[str]:
    raw = getattr(settings, "ESERVICES_ENCRYPTION_KEY", "") or os.environ.get(ENV_NAME, "")
    return [part.strip() for part in raw.split(",") if part.strip()]


@lru_cache(maxsize=4)
def _fernet_for(keys: tuple[str, ...], secret_key: str) -> MultiFernet:
    if keys:
        try:
            return MultiFernet([Fernet(key.encode()) for key in keys])
        except (ValueError, TypeError) as exc:
            raise ImproperlyConfigured(
                f"{ENV_NAME} must hold Fernet keys (Fernet.generate_key())."
            ) from exc
    if not secret_key:
        raise ImproperlyConfigured(f"{ENV_NAME} or SECRET_KEY must be set.")
    logger.warning(
        "%s is not set: deriving a development key from SECRET_KEY. Never do this in production.",
        ENV_NAME,
    )
    derived = hashlib.sha256(b"eservice_bridge.encryption:" + secret_key.encode()).digest()
    return MultiFernet([Fernet(base64.urlsafe_b64encode(derived))])


def fernet() -> MultiFernet:
    """The cipher for personal data (first key encrypts, every key decrypts)."""
    return _fernet_for(tuple(configured_keys()), settings.SECRET_KEY)


def encrypt_bytes(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return fernet().decrypt(token)
    except InvalidToken as exc:
        raise ValueError("Encrypted data cannot be read with the configured keys.") from exc


def encrypt_text(value: str) -> str:
    return encrypt_bytes(value.encode()).decode()


def decrypt_text(token: str) -> str:
    return decrypt_bytes(token.encode()).decode()


def rotate_text(token: str) -> str:
    """The same value encrypted under the newest (first) key."""
    try:
        return fernet().rotate(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("Encrypted data cannot be read with the configured keys.") from exc


def rotate_bytes(token: bytes) -> bytes:
    try:
        return fernet().rotate(token)
    except InvalidToken as exc:
        raise ValueError("Encrypted data cannot be read with the configured keys.") from exc


def is_token(value: str) -> bool:
    """Whether a stored value already is a Fernet token (not a clear value to encrypt)."""
    return value.startswith(TOKEN_PREFIX)


def lookup_key_material() -> bytes:
    """The blind index key: ESERVICES_LOOKUP_KEY, in development SECRET_KEY."""
    raw = getattr(settings, "ESERVICES_LOOKUP_KEY", "") or os.environ.get(LOOKUP_ENV_NAME, "")
    return (raw or settings.SECRET_KEY).encode()


def lookup_digest(value: str, purpose: str) -> str:
    """Keyed digest for equality look-ups of encrypted values (e.g. find an applicant by PESEL).

    Independent of the encryption keys, so it survives their rotation.
    """
    material = lookup_key_material()
    key = hashlib.sha256(b"eservice_bridge.lookup:" + purpose.encode() + b":" + material).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
