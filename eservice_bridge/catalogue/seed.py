# ruff: noqa: E501  (Polish texts of the catalogue are kept on one line each)
"""The demo catalogue: the services of the brief (create or update by slug, idempotent)."""

from decimal import Decimal

from django.db import transaction

from .models import Handler, OutcomeKind, Service

CLAUSE = """Administratorem danych osobowych jest {controller}, ul. Graniczna 27, 41-300 Dąbrowa Górnicza.
Inspektor ochrony danych: iod@dabrowa-gornicza.pl.
Cel i podstawa prawna: rozpatrzenie wniosku – art. 6 ust. 1 lit. c i e RODO w związku z {basis}{health}.
Odbiorcy: podmioty obsługujące system e-usług na podstawie umowy powierzenia oraz organy uprawnione z mocy prawa.
Okres przechowywania: {retention}.
Masz prawo dostępu do danych, ich sprostowania, ograniczenia przetwarzania oraz wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (PUODO), ul. Stawki 2, 00-193 Warszawa.
Podanie danych jest {required}."""

APPEAL_DECISION = (
    "Od decyzji przysługuje odwołanie do Samorządowego Kolegium Odwoławczego w Katowicach "
    "za pośrednictwem Prezydenta Miasta Dąbrowa Górnicza w terminie 14 dni od dnia doręczenia. "
    "W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do odwołania."
)

