"""Data given once, reused: the profile and a chosen household member as a draft's first answers.

The values only become the steps' initial values (``Draft.answers["_prefill"]``); a step is not
complete until the applicant confirms it, so nothing here can submit anything on her behalf.
"""

import datetime as dt

from eservice_bridge.applications import rules
from eservice_bridge.catalogue.models import Service
from eservice_bridge.forms.steps import ApplicantContactForm
from eservice_bridge.forms.units import unit_exists

from .models import ApplicantProfile, HouseholdMember

# Recruitment is for kindergarten (from 2.5 years, usually 3–6) and first grade (the year a child
# turns 7, or 6 early): counted in calendar years, as the recruitment rules do.
RECRUITMENT_AGE_YEARS = range(2, 8)

CHILD_FIELDS = ("child_given_name", "child_family_name", "child_birth_date")
HOLDER_FIELDS = ("holder_name", "holder_birth_date")
PARENT_FIELDS = ("parent1_name", "parent1_email", "parent1_phone")
CONTACT_FIELDS = ("phone", "address", "postal_code", "city")


def _field_names(step) -> set[str]:
    return set(step.form_class.base_fields)


def _is_recruitment(service: Service) -> bool:
    return any(
        "level" in _field_names(step) and "child_given_name" in _field_names(step)
        for step in rules.definition_for(service).steps
    )


def takes_member(service: Service) -> bool:
    """Whether one of the service's steps is about a child or pupil a member can fill in."""
    return any(
        _field_names(step) & {"child_given_name", "holder_name"}
        for step in rules.definition_for(service).steps
    )


def members_for(service: Service, applicant, today: dt.date) -> list[HouseholdMember]:
    """The applicant's members this service can be about (recruitment: children of that age)."""
    if not takes_member(service):
        return []
    members = list(HouseholdMember.objects.filter(applicant=applicant).select_related("school"))
    if _is_recruitment(service):
        members = [m for m in members if today.year - m.birth_date.year in RECRUITMENT_AGE_YEARS]
    return members


def _school_value(member: HouseholdMember) -> str:
    value = str(member.school_id or "")
    return value if value and unit_exists(value) else ""


def _member_values(names: set[str], member: HouseholdMember) -> dict[str, str]:
    values: dict[str, str] = {}
    if "child_given_name" in names:
        values.update(
            child_given_name=member.given_name,
            child_family_name=member.family_name,
            child_birth_date=member.birth_date.isoformat(),
        )
        if "child_pesel" in names:
            values["child_pesel"] = member.pesel or ""
    if "holder_name" in names:
        values["holder_name"] = member.full_name
        values["holder_birth_date"] = member.birth_date.isoformat()
    if "school" in names:
        values["school"] = _school_value(member)
    if "school_class" in names:
        values["school_class"] = member.school_class
    return values


def _profile_values(names: set[str], applicant, profile: ApplicantProfile | None) -> dict:
    values: dict[str, str] = {}
    contact = {name: getattr(profile, name, "") or "" for name in CONTACT_FIELDS}
    if "parent1_name" in names:
        values.update(
            parent1_name=applicant.display_name if applicant.given_name else "",
            parent1_email=applicant.email,
            parent1_phone=contact["phone"],
        )
    for name in CONTACT_FIELDS:
        if name in names:
            values[name] = contact[name]
    return values


def initial_answers(service: Service, applicant, member: HouseholdMember | None = None) -> dict:
    """Step slug -> initial values for the new draft (empty values left out)."""
    profile = ApplicantProfile.objects.filter(applicant=applicant).first()
    answers: dict[str, dict[str, str]] = {}
    for step in rules.definition_for(service).steps:
        names = _field_names(step)
        values: dict[str, str] = {}
        is_contact = issubclass(step.form_class, ApplicantContactForm)
        if is_contact:
            values.update(
                given_name=applicant.given_name,
                family_name=applicant.family_name,
                email=applicant.email,
            )
        if is_contact or "parent1_name" in names:
            values.update(_profile_values(names, applicant, profile))
        if member is not None:
            values.update(_member_values(names, member))
        values = {name: value for name, value in values.items() if value}
        if values:
            answers[step.slug] = values
    return answers
