"""Attachment uploads: type by content (magic bytes), size limits, safe names, private storage.

Files are written encrypted under ``settings.PRIVATE_STORAGE_ROOT`` (never the web root) under a
random name; the applicant's file name is only kept, cleaned, as a label.
"""

import hashlib
import os
import re
import unicodedata
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from eservice_bridge.protection.crypto import decrypt_bytes, encrypt_bytes, rotate_bytes

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES_PER_DRAFT = 20
SIGNATURES = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
)


class UploadRejected(ValueError):
    """The file is refused; the message is shown to the applicant."""


def sniff(head: bytes) -> tuple[str, str] | None:
    for magic, content_type, extension in SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


def safe_name(name: str, extension: str) -> str:
    """ASCII letters, digits, dots, dashes; no path parts; the extension matches the content."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(base).stem).strip("-._")[:80] or "plik"
    return f"{stem}{extension}"


def storage_dir() -> Path:
    path = Path(settings.PRIVATE_STORAGE_ROOT) / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_upload(upload: UploadedFile) -> tuple[bytes, str, str, str]:
    """Validate an upload; returns (content, content type, safe name, sha256)."""
    if upload is None:
        raise UploadRejected(_("Wybierz plik do dodania."))
    if upload.size is not None and upload.size > MAX_FILE_BYTES:
        raise UploadRejected(
            _("Plik „%(n)s” jest za duży: najwyżej 10 MB.") % {"n": safe_name(upload.name, "")}
        )
    content = upload.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise UploadRejected(_("Plik jest za duży: najwyżej 10 MB."))
    if not content:
        raise UploadRejected(_("Plik jest pusty."))
    detected = sniff(content[:16])
    if detected is None:
        raise UploadRejected(
            _("Plik „%(n)s” nie jest plikiem PDF, JPEG ani PNG (sprawdzamy zawartość, nie nazwę).")
            % {"n": safe_name(upload.name, "")}
        )
    content_type, extension = detected
    return (
        content,
        content_type,
        safe_name(upload.name, extension),
        hashlib.sha256(content).hexdigest(),
    )


def store(content: bytes) -> str:
    """Encrypt and write; returns the random stored name."""
    stored_name = f"{uuid.uuid4().hex}.bin"
    (storage_dir() / stored_name).write_bytes(encrypt_bytes(content))
    return stored_name


def load(stored_name: str) -> bytes:
    if not re.fullmatch(r"[0-9a-f]{32}\.bin", stored_name):
        raise FileNotFoundError(stored_name)
    return decrypt_bytes((storage_dir() / stored_name).read_bytes())


def rotate(stored_name: str) -> bool:
    """Re-encrypt a stored file under the newest key (atomically); False if it is missing."""
    if not re.fullmatch(r"[0-9a-f]{32}\.bin", stored_name):
        raise FileNotFoundError(stored_name)
    path = storage_dir() / stored_name
    if not path.exists():
        return False
    rotated = path.with_suffix(".rotating")
    rotated.write_bytes(rotate_bytes(path.read_bytes()))
    os.replace(rotated, path)
    return True


def discard(stored_name: str) -> None:
    if re.fullmatch(r"[0-9a-f]{32}\.bin", stored_name):
        (storage_dir() / stored_name).unlink(missing_ok=True)