SERVICES = [
    {
        "slug": "rekrutacja",
        "name": "Rekrutacja do przedszkola lub klasy pierwszej",
        "description": "Wniosek o przyjęcie dziecka do przedszkola lub klasy I szkoły podstawowej. Możesz wskazać do trzech jednostek w kolejności preferencji.",
        "legal_basis": "Art. 130–161 ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe.",
        "handler": Handler.SCHOOL,
        "outcome": OutcomeKind.DECISION,
        "case_symbol": "REK.4430",
        "window_description": "w terminach rekrutacji ogłoszonych zarządzeniem Prezydenta Miasta",
        "processing_time": "według harmonogramu rekrutacji; odwołania 3+3+3+3 dni, potem 30 dni do sądu administracyjnego",
        "required_attachments": "",
        "clause_args": {
            "controller": "dyrektor jednostki pierwszego wyboru",
            "basis": "art. 149–150 Prawa oświatowego",
            "health": "",
            "retention": "do końca okresu uczęszczania dziecka do jednostki; dane kandydatów nieprzyjętych – rok (chyba że toczy się postępowanie sądowe)",
            "required": "warunkiem udziału w rekrutacji; nie zbieramy numerów PESEL rodziców",
        },
        "grant": "Komisja rekrutacyjna zakwalifikowała kandydata: {wnioskodawca}. Sprawa {numer}. Prosimy o potwierdzenie woli przyjęcia w terminie.",
        "refuse": "Komisja rekrutacyjna nie zakwalifikowała kandydata w sprawie {numer}.",
        "appeal": "W terminie 3 dni od podania listy do publicznej wiadomości można wystąpić do komisji rekrutacyjnej o uzasadnienie odmowy, a w ciągu 3 dni od otrzymania uzasadnienia wnieść odwołanie do dyrektora; na rozstrzygnięcie dyrektora przysługuje skarga do sądu administracyjnego (30 dni).",
    },
    {
        "slug": "stypendium-szkolne",
        "name": "Stypendium szkolne",
        "description": "Pomoc materialna o charakterze socjalnym dla uczniów z rodzin o niskich dochodach (do {prog_dochodowy} netto na osobę). Stypendium wynosi od {stypendium_od} do {stypendium_do} miesięcznie, przez 1–{stypendium_miesiace} miesięcy.",
        "legal_basis": "Art. 90b i 90d ustawy z dnia 7 września 1991 r. o systemie oświaty; art. 8 ustawy o pomocy społecznej.",
        "handler": Handler.DEPARTMENT,
        "outcome": OutcomeKind.DECISION,
        "case_symbol": "WO.4430",
        "window_description": "{stypendium_nabor} (kolegia pracowników służb społecznych – do {stypendium_kolegia_do}; szkoły rozpoczynające naukę w lutym – do {stypendium_luty_do})",
        "processing_time": "do 1 miesiąca (KPA)",
        "required_attachments": "dochod | Zaświadczenia lub oświadczenia o dochodach członków rodziny z miesiąca poprzedzającego złożenie wniosku",
        "clause_args": {
            "controller": "Prezydent Miasta Dąbrowa Górnicza",
            "basis": "art. 90n ustawy o systemie oświaty",
            "health": "",
            "retention": "10 lat od zakończenia sprawy (kategoria archiwalna B10)",
            "required": "wymogiem ustawowym; bez danych wniosek nie zostanie rozpatrzony",
        },
        "grant": "Prezydent Miasta Dąbrowa Górnicza przyznaje stypendium szkolne na wniosek {wnioskodawca} (sprawa {numer}, wpływ {data_wplywu}).",
        "refuse": "Prezydent Miasta Dąbrowa Górnicza odmawia przyznania stypendium szkolnego na wniosek {wnioskodawca} (sprawa {numer}).",
        "appeal": APPEAL_DECISION,
    },
    {
        "slug": "zasilek-szkolny",
        "name": "Zasiłek szkolny",
        "description": "Jednorazowa pomoc dla ucznia w przejściowo trudnej sytuacji po zdarzeniu losowym (np. śmierć rodzica, pożar, powódź). Do {zasilek_do}. Wniosek składa się w ciągu {zasilek_miesiace} miesięcy od zdarzenia.",
        "legal_basis": "Art. 90e ustawy z dnia 7 września 1991 r. o systemie oświaty.",
        "handler": Handler.DEPARTMENT,
        "outcome": OutcomeKind.DECISION,
        "case_symbol": "WO.4431",
        "window_description": "w ciągu {zasilek_miesiace} miesięcy od zdarzenia losowego",
        "processing_time": "do 1 miesiąca (KPA)",
        "required_attachments": "zdarzenie | Dokument potwierdzający zdarzenie losowe (np. akt zgonu, zaświadczenie straży pożarnej)",
        "clause_args": {
            "controller": "Prezydent Miasta Dąbrowa Górnicza",
            "basis": "art. 90e ustawy o systemie oświaty",
            "health": "",
            "retention": "10 lat od zakończenia sprawy",
            "required": "wymogiem ustawowym",
        },
        "grant": "Prezydent Miasta Dąbrowa Górnicza przyznaje zasiłek szkolny na wniosek {wnioskodawca} (sprawa {numer}).",
        "refuse": "Prezydent Miasta Dąbrowa Górnicza odmawia przyznania zasiłku szkolnego (sprawa {numer}).",
        "appeal": APPEAL_DECISION,
    },
    {
        "slug": "dowoz-ucznia-niepelnosprawnego",
        "name": "Dowóz ucznia niepełnosprawnego – zwrot kosztów",
        "description": "Zwrot kosztów przewozu ucznia niepełnosprawnego do szkoły samochodem rodziców, na podstawie umowy z Prezydentem Miasta. Sprawę prowadzi Centrum Usług Wspólnych. Co miesiąc składa się potwierdzenie obecności ucznia.",
        "legal_basis": "Art. 39 ust. 4 pkt 2 i ust. 4a ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe.",
        "handler": Handler.CUW,
        "outcome": OutcomeKind.CONTRACT,
        "case_symbol": "CUW.4432",
        "window_description": "przez cały rok szkolny",
        "processing_time": "do 1 miesiąca",
        "required_attachments": "\n".join(
            [
                "orzeczenie-ksztalcenie | Orzeczenie o potrzebie kształcenia specjalnego",
                "orzeczenie-niepelnosprawnosc | Orzeczenie o niepełnosprawności",
                "zaswiadczenie-szkoly | Zaświadczenie szkoły o uczęszczaniu ucznia",
                "dowod-rejestracyjny | Dowód rejestracyjny samochodu",
            ]
        ),
        "clause_args": {
            "controller": "Prezydent Miasta Dąbrowa Górnicza (obsługa: Centrum Usług Wspólnych)",
            "basis": "art. 39 Prawa oświatowego",
            "health": "; dane o zdrowiu (orzeczenia) – art. 9 ust. 2 lit. g RODO; przechowujemy je zaszyfrowane",
            "retention": "5 lat od zakończenia umowy",
            "required": "warunkiem zawarcia umowy",
        },
        "grant": "Centrum Usług Wspólnych zaprasza {wnioskodawca} do zawarcia umowy o zwrot kosztów dowozu (sprawa {numer}). Umowa w załączeniu do podpisu.",
        "refuse": "Brak podstaw do zawarcia umowy o zwrot kosztów dowozu (sprawa {numer}).",
        "appeal": "Umowa jest czynnością cywilnoprawną; od odmowy nie przysługuje odwołanie w trybie KPA. Możesz złożyć wniosek ponownie z brakującymi dokumentami.",
    },
    {
        "slug": "duplikat-swiadectwa",
        "name": "Duplikat świadectwa lub legitymacji szkolnej",
        "description": "Wydanie duplikatu świadectwa (opłata {oplata_swiadectwo}) lub legitymacji szkolnej ({oplata_legitymacja} i zdjęcie) przez szkołę, która wydała oryginał. Duplikat wydajemy w ciągu około {duplikat_dni} dni.",
        "legal_basis": "Rozporządzenie MEN w sprawie świadectw, dyplomów państwowych i innych druków szkolnych; ustawa o opłacie skarbowej.",
        "handler": Handler.SCHOOL,
        "outcome": OutcomeKind.DOCUMENT,
        "case_symbol": "SEK.5430",
        # The fee depends on the document: the year's legal figures, not a fixed catalogue fee.
        "fee_description": "duplikat świadectwa {oplata_swiadectwo}; legitymacja {oplata_legitymacja}",
        "window_description": "przez cały rok",
        "processing_time": "około {duplikat_dni} dni",
        # The fee is paid online (eservice_bridge.payments); no proof of payment to attach.
        "required_attachments": "",
        "clause_args": {
            "controller": "dyrektor szkoły, która wydała dokument",
            "basis": "przepisów o drukach szkolnych",
            "health": "",
            "retention": "zgodnie z instrukcją kancelaryjną szkoły",
            "required": "warunkiem wydania duplikatu",
        },
        "grant": "Duplikat dokumentu w sprawie {numer} jest gotowy do odbioru w sekretariacie szkoły.",
        "refuse": "Nie można wydać duplikatu w sprawie {numer}.",
        "appeal": "",
    },
    {
        "slug": "dofinansowanie-mlodocianych",
        "name": "Dofinansowanie kształcenia młodocianych pracowników",
        "description": "Dla pracodawców: dofinansowanie kosztów kształcenia młodocianego pracownika – do {mlodociani_nauka} za 36 miesięcy nauki zawodu ({mlodociani_deficytowe} w zawodach deficytowych), {mlodociani_przyuczenie} za każdy miesiąc przyuczenia. Wniosek składa się w ciągu {mlodociani_miesiace} miesięcy od zdania egzaminu.",
        "legal_basis": "Art. 122 ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe; przepisy o pomocy de minimis.",
        "handler": Handler.DEPARTMENT,
        "outcome": OutcomeKind.DECISION,
        "case_symbol": "WO.4433",
        "window_description": "w ciągu {mlodociani_miesiace} miesięcy od zdania egzaminu przez młodocianego pracownika",
        "processing_time": "do 1 miesiąca (KPA)",
        "required_attachments": "\n".join(
            [
                "umowa | Kopia umowy o pracę w celu przygotowania zawodowego",
                "egzamin | Kopia dyplomu, świadectwa lub zaświadczenia o zdaniu egzaminu",
                "kwalifikacje | Dokument potwierdzający kwalifikacje instruktora",
                "de-minimis | Zaświadczenia o pomocy de minimis (lub oświadczenie o jej nieotrzymaniu)",
            ]
        ),
        "clause_args": {
            "controller": "Prezydent Miasta Dąbrowa Górnicza",
            "basis": "art. 122 Prawa oświatowego",
            "health": "",
            "retention": "10 lat od dnia udzielenia pomocy de minimis",
            "required": "wymogiem ustawowym",
        },
        "grant": "Prezydent Miasta Dąbrowa Górnicza przyznaje pracodawcy {wnioskodawca} dofinansowanie kosztów kształcenia młodocianego pracownika (sprawa {numer}).",
        "refuse": "Prezydent Miasta Dąbrowa Górnicza odmawia przyznania dofinansowania (sprawa {numer}).",
        "appeal": APPEAL_DECISION,
    },
    {
        "slug": "pismo-ogolne",
        "name": "Pismo ogólne do szkoły lub Wydziału Oświaty",
        "description": "Wyślij pismo do wybranej szkoły, przedszkola lub Wydziału Oświaty. Odpowiedź otrzymasz elektronicznie.",
        "legal_basis": "Art. 63 Kodeksu postępowania administracyjnego.",
        "handler": Handler.SCHOOL,
        "outcome": OutcomeKind.REPLY,
        "case_symbol": "KAN.0150",
        "window_description": "przez cały rok",
        "processing_time": "do 1 miesiąca",
        "required_attachments": "",
        "clause_args": {
            "controller": "adresat pisma (dyrektor jednostki lub Prezydent Miasta)",
            "basis": "art. 63 KPA",
            "health": "",
            "retention": "zgodnie z instrukcją kancelaryjną adresata",
            "required": "dobrowolne, lecz niezbędne do udzielenia odpowiedzi",
        },
        "grant": "Odpowiedź na pismo w sprawie {numer}:",
        "refuse": "Pismo w sprawie {numer} pozostawiono bez rozpoznania.",
        "appeal": "",
    },
]


