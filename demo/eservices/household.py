"""Demo data: the simulator's fictional Anna Testowa with a profile and two children."""

import datetime as dt

from django.db import transaction

from cms.home.unit_types import UnitType
from eservice_bridge import clock
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.household.models import ApplicantProfile, HouseholdMember
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.simulator import fictional_people
from eservice_bridge.protection.crypto import lookup_digest
from eservice_bridge.test_data.factories import ApplicantFactory

DEMO_PERSON = ("Anna", "Testowa")


def _unit(unit_type: str):
    from cms.home.models import SchoolHomePage

    return SchoolHomePage.objects.live().filter(unit_type=unit_type).order_by("title").first()


def _demo_applicant() -> Applicant:
    """Find or create the applicant the way signing in through the simulator does."""
    person = next(
        p for p in fictional_people() if (p["given_name"], p["family_name"]) == DEMO_PERSON
    )
    digest = lookup_digest(person["pesel"], "pesel")
    applicant = Applicant.objects.filter(pesel_digest=digest).first()
    if applicant is None:  # built by the tests' factory: a login-node applicant, PESEL digest
        return ApplicantFactory(
            given_name=person["given_name"],
            family_name=person["family_name"],
            birth_date=person["birth_date"],
            pesel=person["pesel"],
            email="anna.testowa@example.org",
        )
    applicant.given_name = person["given_name"]
    applicant.family_name = person["family_name"]
    applicant.birth_date = person["birth_date"]
    applicant.pesel = person["pesel"]
    if not applicant.email:
        applicant.email = "anna.testowa@example.org"
    applicant.save()
    return applicant


@transaction.atomic
def seed_demo() -> str:
    """Idempotent: the same profile and the same two children however often it runs."""
    applicant = _demo_applicant()
    ApplicantProfile.objects.update_or_create(
        applicant=applicant,
        defaults={
            "phone": "32 123 45 67",
            "address": "ul. Szkolna 5/2",
            "postal_code": "41-300",
            "city": "Dąbrowa Górnicza",
        },
    )
    year = clock.today().year
    # One child of kindergarten age (4 this year), one pupil of a primary school (10 this year).
    children = [
        ("Staś", dt.date(year - 4, 5, 14), 611, 5, _unit(UnitType.KINDERGARTEN), "Motylki"),
        ("Ola", dt.date(year - 10, 2, 3), 722, 4, _unit(UnitType.PRIMARY_SCHOOL), "4a"),
    ]
    created = 0
    # Names are encrypted: the existing children are matched in Python, not by the database.
    existing = {
        (member.given_name, member.family_name): member
        for member in HouseholdMember.objects.filter(applicant=applicant)
    }
    for given, born, serial, sex_digit, unit, group in children:
        member = existing.get((given, "Testowa")) or HouseholdMember(
            applicant=applicant, given_name=given, family_name="Testowa"
        )
        created += member.pk is None
        member.birth_date = born
        member.pesel = pesel_rules.make(born, serial, sex_digit)
        member.school = unit
        member.school_class = group if unit else ""
        member.save()
    return (
        f"profil wnioskodawcy {applicant.display_name} z dziećmi: {len(children)} "
        f"({created} nowych)"
    )
