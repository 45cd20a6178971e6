"""The content of one unit's site, as unsaved page field values (no database access here)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cms.home.unit_types import UnitType

from . import facts, stream
from .catalogue import CITY, UnitSpec, unit_rng
from .events_corpus import EVENT_TEMPLATES, EventTemplate
from .images import Illustration
from .news_corpus import NEWS_TEMPLATES, TARGET_NEWS_PER_UNIT, NewsTemplate, unit_kinds
from .people import Person, make_person
from .slugs import polish_slug

GENDER_TOKEN = re.compile(r"\[(P|T):([^|\]]+)\|([^\]]+)\]")


@dataclass(frozen=True)
class DepartmentLinks:
    """Ids of department pages that unit pages link to (cross-site links)."""

    recruitment_page_id: int | None = None
    scholarship_page_id: int | None = None
    allowance_page_id: int | None = None


@dataclass
class UnitMedia:
    """Ids of the unit's images and documents (created by the seeder before the pages)."""

    logo_id: int
    illustrations: list[tuple[int, Illustration]]
    recruitment_rules_id: int
    application_form_id: int


@dataclass
class NewsItem:
    title: str
    slug: str
    date: dt.date
    lead: str
    body: list[dict]
    tags: list[str]
    main_image: tuple[int, Illustration] | None = None


@dataclass
class EventItem:
    title: str
    slug: str
    start: dt.datetime
    end: dt.datetime
    place: str
    lead: str
    body: list[dict]
    registration_url: str = ""


@dataclass
class PageDraft:
    """Field values of a standard page (StandardPage unless ``kind`` says otherwise)."""

    title: str
    slug: str
    summary: str
    body: list[dict] = field(default_factory=list)


def school_year_of(day: dt.date) -> str:
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}/{start + 1}"


def last_occurrence(month_day: tuple[int, int], today: dt.date) -> dt.date:
    """The most recent date with this month and day, not after today."""
    month, day = month_day
    candidate = dt.date(today.year, month, day)
    return candidate if candidate <= today else dt.date(today.year - 1, month, day)


def _resolve_gender(text: str, principal: Person, teacher: Person) -> str:
    def pick(match: re.Match) -> str:
        person = principal if match.group(1) == "P" else teacher
        return match.group(3) if person.female else match.group(2)

    return GENDER_TOKEN.sub(pick, text)


def _class_names(spec: UnitSpec) -> list[str]:
    if spec.unit_type == UnitType.PRIMARY_SCHOOL:
        grades = range(1, 9)
    elif spec.unit_type in (UnitType.KINDERGARTEN, UnitType.COUNSELLING_CENTRE):
        return ["Biedronki", "Motylki", "Pszczółki", "Żabki"]
    else:
        grades = range(1, 5)
    return [f"{grade}{letter}" for grade in grades for letter in "abc"]


