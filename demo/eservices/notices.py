"""Demo data: the coming recruitment's timetable, the same one the demo sites publish."""

from demo import facts
from eservice_bridge import clock
from eservice_bridge.notices.models import RecruitmentLevel, RecruitmentStage
from eservice_bridge.notices.permissions import grant_timetable_permissions

# The continuation declaration concerns children already in a kindergarten: no notice to
# parents of children registered in their profile.
SILENT_STAGE_PREFIX = "składanie deklaracji"


def seed_demo() -> str:
    """Both levels follow the schedule of ``demo.facts.recruitment_facts`` (idempotent)."""
    today = clock.today()
    year = facts.recruitment_year(today)
    created = 0
    stages = facts.recruitment_facts(today).stages
    for level in (RecruitmentLevel.KINDERGARTEN, RecruitmentLevel.FIRST_GRADE):
        for stage in stages:
            if level == RecruitmentLevel.FIRST_GRADE and stage.name.startswith(SILENT_STAGE_PREFIX):
                continue  # continuation declarations exist for kindergartens only
            _stage, was_created = RecruitmentStage.objects.update_or_create(
                school_year=year,
                level=level,
                name=stage.name,
                defaults={
                    "starts_on": stage.start,
                    "ends_on": stage.end,
                    "notify_parents": not stage.name.startswith(SILENT_STAGE_PREFIX),
                },
            )
            created += int(was_created)
    grant_timetable_permissions()
    total = RecruitmentStage.objects.filter(school_year=year).count()
    return f"harmonogram rekrutacji {year}/{year + 1}: {total} etapów ({created} nowych)"
