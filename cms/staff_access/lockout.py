"""django-axes' answer to a locked-out sign-in: a Polish page, HTTP 429."""

from django.shortcuts import render
from django.utils.translation import gettext as _


def locked_out(request, credentials, *args, **kwargs):
    return render(
        request,
        "staff_access/locked_out.html",
        {
            "message": _(
                "Konto lub adres zostały czasowo zablokowane po zbyt wielu nieudanych próbach "
                "logowania. Spróbuj ponownie za %(minutes)d minut albo poproś administratora o "
                "odblokowanie."
            )
            % {"minutes": _cooloff_minutes()},
        },
        status=429,
    )


def _cooloff_minutes() -> int:
    from django.conf import settings

    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