def news_items(spec: UnitSpec, today: dt.date, media: UnitMedia | None = None) -> list[NewsItem]:
    """At least TARGET_NEWS_PER_UNIT dated, tagged articles fitting the unit's kind."""
    rng = unit_rng(spec.slug, "news")
    kinds = unit_kinds(spec.unit_type, spec.slug)
    instances: list[tuple[NewsTemplate, int]] = [
        (template, repeat)
        for template in NEWS_TEMPLATES
        if template.kinds & kinds
        for repeat in range(template.repeats)
    ]
    if len(instances) > TARGET_NEWS_PER_UNIT:
        chosen = set(rng.sample(range(len(instances)), TARGET_NEWS_PER_UNIT))
        instances = [item for i, item in enumerate(instances) if i in chosen]
    classes = _class_names(spec)
    amounts = facts.figures(today).placeholders()
    items: list[NewsItem] = []
    used_slugs: set[str] = set()
    for position, (template, repeat) in enumerate(instances):
        teacher, teacher2 = make_person(rng), make_person(rng)
        if template.month_day:
            day = last_occurrence(template.month_day, today)
        else:
            day = today - dt.timedelta(days=rng.randint(2, 150))
        context = {
            "unit": spec.name_without_city,
            "noun": spec.grammar.noun,
            "genitive": spec.grammar.genitive,
            "locative": spec.grammar.locative,
            "members": spec.grammar.members,
            "members_genitive": spec.grammar.members_genitive,
            "principal": spec.principal.with_title(spec.principal.principal_title),
            "teacher": teacher.full_name,
            "teacher2": teacher2.full_name,
            "class": rng.choice(classes),
            # An article from late August already concerns the coming school year.
            "school_year": school_year_of(day + dt.timedelta(days=30)),
            "birth_year": day.year - 7 + (1 if day.month >= 9 else 0),
            "place": "",
            "subject": "",
            "result": "",
            **amounts,
        }
        for name, values in template.params.items():
            base = sum(map(ord, spec.slug)) % len(values)
            context[name] = values[(base + repeat) % len(values)]

        def fill(text: str, context: dict = context, teacher: Person = teacher) -> str:
            return _resolve_gender(text.format(**context), spec.principal, teacher)

        title = fill(template.title)
        slug = polish_slug(title, 70) or f"aktualnosc-{position}"
        while slug in used_slugs:
            slug = f"{slug}-{repeat + 2}"
        used_slugs.add(slug)
        body = [stream.paragraph(fill(paragraph)) for paragraph in template.paragraphs]
        main_image = None
        if media and media.illustrations and position % 3 == 0:
            main_image = media.illustrations[position % len(media.illustrations)]
        if media and media.illustrations and position % 5 == 1:
            image_id, illustration = media.illustrations[0]
            body.append(stream.image(image_id, illustration.alt_text, f"{title} — ilustracja"))
        if position % 7 == 2:
            body.append(
                stream.quote(
                    "Dziękujemy wszystkim, którzy włączyli się w przygotowania — to była "
                    "wspólna praca całej społeczności.",
                    spec.principal.full_name,
                )
            )
        items.append(
            NewsItem(
                title=title,
                slug=slug,
                date=day,
                lead=fill(template.lead),
                body=body,
                tags=list(template.tags),
                main_image=main_image,
            )
        )
    items.sort(key=lambda item: (item.date, item.slug), reverse=True)
    return items


def event_items(
    templates: tuple[EventTemplate, ...], kinds: frozenset[str], today: dt.date, tz: dt.tzinfo
) -> list[EventItem]:
    """Past and upcoming events at fixed offsets from ``today``."""
    items = []
    for template in templates:
        if not template.kinds & kinds:
            continue
        day = today + dt.timedelta(days=template.day_offset)
        start = dt.datetime.combine(day, dt.time(template.hour), tzinfo=tz)
        end = start + dt.timedelta(hours=template.duration_hours)
        slug = f"{polish_slug(template.title, 60)}-{day:%Y-%m-%d}"
        items.append(
            EventItem(
                title=template.title,
                slug=slug,
                start=start,
                end=end,
                place=template.place,
                lead=template.lead,
                body=[
                    stream.paragraph(
                        template.lead,
                        f"Termin: {facts.polish_date(day)}, godz. {template.hour}:00.",
                    )
                ],
                registration_url=(
                    f"https://zapisy.example.pl/{slug}" if template.registration else ""
                ),
            )
        )
    return items


def unit_events(spec: UnitSpec, today: dt.date, tz: dt.tzinfo) -> list[EventItem]:
    return event_items(EVENT_TEMPLATES, unit_kinds(spec.unit_type, spec.slug), today, tz)


# --- standard pages ---------------------------------------------------------------------