# Declared maturity level and its reason, per service slug (editable in the admin).
MATURITY = {
    "rekrutacja": (
        5,
        "Cały wniosek online, rozstrzygnięcie doręczane w portalu, dane dziecka podpowiadane z profilu rodziny, powiadomienia przed kolejnymi etapami rekrutacji.",
    ),
    "stypendium-szkolne": (
        5,
        "Wniosek, decyzja i doręczenie w portalu; zeszłoroczni wnioskodawcy dostają przypomnienie przed naborem (1–15 września); dane podpowiadane z profilu.",
    ),
    "zasilek-szkolny": (
        4,
        "Cała sprawa online: wniosek z załącznikami, decyzja doręczana w portalu.",
    ),
    "dowoz-ucznia-niepelnosprawnego": (
        3,
        "Wniosek z załącznikami składany online; umowę z rodzicami zawiera się poza portalem.",
    ),
    "duplikat-swiadectwa": (
        4,
        "Wniosek i opłata online przez bramkę płatności, odpowiedź doręczana w portalu.",
    ),
    "dofinansowanie-mlodocianych": (4, "Wniosek, decyzja i jej doręczenie w portalu."),
    "pismo-ogolne": (4, "Pismo z załącznikami online, odpowiedź doręczana w portalu."),
}


