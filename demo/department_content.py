"""The department portal's content: home page, services pages, news and BIP documents.

Only the department's contact e-mail and phone are real (from the brief); the rest is demo text.
"""

from __future__ import annotations

import datetime as dt

from . import corpora, facts, stream
from .people import Person
from .slugs import polish_slug
from .unit_content import NewsItem, PageDraft, last_occurrence, school_year_of

DEPARTMENT_EMAIL = "oswiata@dabrowa-gornicza.pl"
DEPARTMENT_PHONE = "32 295 69 47"
DEPARTMENT_NAME = "Wydział Oświaty Urzędu Miejskiego w Dąbrowie Górniczej"
DEPARTMENT_COORDINATOR = Person("Marzena", "Ptaszyńska", True)  # fictional
DEPARTMENT_HEAD = Person("Bogusław", "Wierzbicki", False)  # fictional

RECRUITMENT_SLUG = "rekrutacja"
SCHOLARSHIP_SLUG = "stypendium-szkolne"
ALLOWANCE_SLUG = "zasilek-szkolny"


def home_fields() -> dict:
    return {
        "title": "Wydział Oświaty",
        "intro": (
            "Portal edukacyjny Dąbrowy Górniczej: rekrutacja do przedszkoli i szkół, pomoc "
            "materialna dla uczniów, komunikaty Wydziału Oświaty i strony wszystkich "
            "miejskich placówek oświatowych."
        ),
        "summary": "Wydział Oświaty — rekrutacja, stypendia, placówki oświatowe w mieście.",
        "address": "ul. Graniczna 21",
        "postal_code": "41-300",
        "city": "Dąbrowa Górnicza",
        "phone": DEPARTMENT_PHONE,
        "email": DEPARTMENT_EMAIL,
        "office_hours": "Poniedziałek, wtorek, czwartek 7:30–15:30\nŚroda 7:30–17:00\n"
        "Piątek 7:30–14:00",
        "easy_read": (
            "Wydział Oświaty pracuje w Urzędzie Miejskim. Zajmujemy się przedszkolami "
            "i szkołami w Dąbrowie Górniczej. Pomagamy zapisać dziecko do przedszkola "
            "i szkoły. Przyznajemy stypendia dla uczniów. Możesz do nas zadzwonić "
            "albo napisać e-mail."
        ),
    }


def recruitment_page(today: dt.date, rules_document_id: int | None) -> PageDraft:
    recruitment = facts.recruitment_facts(today)
    body = [
        stream.paragraph(
            f"Rekrutacja do miejskich przedszkoli, oddziałów przedszkolnych i klas pierwszych "
            f"szkół podstawowych na rok szkolny {recruitment.school_year} odbywa się "
            "elektronicznie. Wniosek można wypełnić przez internet, a podpisany złożyć w "
            "placówce pierwszego wyboru.",
            f"We wniosku można wskazać najwyżej {recruitment.max_preferences} placówki "
            "w kolejności preferencji.",
        ),
        stream.table(
            f"Harmonogram rekrutacji na rok szkolny {recruitment.school_year}",
            ["Etap", "Od", "Do"],
            [
                [stage.name, facts.polish_date(stage.start), facts.polish_date(stage.end)]
                for stage in recruitment.stages
            ],
        ),
        stream.heading("Wymagane dokumenty"),
        stream.bullet_list(recruitment.documents),
        stream.heading("Dane we wniosku"),
        stream.paragraph(recruitment.data_note),
        stream.heading("Odwołania"),
        stream.paragraph(recruitment.appeal_text),
        stream.eservice(facts.SERVICE_RECRUITMENT, "Wypełnij wniosek rekrutacyjny online."),
        stream.faq(
            [
                (
                    "Czy dziecko z obwodu szkoły musi brać udział w rekrutacji?",
                    "Nie. Dziecko zamieszkałe w obwodzie szkoły przyjmuje się na podstawie "
                    "zgłoszenia.",
                ),
                (
                    "Czy listy przyjętych zawierają numery PESEL?",
                    "Nie. Listy zawierają wyłącznie imiona i nazwiska dzieci w kolejności "
                    "alfabetycznej.",
                ),
                (
                    "Jak długo przechowywane są dane z rekrutacji?",
                    "Dane dzieci przyjętych — do końca uczęszczania do placówki; "
                    "nieprzyjętych — przez rok, chyba że toczy się postępowanie sądowe.",
                ),
            ]
        ),
    ]
    if rules_document_id:
        body.insert(5, stream.documents([rules_document_id], "Zarządzenie i regulamin"))
    return PageDraft(
        title="Rekrutacja",
        slug=RECRUITMENT_SLUG,
        summary=f"Rekrutacja do przedszkoli i szkół na rok szkolny {recruitment.school_year}: "
        "terminy, dokumenty, odwołania.",
        body=body,
    )