def about_page(spec: UnitSpec, media: UnitMedia, contact_page_id: int | None) -> PageDraft:
    grammar = spec.grammar
    rng = unit_rng(spec.slug, "about")
    founded = rng.randint(1952, 1995)
    deputy = make_person(rng)
    patron_text = ""
    if spec.patron:
        patron_text = (
            f"{grammar.noun.capitalize()} nosi imię {spec.patron}. Co roku obchodzimy "
            "Dzień Patrona, przygotowując wystawy, konkursy i uroczystą akademię."
        )
    members = f"{rng.randint(8, 45) * 10} {grammar.members_genitive}"
    if spec.unit_type == UnitType.COUNSELLING_CENTRE:
        size = f"Co roku z naszej pomocy korzysta ponad {members}."
    else:
        size = f"Obecnie w {grammar.locative} uczy się i rozwija ponad {members}."
    body = [
        stream.heading(f"Historia {grammar.genitive}"),
        stream.paragraph(
            f"{spec.name_without_city} działa w Dąbrowie Górniczej od {founded} roku. {size}",
            patron_text or "Jesteśmy otwarci na potrzeby rodzin z naszej dzielnicy.",
        ),
    ]
    if media.illustrations:
        image_id, illustration = media.illustrations[-1]
        body.append(stream.image(image_id, illustration.alt_text, f"{spec.short_name} na co dzień"))
    body += [
        stream.heading("Nasze priorytety"),
        stream.bullet_list(
            [
                "bezpieczeństwo i życzliwa atmosfera",
                "rozwijanie zainteresowań i talentów",
                "współpraca z rodzicami i środowiskiem lokalnym",
                "dostępność — dla osób z niepełnosprawnościami i ze szczególnymi potrzebami",
            ]
        ),
        stream.quote(
            "Każde dziecko jest inne i każde zasługuje na szansę, by pokazać, co potrafi.",
            f"{spec.principal.full_name}, dyrektor",
        ),
        stream.table(
            f"Kierownictwo i kontakt — {spec.short_name}",
            ["Funkcja", "Imię i nazwisko"],
            [
                ["Dyrektor", spec.principal.full_name],
                ["Wicedyrektor", deputy.full_name],
                ["Koordynator dostępności", spec.coordinator.full_name],
                ["Sekretariat", spec.secretary.full_name],
            ],
        ),
    ]
    if contact_page_id:
        body.append(
            stream.call_to_action(
                "Masz pytanie?",
                "Przejdź do danych kontaktowych",
                text="Sekretariat odpowie na pytania rodziców i kandydatów.",
                page_id=contact_page_id,
            )
        )
    return PageDraft(
        title=grammar.about_title,
        slug="o-nas",
        summary=f"Historia, patron, kadra i priorytety: {spec.name_without_city}.",
        body=body,
    )


def recruitment_level(spec: UnitSpec) -> str | None:
    """Which recruitment a unit runs: kindergarten, primary, secondary, or none (PPP, MDK)."""
    if spec.unit_type == UnitType.KINDERGARTEN or spec.slug.startswith("zsp"):
        return "kindergarten"
    if spec.unit_type in (UnitType.PRIMARY_SCHOOL, UnitType.SPECIAL_NEEDS_CENTRE):
        return "primary"
    if spec.unit_type in (
        UnitType.GENERAL_SECONDARY,
        UnitType.VOCATIONAL_SCHOOL,
        UnitType.SCHOOL_COMPLEX,
    ):
        return "secondary"
    return None


def unit_recruitment_facts(spec: UnitSpec, today: dt.date) -> facts.RecruitmentFacts | None:
    level = recruitment_level(spec)
    if level == "secondary":
        return facts.secondary_recruitment_facts(today)
    if level is None:
        return None
    recruitment = facts.recruitment_facts(today)
    if level == "primary":  # the continuation declaration concerns kindergartens only
        stages = recruitment.stages[1:]
        recruitment = facts.RecruitmentFacts(
            school_year=recruitment.school_year,
            max_preferences=recruitment.max_preferences,
            stages=stages,
            documents=recruitment.documents,
            appeal_text=recruitment.appeal_text,
            data_note=recruitment.data_note,
        )
    return recruitment


