"""Encrypt the personal data already stored in clear; blind indexes under ESERVICES_LOOKUP_KEY.

Runs on raw rows (``protection.conversion``), so it is safe to run again: tokens stay as they
are. Backwards it decrypts, so ``0006`` can turn the columns back into their old types.
Audit entries about files named the file; the names are replaced (the trail stays clear text
without personal data, see docs/eservices.md).
"""

from django.db import migrations

from eservice_bridge.protection.conversion import decrypt_token, encrypt_clear, transform_columns
from eservice_bridge.protection.crypto import lookup_digest

COLUMNS = {
    "Applicant": ["given_name", "family_name", "birth_date", "email"],
    "Attachment": ["original_name"],
    "Decision": ["body", "justification"],
    "EmailSignInToken": ["email"],
    "InformationRequest": ["message", "answer"],
    "InternalComment": ["body"],
}


def _refresh_digests(apps, schema_editor) -> None:
    """E-mail digest from the clear address; PESEL digest under the look-up key (not key 1)."""
    connection = schema_editor.connection
    table = connection.ops.quote_name(apps.get_model("eservice_bridge", "Applicant")._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, pesel, email FROM {table}")  # noqa: S608
        rows = cursor.fetchall()
    for pk, pesel, email in rows:
        pesel = decrypt_token(pesel or "")
        email = decrypt_token(email or "").strip().lower()
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET pesel_digest = %s, email_digest = %s WHERE id = %s",  # noqa: S608
                [
                    lookup_digest(pesel, "pesel") if pesel else "",
                    lookup_digest(email, "email") if email else "",
                    pk,
                ],
            )


def _each(apps, schema_editor, transform) -> None:
    for model_name, columns in COLUMNS.items():
        table = apps.get_model("eservice_bridge", model_name)._meta.db_table
        transform_columns(schema_editor.connection, table, "id", columns, transform)


FILE_ACTIONS = ("pobranie-zalacznika", "dodanie-zalacznika", "usuniecie-zalacznika")
REDACTED = "nazwa pliku usunięta z dziennika"


def _redact_file_names(apps, schema_editor) -> None:
    connection = schema_editor.connection
    table = connection.ops.quote_name(
        apps.get_model("eservice_bridge", "AuditEntry")._meta.db_table
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET detail = %s WHERE action IN (%s, %s, %s)",  # noqa: S608
            [REDACTED, *FILE_ACTIONS],
        )


def forwards(apps, schema_editor) -> None:
    _refresh_digests(apps, schema_editor)
    _each(apps, schema_editor, encrypt_clear)
    _redact_file_names(apps, schema_editor)


def backwards(apps, schema_editor) -> None:
    _each(apps, schema_editor, decrypt_token)


class Migration(migrations.Migration):
    dependencies = [("eservice_bridge", "0006_encrypt_personal_data_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
