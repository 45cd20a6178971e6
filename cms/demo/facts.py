"""Facts the demo content states about scholarships, allowances and recruitment.

Pages are written from these values (and tests check that they appear), so the chatbot and
the e-services can rely on the demo saying the same thing everywhere. Sources: the domain brief
(art. 90d and 90e of the act on the education system, the city's recruitment practice).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats, translation

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


SCHOLARSHIP = ScholarshipFacts(
    window_text="od 1 do 15 września",
    window_start=(9, 1),
    window_end=(9, 15),
    social_college_deadline_text="do 15 października",
    february_schools_deadline_text="do 15 lutego",
    income_threshold_pln=Decimal("823"),
    farm_hectare_income_pln=Decimal("459"),
    min_monthly_pln=Decimal("99.20"),
    max_monthly_pln=Decimal("248"),
    months_text="od 1 do 10 miesięcy w roku szkolnym",
    decided_by="Prezydent Miasta Dąbrowa Górnicza (decyzja administracyjna)",
    documents=(
        "wniosek o przyznanie stypendium szkolnego",
        "zaświadczenia lub oświadczenia o dochodach wszystkich członków gospodarstwa domowego "
        "z miesiąca poprzedzającego złożenie wniosku",
        "zaświadczenie z ośrodka pomocy społecznej o korzystaniu ze świadczeń (jeżeli dotyczy)",
        "zaświadczenie o wielkości gospodarstwa rolnego w hektarach przeliczeniowych "
        "(jeżeli dotyczy)",
    ),
)


@dataclass(frozen=True)
class AllowanceFacts:
    deadline_text: str
    max_amount_pln: Decimal
    examples: tuple[str, ...]
    documents: tuple[str, ...]


ALLOWANCE = AllowanceFacts(
    deadline_text="w terminie 2 miesięcy od wystąpienia zdarzenia",
    max_amount_pln=Decimal("620"),
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


KINDERGARTEN_FEES = KindergartenFeeFacts(
    free_hours=5, hourly_rate_pln=Decimal("1.44"), since_text="od 1 września 2024 r."
)


@dataclass(frozen=True)
class DuplicateFacts:
    certificate_fee_pln: Decimal
    pupil_id_fee_pln: Decimal
    days: int


DUPLICATES = DuplicateFacts(
    certificate_fee_pln=Decimal("26"), pupil_id_fee_pln=Decimal("9"), days=14
)


def pln(amount: Decimal) -> str:
    """Format an amount the Polish way: ``99,20 zł``, ``823 zł``."""
    text = f"{amount:.2f}".replace(".", ",")
    if text.endswith(",00"):
        text = text[:-3]
    return f"{text} zł"


def polish_date(day: dt.date) -> str:
    """``2027-03-02`` → ``2 marca 2027 r.`` (Django's Polish genitive month names)."""
    with translation.override("pl"):
        return f"{formats.date_format(day, 'j E Y')} r."