def recruitment_page(
    spec: UnitSpec, today: dt.date, media: UnitMedia, links: DepartmentLinks
) -> PageDraft:
    recruitment = unit_recruitment_facts(spec, today)
    if recruitment is None:
        return enrolment_page(spec, media)
    grammar = spec.grammar
    rows = [
        [stage.name, facts.polish_date(stage.start), facts.polish_date(stage.end)]
        for stage in recruitment.stages
    ]
    if recruitment_level(spec) == "secondary":
        extra = " Terminy rekrutacji do szkół ponadpodstawowych ustala Śląski Kurator Oświaty."
    elif links.recruitment_page_id:
        extra = (
            " Zasady wspólne dla wszystkich placówek opisuje strona "
            + stream.page_link(links.recruitment_page_id, "Rekrutacja w Wydziale Oświaty")
            + "."
        )
    else:
        extra = ""
    body = [
        stream.rich(
            stream.paragraphs_html(
                f"Rekrutacja do {grammar.genitive} na rok szkolny {recruitment.school_year} "
                "odbywa się elektronicznie. Można wskazać do "
                f"{recruitment.max_preferences} placówek w kolejności preferencji."
            ).removesuffix("</p>")
            + extra
            + "</p>"
        ),
        stream.table(
            f"Harmonogram rekrutacji na rok szkolny {recruitment.school_year}",
            ["Etap", "Od", "Do"],
            rows,
        ),
        stream.heading("Wymagane dokumenty"),
        stream.bullet_list(recruitment.documents),
        stream.paragraph(recruitment.data_note),
        stream.documents(
            [media.recruitment_rules_id, media.application_form_id], "Dokumenty rekrutacyjne"
        ),
        stream.eservice(
            facts.SERVICE_RECRUITMENT,
            "Złóż wniosek o przyjęcie przez internet i śledź jego status.",
        ),
        stream.faq(
            [
                (
                    "Ile placówek mogę wskazać we wniosku?",
                    f"Do {recruitment.max_preferences}, w kolejności od najbardziej preferowanej.",
                ),
                (
                    "Gdzie złożyć podpisany wniosek?",
                    "Tylko w placówce pierwszego wyboru — tam wniosek jest weryfikowany.",
                ),
                ("Czy muszę podać numer PESEL rodzica?", "Nie. Podaje się tylko PESEL dziecka."),
                ("Co zrobić, gdy dziecko nie zostało przyjęte?", recruitment.appeal_text),
            ]
        ),
    ]
    return PageDraft(
        title="Rekrutacja",
        slug="rekrutacja",
        summary=f"Harmonogram, dokumenty i e-wniosek: rekrutacja na rok {recruitment.school_year}.",
        body=body,
    )


def enrolment_page(spec: UnitSpec, media: UnitMedia) -> PageDraft:
    """Units without recruitment: how to register at the counselling or youth culture centre."""
    if spec.unit_type == UnitType.COUNSELLING_CENTRE:
        return PageDraft(
            title="Zgłoszenia i wnioski",
            slug="zgloszenia",
            summary="Jak umówić diagnozę, złożyć wniosek o opinię lub orzeczenie.",
            body=[
                stream.paragraph(
                    "Na badanie można zgłosić dziecko osobiście, telefonicznie lub pisemnie. "
                    "Korzystanie z pomocy poradni jest bezpłatne i dobrowolne.",
                    "Wniosek o wydanie orzeczenia o potrzebie kształcenia specjalnego składa "
                    "rodzic; zespół orzekający rozpatruje go w ciągu 30 dni.",
                ),
                stream.documents(
                    [media.recruitment_rules_id, media.application_form_id], "Wnioski i regulamin"
                ),
                stream.faq(
                    [
                        ("Czy potrzebne jest skierowanie?", "Nie, skierowanie nie jest wymagane."),
                        (
                            "Jak długo czeka się na diagnozę?",
                            "Zwykle od 2 do 6 tygodni; sprawy pilne przyjmujemy wcześniej.",
                        ),
                    ]
                ),
            ],
        )
    return PageDraft(
        title="Zapisy na zajęcia",
        slug="zapisy",
        summary="Jak zapisać dziecko na bezpłatne zajęcia w domu kultury.",
        body=[
            stream.paragraph(
                "Zapisy trwają przez cały rok, do wyczerpania miejsc. Wypełnioną kartę "
                "zgłoszenia można oddać w sekretariacie lub przesłać e-mailem."
            ),
            stream.documents(
                [media.recruitment_rules_id, media.application_form_id], "Regulamin i karta"
            ),
            stream.faq(
                [
                    ("Czy zajęcia są płatne?", "Nie, wszystkie zajęcia są bezpłatne."),
                    ("Od ilu lat można się zapisać?", "Od 7 lat; grupy dobieramy według wieku."),
                ]
            ),
        ],
    )


