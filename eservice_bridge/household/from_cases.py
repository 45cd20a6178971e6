"""Children named in the applicant's own cases but not (yet) in her household.

Nothing is added automatically (the parent decides what the profile keeps); the profile only
offers to add them, and the member form starts from the case's data.
"""

import datetime as dt
from dataclasses import dataclass

from eservice_bridge.cases.models import Case

from .models import HouseholdMember


@dataclass(frozen=True)
class CaseChild:
    case: Case
    given_name: str
    family_name: str
    birth_date: dt.date | None
    pesel: str
    school: str
    school_class: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def initial(self) -> dict:
        """Initial values of the member form."""
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "birth_date": self.birth_date,
            "pesel": self.pesel,
            "school": self.school,
            "school_class": self.school_class,
        }


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def child_in(case: Case) -> CaseChild | None:
    """The child or pupil a case is about, from its answers (``child_*`` fields)."""
    for values in (case.answers or {}).values():
        if isinstance(values, dict) and values.get("child_given_name"):
            return CaseChild(
                case=case,
                given_name=str(values.get("child_given_name", "")).strip(),
                family_name=str(values.get("child_family_name", "")).strip(),
                birth_date=_date(values.get("child_birth_date", "")),
                pesel=str(values.get("child_pesel", "")).strip(),
                school=str(values.get("school", "")),
                school_class=str(values.get("school_class", "")),
            )
    return None


def _key(given: str, family: str, born) -> tuple:
    return (given.strip().casefold(), family.strip().casefold(), born)


def children_not_in_household(applicant) -> list[CaseChild]:
    """One entry per child (newest case first) that matches no member by name and birth date."""
    known = {
        _key(m.given_name, m.family_name, m.birth_date)
        for m in HouseholdMember.objects.filter(applicant=applicant)
    }
    found: list[CaseChild] = []
    for case in Case.objects.filter(applicant=applicant).select_related("service"):
        child = child_in(case)
        if child is None or child.birth_date is None:
            continue
        key = _key(child.given_name, child.family_name, child.birth_date)
        if key not in known:
            known.add(key)
            found.append(child)
    return found