def scholarship_page(form_document_id: int | None) -> PageDraft:
    s = facts.scholarship()
    body = [
        stream.paragraph(
            "Stypendium szkolne to pomoc dla uczniów w trudnej sytuacji materialnej "
            "(art. 90d ustawy o systemie oświaty). O przyznaniu decyduje "
            f"{s.decided_by}.",
        ),
        stream.table(
            "Stypendium szkolne w skrócie",
            ["Zasada", "Wartość"],
            [
                ["termin składania wniosków", s.window_text],
                [
                    "termin dla słuchaczy kolegiów pracowników służb społecznych",
                    s.social_college_deadline_text,
                ],
                [
                    "termin dla szkół rozpoczynających naukę w lutym",
                    s.february_schools_deadline_text,
                ],
                [
                    "miesięczny dochód netto na osobę w rodzinie",
                    f"nie więcej niż {facts.pln(s.income_threshold_pln)}",
                ],
                ["dochód z 1 ha przeliczeniowego", facts.pln(s.farm_hectare_income_pln)],
                [
                    "wysokość stypendium miesięcznie",
                    f"od {facts.pln(s.min_monthly_pln)} do {facts.pln(s.max_monthly_pln)}",
                ],
                ["okres wypłaty", s.months_text],
            ],
        ),
        stream.heading("Wymagane dokumenty"),
        stream.bullet_list(s.documents),
        stream.eservice(
            facts.SERVICE_SCHOLARSHIP,
            "Złóż wniosek o stypendium szkolne przez internet — decyzję otrzymasz elektronicznie.",
        ),
        stream.faq(
            [
                (
                    "Kiedy mogę złożyć wniosek o stypendium szkolne?",
                    f"Wniosek składa się {s.window_text} danego roku. Po terminie wniosek "
                    "można złożyć tylko w uzasadnionych przypadkach.",
                ),
                (
                    "Jaki jest próg dochodowy?",
                    f"{facts.pln(s.income_threshold_pln)} netto na osobę miesięcznie. Do "
                    "dochodu wlicza się dochody z miesiąca poprzedzającego złożenie wniosku.",
                ),
                (
                    "Na co można przeznaczyć stypendium?",
                    "Na zajęcia edukacyjne, podręczniki, przybory szkolne, strój sportowy, "
                    "dojazd do szkoły i inne wydatki związane z nauką.",
                ),
            ]
        ),
    ]
    if form_document_id:
        body.insert(4, stream.documents([form_document_id], "Wniosek do pobrania"))
    return PageDraft(
        title="Stypendium szkolne",
        slug=SCHOLARSHIP_SLUG,
        summary=f"Wnioski {s.window_text}; próg dochodowy {facts.pln(s.income_threshold_pln)} "
        "netto na osobę.",
        body=body,
    )


