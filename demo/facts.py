"""Facts the demo content states about scholarships, allowances and recruitment.

Pages are written from these values (and tests check that they appear), so the chatbot and
the e-services can rely on the demo saying the same thing everywhere. Amounts, fees and windows
come from the legal figures in force (``eservice_bridge.legal_figures``); the recruitment
schedule is derived from the day of seeding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from eservice_bridge.legal_figures.models import LegalFigures
from eservice_bridge.legal_figures.text import day_month, pln, polish_date

__all__ = ["pln", "polish_date"]  # the demo's modules format amounts and dates through facts

SERVICE_RECRUITMENT = "rekrutacja"
SERVICE_SCHOLARSHIP = "stypendium-szkolne"
SERVICE_ALLOWANCE = "zasilek-szkolny"
SERVICE_DUPLICATE_CERTIFICATE = "duplikat-swiadectwa"
SERVICE_TRANSPORT = "dowoz-ucznia-niepelnosprawnego"
SERVICE_KINDERGARTEN_FEES = "oplaty-przedszkolne"

DEMO_SERVICE_SLUGS = (
    SERVICE_RECRUITMENT,
    SERVICE_SCHOLARSHIP,
    SERVICE_ALLOWANCE,
    SERVICE_DUPLICATE_CERTIFICATE,
    SERVICE_TRANSPORT,
    SERVICE_KINDERGARTEN_FEES,
)


@dataclass(frozen=True)
class ScholarshipFacts:
    window_text: str
    window_start: tuple[int, int]  # (month, day)
    window_end: tuple[int, int]
    social_college_deadline_text: str
    february_schools_deadline_text: str
    income_threshold_pln: Decimal
    farm_hectare_income_pln: Decimal
    min_monthly_pln: Decimal
    max_monthly_pln: Decimal
    months_text: str
    decided_by: str
    documents: tuple[str, ...]


SCHOLARSHIP_DOCUMENTS = (
    "wniosek o przyznanie stypendium szkolnego",
    "zaświadczenia lub oświadczenia o dochodach wszystkich członków gospodarstwa domowego "
    "z miesiąca poprzedzającego złożenie wniosku",
    "zaświadczenie z ośrodka pomocy społecznej o korzystaniu ze świadczeń (jeżeli dotyczy)",
    "zaświadczenie o wielkości gospodarstwa rolnego w hektarach przeliczeniowych (jeżeli dotyczy)",
)


def figures(day: dt.date | None = None) -> LegalFigures:
    """The legal figures in force on ``day`` (default: today): the one place amounts live."""
    return LegalFigures.objects.for_day(day or timezone.localdate())


def _from_to(start: dt.date, end: dt.date) -> str:
    if start.month == end.month:
        return f"od {start.day} do {day_month(end)}"
    return f"od {day_month(start)} do {day_month(end)}"


def scholarship(day: dt.date | None = None) -> ScholarshipFacts:
    f = figures(day)
    start, end = f.scholarship_window_start, f.scholarship_window_end
    return ScholarshipFacts(
        window_text=_from_to(start, end),
        window_start=(start.month, start.day),
        window_end=(end.month, end.day),
        social_college_deadline_text=f"do {day_month(f.scholarship_college_end)}",
        february_schools_deadline_text=f"do {day_month(f.scholarship_february_end)}",
        income_threshold_pln=f.scholarship_income_threshold,
        farm_hectare_income_pln=f.scholarship_farm_hectare_income,
        min_monthly_pln=f.scholarship_min_monthly,
        max_monthly_pln=f.scholarship_max_monthly,
        months_text=f"od 1 do {f.scholarship_max_months} miesięcy w roku szkolnym",
        decided_by="Prezydent Miasta Dąbrowa Górnicza (decyzja administracyjna)",
        documents=SCHOLARSHIP_DOCUMENTS,
    )


@dataclass(frozen=True)
class AllowanceFacts:
    deadline_text: str
    max_amount_pln: Decimal
    examples: tuple[str, ...]
    documents: tuple[str, ...]


def allowance(day: dt.date | None = None) -> AllowanceFacts:
    f = figures(day)
    return AllowanceFacts(
        deadline_text=f"w terminie {f.allowance_months} miesięcy od wystąpienia zdarzenia",
        max_amount_pln=f.allowance_max,
        examples=("śmierć rodzica lub opiekuna", "pożar", "powódź", "nagła choroba w rodzinie"),
        documents=(
            "wniosek o przyznanie zasiłku szkolnego",
            "dokument potwierdzający zdarzenie losowe (np. zaświadczenie straży pożarnej, "
            "akt zgonu, zaświadczenie lekarskie)",
        ),
    )


@dataclass(frozen=True)
class RecruitmentStage:
    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class RecruitmentFacts:
    school_year: str
    max_preferences: int
    stages: tuple[RecruitmentStage, ...]
    documents: tuple[str, ...]
    appeal_text: str
    data_note: str


def recruitment_year(today: dt.date) -> int:
    """The calendar year of the next spring recruitment (for the school year starting then)."""
    return today.year + 1 if today.month >= 9 else today.year


def recruitment_facts(today: dt.date) -> RecruitmentFacts:
    """The recruitment schedule for the next school year, derived from ``today``."""
    year = recruitment_year(today)
    stages = (
        RecruitmentStage(
            "składanie deklaracji o kontynuowaniu wychowania przedszkolnego",
            dt.date(year, 2, 16),
            dt.date(year, 2, 27),
        ),
        RecruitmentStage(
            "składanie wniosków o przyjęcie wraz z załącznikami",
            dt.date(year, 3, 2),
            dt.date(year, 3, 16),
        ),
        RecruitmentStage(
            "podanie do publicznej wiadomości listy kandydatów zakwalifikowanych",
            dt.date(year, 3, 30),
            dt.date(year, 3, 30),
        ),
        RecruitmentStage(
            "potwierdzenie przez rodzica woli przyjęcia",
            dt.date(year, 3, 31),
            dt.date(year, 4, 10),
        ),
        RecruitmentStage(
            "podanie do publicznej wiadomości listy kandydatów przyjętych i nieprzyjętych",
            dt.date(year, 4, 15),
            dt.date(year, 4, 15),
        ),
    )
    return RecruitmentFacts(
        school_year=f"{year}/{year + 1}",
        max_preferences=3,
        stages=stages,
        documents=(
            "wniosek o przyjęcie podpisany przez rodziców (składany tylko w placówce "
            "pierwszego wyboru)",
            "oświadczenie o wielodzietności rodziny kandydata",
            "orzeczenie o potrzebie kształcenia specjalnego (jeżeli dotyczy)",
            "oświadczenie o samotnym wychowywaniu dziecka (jeżeli dotyczy)",
            "oświadczenie o zatrudnieniu lub nauce rodziców",
        ),
        appeal_text=(
            "W ciągu 3 dni od podania listy przyjętych rodzic może wystąpić do komisji "
            "rekrutacyjnej o uzasadnienie odmowy; komisja sporządza je w ciągu 3 dni. "
            "W ciągu 3 dni od otrzymania uzasadnienia można złożyć odwołanie do dyrektora, "
            "który rozpatruje je w ciągu 3 dni. Na rozstrzygnięcie dyrektora przysługuje "
            "skarga do sądu administracyjnego w terminie 30 dni."
        ),
        data_note=(
            "We wniosku podaje się imię, nazwisko, datę urodzenia i numer PESEL dziecka "
            "(lub numer paszportu), imiona i nazwiska rodziców, adres oraz dane kontaktowe. "
            "Nie podaje się numerów PESEL rodziców."
        ),
    )


def secondary_recruitment_facts(today: dt.date) -> RecruitmentFacts:
    """Recruitment to secondary schools (liceum, technikum, branch school) for the next year."""
    year = recruitment_year(today)
    stages = (
        RecruitmentStage(
            "składanie wniosków o przyjęcie do szkoły ponadpodstawowej",
            dt.date(year, 5, 12),
            dt.date(year, 6, 13),
        ),
        RecruitmentStage(
            "uzupełnienie wniosku o świadectwo ukończenia szkoły podstawowej i zaświadczenie "
            "o wyniku egzaminu ósmoklasisty",
            dt.date(year, 6, 27),
            dt.date(year, 7, 11),
        ),
        RecruitmentStage(
            "podanie do publicznej wiadomości listy kandydatów zakwalifikowanych",
            dt.date(year, 7, 18),
            dt.date(year, 7, 18),
        ),
        RecruitmentStage(
            "potwierdzenie woli przyjęcia (oryginały świadectwa i zaświadczenia)",
            dt.date(year, 7, 21),
            dt.date(year, 7, 25),
        ),
        RecruitmentStage(
            "podanie do publicznej wiadomości listy kandydatów przyjętych i nieprzyjętych",
            dt.date(year, 7, 28),
            dt.date(year, 7, 28),
        ),
    )
    base = recruitment_facts(today)
    return RecruitmentFacts(
        school_year=base.school_year,
        max_preferences=3,
        stages=stages,
        documents=(
            "wniosek o przyjęcie (do nie więcej niż trzech szkół)",
            "świadectwo ukończenia szkoły podstawowej",
            "zaświadczenie o wyniku egzaminu ósmoklasisty",
            "zaświadczenie lekarskie o braku przeciwwskazań do nauki zawodu (technikum, "
            "szkoła branżowa)",
            "orzeczenie o potrzebie kształcenia specjalnego (jeżeli dotyczy)",
        ),
        appeal_text=base.appeal_text,
        data_note=base.data_note,
    )


@dataclass(frozen=True)
class KindergartenFeeFacts:
    free_hours: int
    hourly_rate_pln: Decimal
    since_text: str


def kindergarten_fees(day: dt.date | None = None) -> KindergartenFeeFacts:
    f = figures(day)
    return KindergartenFeeFacts(
        free_hours=f.kindergarten_free_hours,
        hourly_rate_pln=f.kindergarten_hourly_fee,
        since_text=f"od {polish_date(f.kindergarten_fee_since)}",
    )


@dataclass(frozen=True)
class DuplicateFacts:
    certificate_fee_pln: Decimal
    pupil_id_fee_pln: Decimal
    days: int


def duplicates(day: dt.date | None = None) -> DuplicateFacts:
    f = figures(day)
    return DuplicateFacts(
        certificate_fee_pln=f.certificate_duplicate_fee,
        pupil_id_fee_pln=f.pupil_id_duplicate_fee,
        days=f.duplicate_days,
    )
