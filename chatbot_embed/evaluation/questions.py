"""Parents' questions about the demo content (``seed_demo``), each with its acceptable sources.

Phrasing is deliberately everyday: missing diacritics, typos, inflected forms, no question marks.
An expected source is a path on the asking site or the department's site (``*`` at the end: a
path prefix, for dated event slugs) or ``title:`` plus a document title (announcements).
"""

from dataclasses import dataclass

SP1 = "sp1"
PM1 = "pm1"
LO1 = "lo1"
DEPT = ""

SCHOLARSHIP = (
    "/stypendium-szkolne/",
    "/e-uslugi/stypendium-szkolne/",
    "/aktualnosci/stypendium-szkolne-*",
    "/najczestsze-pytania/",
    "/dla-rodzicow/",
)
DUPLICATE = ("/sprawy-uczniowskie/", "/dla-rodzicow/", "/e-uslugi/duplikat-swiadectwa/")
RECRUITMENT = (
    "/rekrutacja/",
    "/e-uslugi/rekrutacja/",
    "/zarzadzenie-harmonogram-rekrutacji/",
    "/aktualnosci/rekrutacja-*",
    "/aktualnosci/zapisy-na-rok-szkolny-*",
    "/najczestsze-pytania/",
)
SP1_HOME = "title:Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Dąbrowie Górniczej"
PM1_HOME = "title:Przedszkole Miejskie nr 1 w Dąbrowie Górniczej"
LO1_HOME = "title:I Liceum Ogólnokształcące im. Stefana Żeromskiego w Dąbrowie Górniczej"
KINDERGARTEN_FEES = ("/dla-rodzicow/", "/oplaty-za-przedszkole/")
TRANSPORT = (
    "/dowoz-uczniow-niepelnosprawnych/",
    "/e-uslugi/dowoz-ucznia-niepelnosprawnego/",
    "/aktualnosci/zwrot-kosztow-dowozu-*",
)


@dataclass(frozen=True)
class Question:
    unit: str  # unit slug ("" for the department's own site)
    text: str
    expected: tuple[str, ...]
    topic: str
    # A legal figure the answer must state, by its placeholder name in the year's record
    # (``eservice_bridge.legal_figures``), e.g. "prog_dochodowy" → "823 zł".
    states: str = ""


def q(
    unit: str, text: str, expected: tuple[str, ...] | str, topic: str, states: str = ""
) -> Question:
    expected = (expected,) if isinstance(expected, str) else expected
    return Question(unit, text, expected, topic, states)


