"""The bridge's clock: ``settings.ESERVICES_NOW`` (ISO date-time) freezes it for tests and demos."""

import datetime as dt

from django.conf import settings
from django.utils import timezone


def now() -> dt.datetime:
    frozen = getattr(settings, "ESERVICES_NOW", None)
    if frozen:
        value = dt.datetime.fromisoformat(str(frozen))
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value
    return timezone.now()


def today() -> dt.date:
    return timezone.localtime(now()).date()
