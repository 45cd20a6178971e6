"""Encrypt notices' titles and texts stored in clear (they may name a child)."""

from django.db import migrations

from eservice_bridge.protection.conversion import decrypt_token, encrypt_clear, transform_columns


def _run(apps, schema_editor, transform) -> None:
    table = apps.get_model("eservice_notices", "Notice")._meta.db_table
    transform_columns(schema_editor.connection, table, "id", ["title", "body"], transform)


def forwards(apps, schema_editor) -> None:
    _run(apps, schema_editor, encrypt_clear)


def backwards(apps, schema_editor) -> None:
    _run(apps, schema_editor, decrypt_token)


class Migration(migrations.Migration):
    dependencies = [("eservice_notices", "0002_encrypt_notice_texts")]

    operations = [migrations.RunPython(forwards, backwards)]
