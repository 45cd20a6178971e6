"""The school scholarship window opens: remind last school year's applicants.

"Last school year's applicants" are the applicants with a scholarship case submitted from
1 September of the previous year up to (not including) 1 September of this year. That covers
the September window, the October window of social-work colleges and the February window of
schools starting in February. People who already applied in this window are not reminded.
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Service
from eservice_bridge.forms.amounts import figures
from eservice_bridge.forms.services.scholarship import scholarship_windows
from eservice_bridge.identity.models import Applicant

from ..models import Notice, NoticeKind
from .audience import without_opted_out
from .due import Due

FORM_KEY = "stypendium-szkolne"


def previous_school_year(today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[1 September last year, 1 September this year) as aware datetimes."""
    start = timezone.make_aware(dt.datetime(today.year - 1, 9, 1))
    end = timezone.make_aware(dt.datetime(today.year, 9, 1))
    return start, end


def event_key(year: int) -> str:
    return f"stypendium:{year}"


def due(now: dt.datetime) -> list[Due]:
    today = timezone.localtime(now).date()
    window = scholarship_windows(figures(today))["zwykla"]
    if not window.contains(today):
        return []
    service = Service.objects.filter(form_key=FORM_KEY, is_active=True).first()
    if service is None:
        return []
    start, end = previous_school_year(today)
    scholarship = Case.objects.filter(service__form_key=FORM_KEY)
    last_year = scholarship.filter(submitted_at__gte=start, submitted_at__lt=end)
    this_year = scholarship.filter(submitted_at__gte=end)
    key = event_key(today.year)
    already = Notice.objects.filter(kind=NoticeKind.SCHOLARSHIP_WINDOW, event_key=key)
    applicants = without_opted_out(
        Applicant.objects.filter(pk__in=last_year.values("applicant_id"))
        .exclude(pk__in=this_year.values("applicant_id"))
        .exclude(pk__in=already.values("applicant_id"))
    )
    school_year = f"{today.year}/{today.year + 1}"
    last_day = dt.date(today.year, window.end_month, window.end_day)
    title = _("Rusza nabór wniosków o stypendium szkolne na rok szkolny %(year)s") % {
        "year": school_year
    }
    body = _(
        "W poprzednim roku szkolnym złożono Twój wniosek o stypendium szkolne. Wnioski na rok "
        "szkolny %(year)s przyjmujemy do %(last_day)s. Możesz złożyć wniosek online – dane "
        "z Twojego profilu wypełnimy za Ciebie. Dołącz zaświadczenia o dochodach z miesiąca "
        "poprzedzającego złożenie wniosku."
    ) % {"year": school_year, "last_day": last_day.strftime("%d.%m.%Y")}
    url = reverse("eservices:service", args=[service.slug])
    return [
        Due(
            applicant=applicant,
            kind=NoticeKind.SCHOLARSHIP_WINDOW,
            event_key=key,
            title=title,
            body=body,
            url=url,
        )
        for applicant in applicants.order_by("pk")
    ]