def parents_page(spec: UnitSpec, links: DepartmentLinks) -> PageDraft:
    scholarship = facts.scholarship()
    allowance = facts.allowance()
    fees = facts.kindergarten_fees()
    body: list[dict] = [
        stream.paragraph(
            f"Na tej stronie zebraliśmy informacje, o które rodzice pytają najczęściej. "
            f"W razie wątpliwości zapraszamy do sekretariatu: tel. {spec.phone}, "
            f"e-mail {spec.email}."
        )
    ]
    if spec.unit_type == UnitType.KINDERGARTEN:
        body += [
            stream.table(
                "Opłaty za pobyt dziecka w przedszkolu",
                ["Pozycja", "Kwota"],
                [
                    [f"Pierwsze {fees.free_hours} godzin dziennie", "bezpłatnie"],
                    [
                        "Każda rozpoczęta godzina ponad czas bezpłatny",
                        f"{facts.pln(fees.hourly_rate_pln)} ({fees.since_text})",
                    ],
                    ["Wyżywienie (dzienna stawka)", "ustala dyrektor przedszkola"],
                ],
            ),
            stream.faq(
                [
                    (
                        "Ile kosztuje pobyt dziecka w przedszkolu?",
                        f"{fees.free_hours} godzin dziennie jest bezpłatnych. Za każdą kolejną "
                        f"godzinę płaci się najwyżej {facts.pln(fees.hourly_rate_pln)}.",
                    ),
                    (
                        "Jak wygląda adaptacja?",
                        "W pierwszym tygodniu dziecko może przebywać w przedszkolu krócej, "
                        "razem z rodzicem.",
                    ),
                    (
                        "Czy przedszkole zapewnia zajęcia dodatkowe?",
                        "Tak — rytmikę, język angielski i zajęcia logopedyczne, bez dodatkowych "
                        "opłat.",
                    ),
                ]
            ),
            stream.eservice(facts.SERVICE_RECRUITMENT, "Zapisz dziecko przez internet."),
        ]
    else:
        body += [
            stream.heading("Stypendium i zasiłek szkolny"),
            stream.paragraph(
                f"Stypendium szkolne przysługuje uczniom z rodzin, w których miesięczny dochód "
                f"netto na osobę nie przekracza {facts.pln(scholarship.income_threshold_pln)}. "
                f"Wnioski składa się {scholarship.window_text}.",
                f"Zasiłek szkolny (do {facts.pln(allowance.max_amount_pln)}) można otrzymać po "
                f"zdarzeniu losowym; wniosek składa się {allowance.deadline_text}.",
            ),
            stream.eservice(
                facts.SERVICE_SCHOLARSHIP, "Złóż wniosek o stypendium szkolne przez internet."
            ),
            stream.eservice(facts.SERVICE_ALLOWANCE, "Wniosek o zasiłek szkolny."),
            stream.faq(
                [
                    (
                        "Do kiedy można złożyć wniosek o stypendium szkolne?",
                        f"Wnioski przyjmujemy {scholarship.window_text}. Słuchacze kolegiów "
                        f"pracowników służb społecznych składają je "
                        f"{scholarship.social_college_deadline_text}.",
                    ),
                    (
                        "Jaki jest próg dochodowy?",
                        f"{facts.pln(scholarship.income_threshold_pln)} netto na osobę "
                        "miesięcznie.",
                    ),
                    (
                        "Jak uzyskać duplikat świadectwa?",
                        f"Złóż wniosek w sekretariacie lub przez internet. Opłata wynosi "
                        f"{facts.pln(facts.duplicates().certificate_fee_pln)}, duplikat wydajemy "
                        f"w ciągu około {facts.duplicates().days} dni.",
                    ),
                    (
                        "Jak usprawiedliwić nieobecność dziecka?",
                        "Przez dziennik elektroniczny, w ciągu 7 dni od powrotu dziecka.",
                    ),
                ]
            ),
        ]
    body.append(
        stream.quote(
            "Najlepsze efekty przynosi współpraca szkoły i domu.",
            "Rada Rodziców",
        )
    )
    if links.scholarship_page_id and spec.unit_type != UnitType.KINDERGARTEN:
        body.append(
            stream.call_to_action(
                "Pomoc materialna dla uczniów",
                "Zasady stypendium w Wydziale Oświaty",
                text="Wszystkie formy pomocy materialnej opisuje Wydział Oświaty.",
                page_id=links.scholarship_page_id,
            )
        )
    elif links.recruitment_page_id:
        body.append(
            stream.call_to_action(
                "Rekrutacja do przedszkoli",
                "Zasady rekrutacji w Wydziale Oświaty",
                page_id=links.recruitment_page_id,
            )
        )
    return PageDraft(
        title="Dla rodziców",
        slug="dla-rodzicow",
        summary="Opłaty, pomoc materialna, usprawiedliwienia i odpowiedzi na częste pytania.",
        body=body,
    )