def allowance_page() -> PageDraft:
    a = facts.allowance()
    return PageDraft(
        title="Zasiłek szkolny",
        slug=ALLOWANCE_SLUG,
        summary=f"Jednorazowa pomoc po zdarzeniu losowym, do {facts.pln(a.max_amount_pln)}.",
        body=[
            stream.paragraph(
                "Zasiłek szkolny może otrzymać uczeń, który znalazł się przejściowo w trudnej "
                f"sytuacji z powodu zdarzenia losowego, np.: {', '.join(a.examples)}.",
                f"Wniosek składa się {a.deadline_text}. Zasiłek wynosi najwyżej "
                f"{facts.pln(a.max_amount_pln)} i nie zależy od dochodu rodziny.",
            ),
            stream.heading("Wymagane dokumenty"),
            stream.bullet_list(a.documents),
            stream.eservice(facts.SERVICE_ALLOWANCE, "Złóż wniosek o zasiłek szkolny."),
        ],
    )


def transport_page() -> PageDraft:
    return PageDraft(
        title="Dowóz uczniów niepełnosprawnych",
        slug="dowoz-uczniow-niepelnosprawnych",
        summary="Bezpłatny dowóz lub zwrot kosztów dojazdu — umowa z Prezydentem Miasta, "
        "obsługa w CUW.",
        body=[
            stream.paragraph(
                "Gmina zapewnia uczniom niepełnosprawnym bezpłatny transport do szkoły lub zwrot "
                "kosztów przejazdu, gdy dowożą ich rodzice (art. 39 ust. 4 ustawy Prawo "
                "oświatowe). Zwrot kosztów następuje na podstawie umowy zawieranej "
                "z Prezydentem Miasta; sprawy prowadzi Centrum Usług Wspólnych.",
            ),
            stream.heading("Załączniki do wniosku"),
            stream.bullet_list(
                [
                    "orzeczenie o potrzebie kształcenia specjalnego",
                    "orzeczenie o niepełnosprawności (jeżeli dotyczy)",
                    "potwierdzenie uczęszczania dziecka do placówki",
                    "kopia dowodu rejestracyjnego samochodu",
                    "informacja o średnim zużyciu paliwa pojazdu",
                ]
            ),
            stream.paragraph(
                "Po zawarciu umowy rodzic co miesiąc przedstawia potwierdzenie obecności "
                "dziecka w placówce."
            ),
        ],
    )


def kindergarten_fees_page() -> PageDraft:
    fees = facts.kindergarten_fees()
    return PageDraft(
        title="Opłaty za przedszkole",
        slug="oplaty-za-przedszkole",
        summary=f"{fees.free_hours} godzin bezpłatnie, każda kolejna godzina najwyżej "
        f"{facts.pln(fees.hourly_rate_pln)}.",
        body=[
            stream.table(
                "Opłaty w przedszkolach miejskich",
                ["Pozycja", "Kwota"],
                [
                    [f"{fees.free_hours} godzin dziennie", "bezpłatnie"],
                    [
                        "każda kolejna godzina",
                        f"{facts.pln(fees.hourly_rate_pln)} ({fees.since_text})",
                    ],
                ],
            ),
            stream.paragraph(
                "Stawkę ustala Rada Miejska w Dąbrowie Górniczej. Opłata nie dotyczy dzieci "
                "sześcioletnich realizujących obowiązkowe roczne przygotowanie przedszkolne."
            ),
        ],
    )


def young_workers_page() -> PageDraft:
    figures = facts.figures()
    months = figures.young_worker_months
    return PageDraft(
        title="Dofinansowanie kształcenia młodocianych pracowników",
        slug="mlodociani-pracownicy",
        summary=f"Dla pracodawców: wniosek w ciągu {months} miesięcy od egzaminu ucznia.",
        body=[
            stream.paragraph(
                "Pracodawca, który wykształcił młodocianego pracownika, może otrzymać "
                "dofinansowanie (art. 122 ustawy Prawo oświatowe). Wniosek składa się w ciągu "
                f"{months} miesięcy od dnia zdania egzaminu przez ucznia.",
            ),
            stream.table(
                "Kwoty dofinansowania",
                ["Forma", "Kwota"],
                [
                    ["nauka zawodu (36 miesięcy)", facts.pln(figures.young_worker_amount)],
                    [
                        "nauka zawodu w zawodzie deficytowym",
                        facts.pln(figures.young_worker_shortage_amount),
                    ],
                    [
                        "przyuczenie do pracy (za miesiąc)",
                        facts.pln(figures.young_worker_short_monthly),
                    ],
                ],
            ),
            stream.paragraph("Do wniosku dołącza się zaświadczenia o pomocy de minimis."),
        ],
    )


