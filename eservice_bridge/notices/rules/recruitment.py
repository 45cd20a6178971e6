"""Recruitment timetable stages: tell parents of children of the right age.

Ages are counted in the calendar year in which the school year starts (``school_year``):

* kindergarten: children who turn 3, 4, 5 or 6 that year (Prawo oświatowe art. 31 ust. 1:
  pre-school education from the school year of the calendar year the child turns 3 until the
  child starts school; the year a child turns 6 is the compulsory pre-school year, art. 31
  ust. 4);
* first grade: children who turn 7 that year (compulsory schooling, art. 35 ust. 2) and
  children who turn 6, whose parents may apply for an earlier start (art. 36 ust. 1–2).

A notice goes out on the stage's first day, or on the first run after it while the stage is
still open, once per stage and child.
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eservice_bridge.catalogue.models import Service
from eservice_bridge.household.models import HouseholdMember

from ..models import Notice, NoticeKind, RecruitmentLevel, RecruitmentStage
from .audience import without_opted_out
from .due import Due

FORM_KEY = "rekrutacja"
AGES = {
    RecruitmentLevel.KINDERGARTEN: (3, 4, 5, 6),
    RecruitmentLevel.FIRST_GRADE: (6, 7),
}

AGE_WORDS = {3: gettext_lazy("3 lata"), 4: gettext_lazy("4 lata"), 5: gettext_lazy("5 lat")}


def event_key(stage: RecruitmentStage, member: HouseholdMember) -> str:
    return f"rekrutacja:{stage.pk}:{member.public_id}"


def children_for(stage: RecruitmentStage):
    """Household members of the right age for the stage's recruitment."""
    years = [stage.school_year - age for age in AGES[stage.level]]
    return HouseholdMember.objects.filter(birth_year__in=years).select_related("applicant")


def _situation(stage: RecruitmentStage, member: HouseholdMember) -> str:
    age = stage.school_year - member.birth_date.year
    if stage.level == RecruitmentLevel.FIRST_GRADE and age == 6:
        return _(
            "%(child)s w %(year)s r. kończy 6 lat i może rozpocząć naukę w klasie pierwszej na "
            "wniosek rodziców, jeśli w poprzednim roku szkolnym korzystało z wychowania "
            "przedszkolnego albo ma opinię poradni psychologiczno-pedagogicznej."
        ) % {"child": member.given_name, "year": stage.school_year}
    if stage.level == RecruitmentLevel.FIRST_GRADE:
        return _(
            "%(child)s w %(year)s r. kończy 7 lat i od września rozpoczyna naukę w klasie "
            "pierwszej szkoły podstawowej."
        ) % {"child": member.given_name, "year": stage.school_year}
    if age == 6:
        return _(
            "%(child)s w %(year)s r. kończy 6 lat – to rok obowiązkowego przygotowania "
            "przedszkolnego."
        ) % {"child": member.given_name, "year": stage.school_year}
    return _("%(child)s w %(year)s r. kończy %(age)s i może uczęszczać do przedszkola.") % {
        "child": member.given_name,
        "year": stage.school_year,
        "age": AGE_WORDS[age],
    }


def due(now: dt.datetime) -> list[Due]:
    today = timezone.localtime(now).date()
    stages = RecruitmentStage.objects.filter(
        notify_parents=True, starts_on__lte=today, ends_on__gte=today
    )
    service = Service.objects.filter(form_key=FORM_KEY).first()
    url = reverse("eservices:service", args=[service.slug]) if service else ""
    result: list[Due] = []
    for stage in stages:
        sent = set(
            Notice.objects.filter(
                kind=NoticeKind.RECRUITMENT_STAGE, event_key__startswith=f"rekrutacja:{stage.pk}:"
            ).values_list("event_key", flat=True)
        )
        level = (
            _("przedszkola")
            if stage.level == RecruitmentLevel.KINDERGARTEN
            else _("klasy pierwszej")
        )
        title = _("Rekrutacja do %(level)s na rok szkolny %(year)s: %(stage)s") % {
            "level": level,
            "year": stage.school_year_label,
            "stage": stage.name,
        }
        if stage.starts_on == stage.ends_on:
            when = _("Termin: %(day)s.") % {"day": stage.starts_on.strftime("%d.%m.%Y")}
        else:
            when = _("Etap trwa od %(start)s do %(end)s.") % {
                "start": stage.starts_on.strftime("%d.%m.%Y"),
                "end": stage.ends_on.strftime("%d.%m.%Y"),
            }
        for member in without_opted_out(children_for(stage), "applicant_id").order_by("pk"):
            key = event_key(stage, member)
            if key in sent:
                continue
            result.append(
                Due(
                    applicant=member.applicant,
                    kind=NoticeKind.RECRUITMENT_STAGE,
                    event_key=key,
                    title=title,
                    body=f"{_situation(stage, member)} {when}",
                    url=url,
                )
            )
    return result
