"""Rewriting encrypted columns in place: clear → encrypted (migrations), old key → newest key.

Works on raw rows in batches by primary key, below the models: no ``save()`` side effects
(``auto_now`` dates, the audit trail's immutability), and usable from migrations.
"""

from collections.abc import Callable, Iterator

from django.apps import apps as global_apps
from django.db.backends.base.base import BaseDatabaseWrapper

from .crypto import decrypt_text, encrypt_text, is_token, rotate_text
from .fields import EncryptedField

BATCH = 500


def encrypted_columns(apps=global_apps) -> list[tuple[str, str, list[str]]]:
    """``(table, primary key column, [encrypted columns])`` of every model that has any."""
    found = []
    for model in apps.get_models():
        columns = [
            field.column for field in model._meta.local_fields if isinstance(field, EncryptedField)
        ]
        if columns and not model._meta.proxy:
            found.append((model._meta.db_table, model._meta.pk.column, columns))
    return found


def _rows(connection: BaseDatabaseWrapper, table: str, pk: str, columns: list[str]) -> Iterator:
    quote = connection.ops.quote_name
    selected = ", ".join(quote(c) for c in [pk, *columns])
    last = None
    while True:
        with connection.cursor() as cursor:
            if last is None:
                cursor.execute(
                    f"SELECT {selected} FROM {quote(table)} ORDER BY {quote(pk)} LIMIT {BATCH}"  # noqa: S608
                )
            else:
                cursor.execute(
                    f"SELECT {selected} FROM {quote(table)} WHERE {quote(pk)} > %s "  # noqa: S608
                    f"ORDER BY {quote(pk)} LIMIT {BATCH}",
                    [last],
                )
            rows = cursor.fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def transform_columns(
    connection: BaseDatabaseWrapper,
    table: str,
    pk: str,
    columns: list[str],
    transform: Callable[[str], str],
) -> int:
    """Apply ``transform`` to every non-empty value of the columns; returns values changed."""
    quote = connection.ops.quote_name
    changed = 0
    for pk_value, *values in _rows(connection, table, pk, columns):
        updates = {}
        for column, value in zip(columns, values, strict=True):
            if value is None or value == "":
                continue
            new = transform(str(value))
            if new != str(value):
                updates[column] = new
        if updates:
            assignments = ", ".join(f"{quote(c)} = %s" for c in updates)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {quote(table)} SET {assignments} WHERE {quote(pk)} = %s",  # noqa: S608
                    [*updates.values(), pk_value],
                )
            changed += len(updates)
    return changed


def encrypt_clear(value: str) -> str:
    """A clear value becomes a token; a token is left as it is (re-running is harmless)."""
    return value if is_token(value) else encrypt_text(value)


def decrypt_token(value: str) -> str:
    return decrypt_text(value) if is_token(value) else value


def encrypt_in_migration(table: str, columns: list[str], pk: str = "id"):
    """A ``RunPython`` pair that encrypts the columns' clear values (and decrypts backwards)."""

    def forwards(apps, schema_editor):
        transform_columns(schema_editor.connection, table, pk, columns, encrypt_clear)

    def backwards(apps, schema_editor):
        transform_columns(schema_editor.connection, table, pk, columns, decrypt_token)

    return forwards, backwards


def rotate_all(connection: BaseDatabaseWrapper) -> dict[str, int]:
    """Re-encrypt every encrypted column of every model under the newest key."""
    return {
        table: transform_columns(connection, table, pk, columns, rotate_text)
        for table, pk, columns in encrypted_columns()
    }
