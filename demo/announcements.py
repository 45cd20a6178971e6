"""Department announcements of every audience, priority and state (live, expired, future, draft)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser

from cms.announcements.models import Announcement, Audience, Priority
from cms.home.models import SchoolHomePage
from cms.home.unit_types import UnitType

from . import facts
from .indexing import BulkIndexer


def _specs(now: dt.datetime, today: dt.date) -> list[dict]:
    s = facts.scholarship()
    recruitment = facts.recruitment_facts(today)
    day = dt.timedelta(days=1)
    return [
        {
            "title": "Stypendium szkolne — przypomnij rodzicom o terminie",
            "body": f"<p>Wnioski o stypendium szkolne przyjmujemy {s.window_text}. Próg "
            f"dochodowy: {facts.pln(s.income_threshold_pln)} netto na osobę. Prosimy "
            "o przekazanie informacji rodzicom przez dziennik elektroniczny.</p>",
            "priority": Priority.IMPORTANT,
            "audience": Audience.ALL_UNITS,
            "active_from": now - 10 * day,
            "active_to": now + 60 * day,
        },
        {
            "title": f"Rekrutacja {recruitment.school_year} — harmonogram dla przedszkoli",
            "body": "<p>Harmonogram rekrutacji i wzory dokumentów są dostępne na portalu "
            "Wydziału Oświaty. Prosimy o aktualizację stron przedszkoli.</p>",
            "priority": Priority.INFORMATION,
            "audience": Audience.UNIT_TYPES,
            "unit_types": [UnitType.KINDERGARTEN.value],
            "active_from": now - 3 * day,
            "active_to": now + 90 * day,
        },
        {
            "title": "Szkolenie dyrektorów szkół: doręczenia elektroniczne",
            "body": "<p>Zapraszamy dyrektorów szkół na szkolenie z obsługi e-Doręczeń. "
            "Zgłoszenia do piątku.</p>",
            "priority": Priority.INFORMATION,
            "audience": Audience.UNIT_TYPES,
            "unit_types": [
                UnitType.PRIMARY_SCHOOL.value,
                UnitType.GENERAL_SECONDARY.value,
                UnitType.SCHOOL_COMPLEX.value,
            ],
            "active_from": now - 1 * day,
            "active_to": now + 14 * day,
        },
        {
            "title": "Awaria ogrzewania — zajęcia zdalne",
            "body": "<p>Z powodu awarii sieci ciepłowniczej w tych placówkach zajęcia "
            "odbywają się zdalnie do odwołania. Opieka świetlicowa jest zapewniona.</p>",
            "priority": Priority.URGENT,
            "audience": Audience.CHOSEN_UNITS,
            "chosen": 3,
            "active_from": now - 2 * day,
            "active_to": now + 5 * day,
        },
        {
            "title": "Dyżury wakacyjne przedszkoli — zgłoszenia zakończone",
            "body": "<p>Zgłoszenia na dyżury wakacyjne zostały zamknięte.</p>",
            "priority": Priority.INFORMATION,
            "audience": Audience.ALL_UNITS,
            "active_from": now - 120 * day,
            "active_to": now - 90 * day,
        },
        {
            "title": "Przerwa techniczna portalu E-łącze",
            "body": "<p>W nocy z soboty na niedzielę portal będzie niedostępny od 22:00 "
            "do 2:00 z powodu prac serwisowych.</p>",
            "priority": Priority.IMPORTANT,
            "audience": Audience.ALL_UNITS,
            "active_from": now + 7 * day,
            "active_to": now + 9 * day,
        },
        {
            "title": "Projekt: zmiany w regulaminie stypendiów za wyniki w nauce",
            "body": "<p>Projekt komunikatu — do akceptacji naczelnika wydziału.</p>",
            "priority": Priority.INFORMATION,
            "audience": Audience.ALL_UNITS,
            "active_from": now,
            "active_to": None,
            "draft": True,
        },
    ]


def create_announcements(
    *,
    now: dt.datetime,
    today: dt.date,
    author: AbstractBaseUser | None,
    indexer: BulkIndexer,
) -> list[Announcement]:
    """Create the demo announcements; chosen-units ones go to the first seeded units."""
    homes = list(SchoolHomePage.objects.order_by("pk")[:3])
    created = []
    for spec in _specs(now, today):
        chosen = spec.pop("chosen", 0)
        draft = spec.pop("draft", False)
        announcement = Announcement(live=not draft, **spec)
        if chosen:
            announcement.units.set(homes[:chosen])
        announcement.full_clean()
        announcement.save()
        revision = announcement.save_revision(user=author, log_action=True)
        if not draft:
            revision.publish(user=author, skip_permission_checks=True)
        indexer.add(announcement)
        created.append(announcement)
    return created
