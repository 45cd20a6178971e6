"""Model fields whose database value is Fernet ciphertext, never the plain value.

Every such field derives from ``EncryptedField``, so ``reencrypt_personal_data`` finds them all.
The database cannot compare, order or search these columns: equality look-ups go through a
keyed digest column (``crypto.lookup_digest``), ordering happens in Python.
"""

import datetime as dt
import json
from typing import Any

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.dateparse import parse_date

from .crypto import decrypt_text, encrypt_text


class EncryptedField(models.TextField):
    """Marker base: a text column that holds one Fernet token (or is empty)."""


class EncryptedTextField(EncryptedField):
    """A text value encrypted at rest; empty strings stay empty.

    ``max_length`` limits the clear value (forms, validation), not the column.
    """

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None or value == "":
            return value
        return decrypt_text(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_text(str(value))

    def formfield(self, **kwargs: Any) -> forms.Field:
        if self.max_length is not None:  # a short value (name, phone): a one-line input
            return models.Field.formfield(self, **{"max_length": self.max_length, **kwargs})
        return super().formfield(**kwargs)


class EncryptedDateField(EncryptedField):
    """A date encrypted at rest (ISO text inside the token); ``None`` is stored as NULL."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None or value == "":
            return None
        return dt.date.fromisoformat(decrypt_text(value))

    def to_python(self, value: Any) -> dt.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        parsed = parse_date(str(value))
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed

    def get_prep_value(self, value: Any) -> str | None:
        value = self.to_python(value)
        if value is None:
            return None
        return encrypt_text(value.isoformat())

    def value_to_string(self, obj: models.Model) -> str:
        value = self.value_from_object(obj)
        return value.isoformat() if value else ""

    def formfield(self, **kwargs: Any) -> forms.Field:
        return models.Field.formfield(self, **{"form_class": forms.DateField, **kwargs})


class EncryptedJSONField(EncryptedField):
    """A JSON document (dict or list) encrypted at rest as one Fernet token."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None or value == "":
            return {}
        return json.loads(decrypt_text(value))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, dict | list) or value is None:
            return value
        return json.loads(value)

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return encrypt_text(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))

    def value_to_string(self, obj: models.Model) -> str:
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder)