@transaction.atomic
def seed_services() -> tuple[int, int]:
    """Create missing services and refresh seeded ones; returns (created, updated)."""
    created = updated = 0
    for spec in SERVICES:
        window = spec.get("window")
        values = {
            "name": spec["name"],
            "description": spec["description"],
            "legal_basis": spec["legal_basis"],
            "handler": spec["handler"],
            "outcome": spec["outcome"],
            "form_key": spec["slug"],
            "case_symbol": spec["case_symbol"],
            "window_start_month": window[0] if window else None,
            "window_start_day": window[1] if window else None,
            "window_end_month": window[2] if window else None,
            "window_end_day": window[3] if window else None,
            "window_description": spec.get("window_description", ""),
            "fee": spec.get("fee", Decimal("0")),
            "fee_description": spec.get("fee_description", ""),
            "required_attachments": spec["required_attachments"],
            "information_clause": CLAUSE.format(**spec["clause_args"]),
            "processing_time": spec.get("processing_time", ""),
            "grant_template": spec["grant"],
            "refuse_template": spec["refuse"],
            "appeal_instruction": spec["appeal"],
            "maturity_level": MATURITY.get(spec["slug"], (3, ""))[0],
            "maturity_reason": MATURITY.get(spec["slug"], (3, ""))[1],
        }
        service = Service(slug=spec["slug"], **values)
        service.full_clean(validate_unique=False)
        _obj, was_created = Service.objects.update_or_create(slug=spec["slug"], defaults=values)
        created += was_created
        updated += not was_created
    return created, updated