QUESTIONS: list[Question] = [
    # Scholarship and allowance
    q(SP1, "do kiedy mozna zlozyc wniosek o stypendium?", SCHOLARSHIP, "deadline"),
    q(SP1, "jaki jest prog dochodowy na stypendium", SCHOLARSHIP, "fees", "prog_dochodowy"),
    q(SP1, "ile wynosi stypendium miesiecznie", SCHOLARSHIP, "fees", "stypendium_do"),
    q(SP1, "jak zlozyc wniosek o stypendjum przez internet", SCHOLARSHIP, "deadline"),
    q(LO1, "termin składania wniosków o stypendium szkolne", SCHOLARSHIP, "deadline"),
    q(DEPT, "na co mozna przeznaczyc stypendium", SCHOLARSHIP, "documents"),
    q(
        DEPT,
        "jakie zaświadczenia trzeba dołączyć do wniosku o stypendium",
        SCHOLARSHIP,
        "documents",
    ),
    q(DEPT, "kto przyznaje stypendium szkolne", SCHOLARSHIP, "documents"),
    q(
        SP1,
        "zasilek szkolny po pozarze mieszkania",
        (
            "/dla-rodzicow/",
            "/zasilek-szkolny/",
            "/e-uslugi/zasilek-szkolny/",
            "/aktualnosci/zasilek-szkolny-*",
        ),
        "fees",
    ),
    q(
        DEPT,
        "ile jest czasu na wniosek o zasiłek szkolny",
        ("/zasilek-szkolny/", "/e-uslugi/zasilek-szkolny/", "/aktualnosci/zasilek-szkolny-*"),
        "deadline",
    ),
    # Duplicates and school documents
    q(SP1, "ile kosztuje duplikat swiadectwa", DUPLICATE, "fees", "oplata_swiadectwo"),
    q(SP1, "zgubilam legitymacje szkolna co zrobic", DUPLICATE, "documents"),
    q(LO1, "duplikat swiadectwa ile sie czeka", DUPLICATE, "deadline"),
    q(SP1, "statut szkoły", "/statut/", "documents"),
    q(SP1, "jak usprawiedliwic nieobecnosc dziecka", "/dla-rodzicow/", "documents"),
    # Recruitment
    q(SP1, "jakie dokumenty do rekrutacji do pierwszej klasy", RECRUITMENT, "recruitment"),
    q(SP1, "ile szkół moge wpisac we wniosku rekrutacyjnym", RECRUITMENT, "recruitment"),
    q(SP1, "czy trzeba podac pesel rodzica", RECRUITMENT, "recruitment"),
    q(SP1, "dziecko nie dostało sie do szkoly, co dalej", RECRUITMENT, "recruitment"),
    q(SP1, "kiedy skladac wnioski o przyjecie do szkoly", RECRUITMENT, "recruitment"),
    q(SP1, "gdzie zlozyc podpisany wniosek", RECRUITMENT, "recruitment"),
    q(PM1, "zapisy do przedszkola", RECRUITMENT, "recruitment"),
    q(
        PM1,
        "deklaracja o kontynuowaniu wychowania przedszkolnego termin",
        RECRUITMENT,
        "recruitment",
    ),
    q(
        DEPT,
        "kiedy bedzie lista przyjetych do przedszkola",
        (*RECRUITMENT, "/aktualnosci/wyniki-rekrutacji-do-przedszkoli/"),
        "recruitment",
    ),
    q(DEPT, "czy dziecko z obwodu musi brac udzial w rekrutacji", RECRUITMENT, "recruitment"),
    q(DEPT, "jak dlugo przechowujecie dane z rekrutacji", RECRUITMENT, "recruitment"),
    # Contacts and the unit
    q(SP1, "numer telefonu do sekretariatu", ("/kontakt/", SP1_HOME, "/dla-rodzicow/"), "contacts"),
    q(
        SP1,
        "godziny otwarcia sekretariatu w wakacje",
        ("/kontakt/", SP1_HOME, "/statut/"),
        "contacts",
    ),
    q(SP1, "adres szkoly", ("/kontakt/", SP1_HOME), "contacts"),
    q(SP1, "kto jest dyrektorem szkoły", ("/o-nas/", SP1_HOME, "/kontakt/"), "contacts"),
    q(
        SP1,
        "kto jest koordynatorem dostepnosci",
        ("/deklaracja-dostepnosci/", "/o-nas/", "/kontakt/"),
        "contacts",
    ),
    q(SP1, "jaki patron ma szkola", ("/o-nas/", SP1_HOME), "contacts"),
    q(SP1, "czy jest parking przy szkole", "/kontakt/", "contacts"),
    q(PM1, "w jakich godzinach czynne jest przedszkole", ("/kontakt/", PM1_HOME), "contacts"),
    q(PM1, "telefon do przedszkola", ("/kontakt/", PM1_HOME, "/dla-rodzicow/"), "contacts"),
    q(PM1, "kto jest dyrektorką przedszkola", ("/o-nas/", "/kontakt/", PM1_HOME), "contacts"),
    q(LO1, "adres liceum", ("/kontakt/", LO1_HOME), "contacts"),
    q(
        DEPT,
        "godziny pracy wydzialu oswiaty w srode",
        ("/kontakt/", "title:Wydział Oświaty"),
        "contacts",
    ),
    q(DEPT, "numer telefonu wydzial oswiaty", ("/kontakt/", "title:Wydział Oświaty"), "contacts"),
    # Events
    q(SP1, "kiedy jest zebranie z rodzicami", "/wydarzenia/zebranie-z-rodzicami-*", "events"),
    q(
        SP1,
        "kiedy dzien otwarty w szkole",
        ("/wydarzenia/dzien-otwarty-*", "/aktualnosci/dzien-otwarty-*"),
        "events",
    ),
    q(
        SP1,
        "probny egzamin osmoklasisty kiedy",
        ("/aktualnosci/probny-egzamin-osmoklasisty/", "/wydarzenia/probny-egzamin-*"),
        "events",
    ),
    q(SP1, "konkurs recytatorski termin", "/wydarzenia/szkolny-konkurs-recytatorski-*", "events"),
    q(SP1, "festyn rodzinny kiedy", "/wydarzenia/festyn-rodzinny-*", "events"),
    q(
        SP1,
        "warsztaty dla rodzicow o bezpieczenstwie w internecie",
        ("/wydarzenia/warsztaty-dla-rodzicow-*", "/aktualnosci/dzien-bezpiecznego-internetu/"),
        "events",
    ),
    q(SP1, "kiedy jest dzien bez zajec dydaktycznych", "/wydarzenia/rada-pedagogiczna-*", "events"),
    q(SP1, "zebranie rady rodzicow", "/wydarzenia/zebranie-rady-rodzicow-*", "events"),
    q(
        SP1,
        "konsultacje z nauczycielami dla rodziców",
        "/wydarzenia/konsultacje-dla-rodzicow-*",
        "events",
    ),
    q(PM1, "teatrzyk czerwony kapturek", "/wydarzenia/teatrzyk-*", "events"),
    q(PM1, "kiedy jest festyn w przedszkolu", "/wydarzenia/festyn-rodzinny-*", "events"),
    q(DEPT, "gala stypendystow prezydenta", "/wydarzenia/gala-stypendystow-*", "events"),
    q(
        LO1,
        "targi edukacyjne dla osmoklasistow",
        (
            "/aktualnosci/targi-edukacyjne-spotkajmy-sie/",
            "/aktualnosci/dabrowskie-targi-edukacyjne/",
            "/wydarzenia/dabrowskie-targi-*",
        ),
        "events",
    ),
    # News
    q(SP1, "wycieczka do zamku ogrodzieniec", "/aktualnosci/wycieczka-klasy-8b-*", "news"),
    q(SP1, "zbiorka karmy dla schroniska", "/aktualnosci/zbiorka-karmy-*", "news"),
    q(
        SP1,
        "godziny pracy sekretariatu w swieta",
        "/aktualnosci/zmiana-godzin-pracy-sekretariatu-*",
        "news",
    ),
    q(
        SP1,
        "jak szkola pracuje w ferie zimowe",
        "/aktualnosci/ferie-zimowe-organizacja-pracy/",
        "news",
    ),
    q(
        SP1,
        "sukcesy w konkursie informatycznym",
        "/aktualnosci/sukces-w-konkursie-informatycznym/",
        "news",
    ),
    q(PM1, "dzien babci i dziadka w przedszkolu", "/aktualnosci/dzien-babci-i-dziadka/", "news"),
    q(PM1, "pasowanie na przedszkolaka", "/aktualnosci/pasowanie-na-przedszkolaka/", "news"),
    q(PM1, "ankieta dla rodzicow", "/aktualnosci/ankieta-dla-rodzicow-*", "news"),
    q(LO1, "matura probna harmonogram", "/aktualnosci/matura-probna-harmonogram/", "news"),
    q(LO1, "zawody pływackie medal", "/aktualnosci/zawody-w-plywaniu-mamy-medal/", "news"),
    q(LO1, "rozpoczecie roku szkolnego", "/aktualnosci/uroczyste-rozpoczecie-*", "news"),
    q(DEPT, "remonty szkol w wakacje", "/aktualnosci/remonty-szkol-w-wakacje/", "news"),
    q(DEPT, "nagrody prezydenta dla nauczycieli", "/aktualnosci/nagrody-prezydenta-*", "news"),
    # Fees and the kindergarten
    q(PM1, "ile kosztuje przedszkole za godzine", KINDERGARTEN_FEES, "fees", "przedszkole_stawka"),
    q(PM1, "ile godzin dziennie jest za darmo w przedszkolu", KINDERGARTEN_FEES, "fees"),
    q(DEPT, "stawka oplaty za przedszkole", KINDERGARTEN_FEES, "fees"),
    q(PM1, "jak wyglada adaptacja w przedszkolu", "/dla-rodzicow/", "documents"),
    q(PM1, "czy jest angielski w przedszkolu", ("/oferta/", "/dla-rodzicow/"), "fees"),
    q(PM1, "zajecia logopedyczne", ("/oferta/", "/dla-rodzicow/"), "fees"),
    # Services of the department
    q(DEPT, "zwrot kosztow dowozu niepelnosprawnego dziecka do szkoly", TRANSPORT, "documents"),
    q(DEPT, "jakie zalaczniki do wniosku o dowoz ucznia", TRANSPORT, "documents"),
    q(
        DEPT,
        "dofinansowanie mlodocianych pracownikow ile wynosi",
        ("/mlodociani-pracownicy/", "/e-uslugi/dofinansowanie-mlodocianych/"),
        "fees",
    ),
    q(
        DEPT,
        "czy moge zalatwic sprawe bez wychodzenia z domu",
        ("/najczestsze-pytania/", "/e-uslugi/pismo-ogolne/"),
        "documents",
    ),
    # Announcements
    q(
        SP1,
        "czy sa zajecia zdalne z powodu awarii ogrzewania",
        "title:Awaria ogrzewania — zajęcia zdalne",
        "announcements",
    ),
    q(
        LO1,
        "szkolenie dla dyrektorow z e-doreczen",
        "title:Szkolenie dyrektorów szkół: doręczenia elektroniczne",
        "announcements",
    ),
    q(
        PM1,
        "dyzury wakacyjne przedszkoli",
        (
            "title:Dyżury wakacyjne przedszkoli — zgłoszenia zakończone",
            "/aktualnosci/dyzury-wakacyjne-przedszkoli/",
        ),
        "announcements",
    ),
]