def faq_page(recruitment_page_id: int, scholarship_page_id: int) -> PageDraft:
    s = facts.scholarship()
    return PageDraft(
        title="Najczęstsze pytania",
        slug="najczestsze-pytania",
        summary="Odpowiedzi Wydziału Oświaty na pytania rodziców.",
        body=[
            stream.faq(
                [
                    (
                        "Kiedy jest rekrutacja do przedszkoli?",
                        "Rekrutacja odbywa się wiosną; harmonogram publikujemy na stronie "
                        "Rekrutacja.",
                    ),
                    (
                        "Do kiedy składa się wniosek o stypendium szkolne?",
                        f"{s.window_text.capitalize()}.",
                    ),
                    (
                        "Ile wynosi próg dochodowy dla stypendium?",
                        f"{facts.pln(s.income_threshold_pln)} netto na osobę w rodzinie.",
                    ),
                    (
                        "Czy mogę załatwić sprawę bez wychodzenia z domu?",
                        "Tak. Wnioski można składać przez internet po zalogowaniu przez "
                        "login.gov.pl; decyzje doręczamy elektronicznie.",
                    ),
                    (
                        "Kto rozpatruje wniosek o duplikat świadectwa?",
                        "Dyrektor szkoły, która wydała świadectwo.",
                    ),
                ],
                title="Pytania rodziców",
            ),
            stream.call_to_action(
                "Rekrutacja krok po kroku",
                "Przejdź do strony Rekrutacja",
                page_id=recruitment_page_id,
            ),
            stream.call_to_action(
                "Stypendium szkolne",
                "Sprawdź zasady stypendium",
                page_id=scholarship_page_id,
            ),
        ],
    )


def department_news(today: dt.date) -> list[NewsItem]:
    items = []
    amounts = facts.figures(today).placeholders()
    for item in corpora.load("department_news")["news"]:  # corpora/department_news.yaml
        day = last_occurrence(tuple(item["month_day"]), today)
        title = item["title"].format(school_year=school_year_of(day + dt.timedelta(days=30)))
        lead, paragraphs, tags = item["lead"], item["paragraphs"], item["tags"]
        items.append(
            NewsItem(
                title=title,
                slug=polish_slug(title, 70),
                date=day,
                lead=lead.format_map(amounts),
                body=[stream.paragraph(*(p.format_map(amounts) for p in paragraphs))],
                tags=tags.split(","),
            )
        )
    items.sort(key=lambda item: item.date, reverse=True)
    return items


def recruitment_order(today: dt.date) -> tuple[dict, dict]:
    """A BIP document (the mayor's order on the recruitment schedule) in two versions."""
    recruitment = facts.recruitment_facts(today)
    produced = today - dt.timedelta(days=60)
    stages = [
        f"{stage.name}: {facts.polish_date(stage.start)} – {facts.polish_date(stage.end)}"
        for stage in recruitment.stages
    ]
    first = {
        "title": f"Zarządzenie w sprawie harmonogramu rekrutacji {recruitment.school_year}",
        "slug": "zarzadzenie-harmonogram-rekrutacji",
        "summary": "Terminy postępowania rekrutacyjnego i uzupełniającego.",
        "produced_by": f"{DEPARTMENT_HEAD.full_name}, naczelnik Wydziału Oświaty",
        "produced_date": produced,
        "change_description": "Pierwsza publikacja",
        "body": [
            stream.paragraph("§ 1. Ustala się harmonogram postępowania rekrutacyjnego:"),
            stream.bullet_list(stages[:-1]),
        ],
    }
    second = {
        **first,
        "change_description": "Dodano termin ogłoszenia list przyjętych",
        "body": [
            first["body"][0],
            stream.bullet_list(stages),
            stream.paragraph("§ 2. Zarządzenie wchodzi w życie z dniem podpisania."),
        ],
    }
    return first, second
