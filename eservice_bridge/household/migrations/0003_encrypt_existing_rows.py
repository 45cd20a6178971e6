"""Encrypt profiles and household members stored in clear; fill the clear birth year."""

import datetime as dt

from django.db import migrations

from eservice_bridge.protection.conversion import decrypt_token, encrypt_clear, transform_columns

COLUMNS = {
    "ApplicantProfile": ["phone", "address", "postal_code", "city"],
    "HouseholdMember": ["given_name", "family_name", "birth_date", "school_class"],
}


def _birth_years(apps, schema_editor) -> None:
    connection = schema_editor.connection
    model = apps.get_model("eservice_household", "HouseholdMember")
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, birth_date FROM {table}")  # noqa: S608
        rows = cursor.fetchall()
    for pk, born in rows:
        year = dt.date.fromisoformat(decrypt_token(str(born))[:10]).year if born else None
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET birth_year = %s WHERE id = %s",  # noqa: S608
                [year, pk],
            )


def _each(apps, schema_editor, transform) -> None:
    for model_name, columns in COLUMNS.items():
        table = apps.get_model("eservice_household", model_name)._meta.db_table
        transform_columns(schema_editor.connection, table, "id", columns, transform)


def forwards(apps, schema_editor) -> None:
    _birth_years(apps, schema_editor)
    _each(apps, schema_editor, encrypt_clear)


def backwards(apps, schema_editor) -> None:
    _each(apps, schema_editor, decrypt_token)


class Migration(migrations.Migration):
    dependencies = [("eservice_household", "0002_encrypt_profile_and_household")]

    operations = [migrations.RunPython(forwards, backwards)]