def office_page(spec: UnitSpec) -> PageDraft:
    """Schools: pupil matters handled by the office; other units: their offer."""
    duplicates = facts.duplicates()
    if spec.is_school:
        return PageDraft(
            title="Sprawy uczniowskie",
            slug="sprawy-uczniowskie",
            summary="Legitymacje, duplikaty świadectw, zaświadczenia.",
            body=[
                stream.paragraph(
                    f"Sekretariat jest czynny w dni robocze. Wnioski można złożyć osobiście, "
                    f"pocztą lub elektronicznie. Odpowiada {spec.secretary.full_name}."
                ),
                stream.table(
                    "Opłaty za duplikaty",
                    ["Dokument", "Opłata", "Termin wydania"],
                    [
                        [
                            "duplikat świadectwa",
                            facts.pln(duplicates.certificate_fee_pln),
                            f"do {duplicates.days} dni",
                        ],
                        [
                            "duplikat legitymacji szkolnej (ze zdjęciem)",
                            facts.pln(duplicates.pupil_id_fee_pln),
                            f"do {duplicates.days} dni",
                        ],
                    ],
                ),
                stream.eservice(
                    facts.SERVICE_DUPLICATE_CERTIFICATE,
                    "Zamów duplikat świadectwa przez internet.",
                ),
            ],
        )
    rows = {
        UnitType.COUNSELLING_CENTRE: [
            ["diagnoza psychologiczna i pedagogiczna", "dzieci i młodzież do 24 lat"],
            ["terapia logopedyczna", "dzieci w wieku przedszkolnym"],
            ["doradztwo zawodowe", "uczniowie klas 7–8 i szkół ponadpodstawowych"],
            ["wsparcie rodziców", "rodzice i opiekunowie"],
        ],
        UnitType.YOUTH_CULTURE_CENTRE: [
            ["pracownia plastyczna", "7–15 lat"],
            ["zespół wokalny", "10–19 lat"],
            ["formacja taneczna", "8–18 lat"],
            ["grupa teatralna", "9–16 lat"],
        ],
    }.get(
        UnitType(spec.unit_type),
        [
            ["zajęcia rytmiczne", "wszystkie grupy"],
            ["język angielski", "4–6 lat"],
            ["zajęcia logopedyczne", "wg potrzeb"],
        ],
    )
    return PageDraft(
        title="Oferta",
        slug="oferta",
        summary=f"Zajęcia i formy wsparcia, które prowadzi {spec.short_name}.",
        body=[
            stream.paragraph("Wszystkie zajęcia są bezpłatne."),
            stream.table("Nasza oferta", ["Zajęcia", "Dla kogo"], rows),
        ],
    )


def contact_fields(spec: UnitSpec) -> dict:
    return {
        "title": "Kontakt",
        "slug": "kontakt",
        "intro": f"{spec.official_name}, {spec.address}, {spec.postal_code} {CITY}.",
        "body": [
            stream.table(
                "Telefony i adresy e-mail",
                ["Sprawa", "Osoba", "Kontakt"],
                [
                    ["sekretariat", spec.secretary.full_name, f"{spec.phone}, {spec.email}"],
                    ["dyrektor", spec.principal.full_name, spec.email],
                    ["dostępność", spec.coordinator.full_name, f"dostepnosc.{spec.email}"],
                ],
            )
        ],
        "map_description": (
            f"Budynek stoi przy {spec.address.removeprefix('ul. ')}. Najbliższy przystanek "
            "autobusowy jest około 200 metrów od wejścia głównego; przy budynku jest parking "
            "z miejscem dla osób z niepełnosprawnościami."
        ),
    }


def statement_dates(today: dt.date, index: int) -> dict:
    """Publication, update, preparation and review dates — all set, none in the future."""
    review_year = today.year if today >= dt.date(today.year, 3, 15) else today.year - 1
    published = dt.date(2020 + index % 4, 9, 1)
    return {
        "publication_date": published,
        "update_date": dt.date(review_year, 2, 1 + index % 27),
        "prepared_date": dt.date(review_year, 3, 15),
        "review_date": dt.date(review_year, 3, 15),
    }


