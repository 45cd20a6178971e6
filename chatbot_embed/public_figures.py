"""The chatbot's public indicators for "E-łącze w liczbach" (registered with cms.open_data)."""

import datetime as dt

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.open_data.figures import Figure, Section

from .api.answer_counts import flush
from .models import DailyAnswerCount

PERIOD_DAYS = 365


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0") if value >= 10_000 else str(value)


def sections() -> list[Section]:
    flush()
    since = timezone.localdate() - dt.timedelta(days=PERIOD_DAYS)
    totals = DailyAnswerCount.objects.filter(day__gt=since).aggregate(
        questions=Sum("questions"), answered=Sum("answered")
    )
    questions, answered = totals["questions"] or 0, totals["answered"] or 0
    share = f"{answered * 100 / questions:.1f}".replace(".", ",") + "\u00a0%" if questions else "—"
    return [
        Section(
            key="czatbot",
            title=_("Czatbot"),
            intro=_(
                "Pytania zadane czatbotowi na stronach portalu w ostatnich 12 miesiącach. "
                "Liczymy tylko pytania, bez ich treści."
            ),
            figures=(
                Figure(_("Pytania zadane czatbotowi"), _number(questions)),
                Figure(_("Pytania z odpowiedzią"), _number(answered)),
                Figure(_("Udział pytań z odpowiedzią"), share),
            ),
            order=30,
        )
    ]