def accessibility_fields(
    *,
    entity_name: str,
    site_url: str,
    today: dt.date,
    index: int,
    coordinator: Person,
    email: str,
    phone: str,
    audited: bool,
) -> dict:
    return {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "entity_name": entity_name,
        "site_url": site_url,
        **statement_dates(today, index),
        "status": "partial",
        "non_accessible_content": (
            "<ul><li>Część archiwalnych filmów nie ma napisów — zostały opublikowane przed "
            "wejściem w życie ustawy.</li><li>Niektóre skany dokumentów w archiwum BIP nie są "
            "dostępne cyfrowo; na żądanie udostępnimy je w formie dostępnej.</li></ul>"
        ),
        "burden_analysis_url": f"{site_url}analiza-nadmiernego-obciazenia/",
        "preparation_method": "auditor" if audited else "self",
        "auditor_name": "Fundacja Przykładowa Dostępność (fikcyjna)" if audited else "",
        "contact_person": coordinator.full_name,
        "contact_email": email,
        "contact_phone": phone,
        "architecture": (
            "<p>Do budynku prowadzi wejście główne z podjazdem dla wózków. Na parterze jest "
            "toaleta dostosowana do potrzeb osób z niepełnosprawnościami. Przy wejściu "
            "działa pętla indukcyjna. Do budynku można wejść z psem asystującym.</p>"
        ),
        "sign_language_interpreter": (
            "Tłumacz polskiego języka migowego jest dostępny po zgłoszeniu potrzeby co "
            "najmniej 3 dni robocze przed wizytą."
        ),
        "mobile_apps": "Nie udostępniamy aplikacji mobilnych.",
    }


def bip_statute(spec: UnitSpec, today: dt.date) -> tuple[dict, dict]:
    """Field values of the first and the second published version of the unit's statute."""
    produced = today - dt.timedelta(days=200)
    first = {
        "title": f"Statut {spec.grammar.genitive}",
        "slug": "statut",
        "summary": f"Statut: {spec.name_without_city}.",
        "produced_by": f"Rada pedagogiczna ({spec.principal.full_name}, dyrektor)",
        "produced_date": produced,
        "change_description": "Pierwsza publikacja",
        "body": [
            stream.heading("Rozdział 1. Postanowienia ogólne"),
            stream.paragraph(
                f"§ 1. {spec.official_name} jest publiczną placówką oświatową prowadzoną przez "
                f"Gminę Dąbrowa Górnicza.",
                f"§ 2. Siedziba znajduje się przy {spec.address.removeprefix('ul. ')} "
                f"w Dąbrowie Górniczej.",
            ),
            stream.heading("Rozdział 2. Organizacja pracy"),
            stream.paragraph(
                "§ 12. Sekretariat pracuje od poniedziałku do piątku w godzinach 7:30–15:30."
            ),
        ],
    }
    second = {
        **first,
        "change_description": "Zmiana § 12: wydłużenie godzin pracy sekretariatu",
        "body": [
            *first["body"][:3],
            stream.paragraph(
                "§ 12. Sekretariat pracuje od poniedziałku do piątku w godzinach 7:30–16:00, "
                "a w ferie i wakacje w godzinach 8:00–13:00."
            ),
        ],
    }
    return first, second


def burden_analysis(entity_name: str, produced_by: str, today: dt.date) -> dict:
    return {
        "title": "Analiza nadmiernego obciążenia",
        "slug": "analiza-nadmiernego-obciazenia",
        "summary": "Ocena, czy zapewnienie dostępności archiwalnych filmów jest nadmiernym "
        "obciążeniem.",
        "produced_by": produced_by,
        "produced_date": today - dt.timedelta(days=300),
        "change_description": "Pierwsza publikacja",
        "body": [
            stream.paragraph(
                f"Podmiot: {entity_name}. Przeanalizowano koszt przygotowania napisów do "
                "archiwalnych nagrań z lat 2015–2019 w stosunku do budżetu jednostki.",
                "Wynik: dodanie napisów do wszystkich nagrań archiwalnych stanowiłoby "
                "nadmierne obciążenie. Nowe nagrania publikujemy z napisami.",
            )
        ],
    }
