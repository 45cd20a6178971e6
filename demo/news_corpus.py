"""Polish news articles for unit sites: templates filled with each unit's details.

Placeholders: {unit} (name without the city), {noun}, {genitive}, {locative}, {members},
{members_genitive}, {principal}, {teacher}, {teacher2}, {class}, {school_year}, {birth_year},
{place}, {subject}, {result}. A template's ``kinds`` says which units may publish it.
Gendered verbs are written ``[P:masculine|feminine]`` (the principal) or ``[T:…|…]`` (the
teacher) and resolved per person.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NewsTemplate:
    kinds: frozenset[str]
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    month_day: tuple[int, int] | None = None  # when the story usually happens
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    repeats: int = 1  # how many distinct articles (different params) a unit may publish


def _t(
    kinds: str, title: str, lead: str, paragraphs: list[str], tags: str, **extra
) -> NewsTemplate:
    return NewsTemplate(
        kinds=frozenset(kinds.split()),
        title=title,
        lead=lead,
        paragraphs=tuple(paragraphs),
        tags=tuple(tags.split(",")),
        **extra,
    )


TRIP_PLACES = (
    "Ojcowskiego Parku Narodowego",
    "Krakowa",
    "Kopalni Soli „Wieliczka”",
    "Pustyni Błędowskiej",
    "Zamku Ogrodzieniec",
    "Parku Śląskiego",
    "Sztolni Królowa Luiza w Zabrzu",
    "Muzeum Miejskiego „Sztygarka”",
)
SUBJECTS = (
    "matematycznym",
    "polonistycznym",
    "języka angielskiego",
    "przyrodniczym",
    "historycznym",
    "geograficznym",
    "informatycznym",
    "chemicznym",
)
RESULTS = ("tytuł laureata", "tytuł finalisty", "pierwsze miejsce", "wyróżnienie")
SPORTS = (
    "piłce siatkowej",
    "piłce nożnej halowej",
    "koszykówce",
    "sztafetowych biegach przełajowych",
    "tenisie stołowym",
    "pływaniu",
)

NEWS_TEMPLATES: tuple[NewsTemplate, ...] = (
    # --- every kind of unit -------------------------------------------------------------
    _t(
        "all",
        "Nowa strona internetowa {genitive}",
        "Uruchomiliśmy nową, dostępną stronę internetową. Znajdą na niej Państwo aktualności, "
        "kalendarz wydarzeń i dokumenty.",
        [
            "Strona spełnia wymagania WCAG 2.1 na poziomie AA: można ją obsługiwać z klawiatury, "
            "powiększać tekst i korzystać z niej za pomocą czytnika ekranu.",
            "Zachęcamy do zgłaszania uwag dotyczących dostępności koordynatorowi — dane "
            "kontaktowe znajdują się w deklaracji dostępności.",
        ],
        "strona internetowa,dostępność",
    ),
    _t(
        "all",
        "Zmiana godzin pracy sekretariatu w okresie świątecznym",
        "W dniach 24 grudnia – 2 stycznia sekretariat {genitive} pracuje w skróconych godzinach.",
        [
            "Sekretariat będzie czynny w godzinach 8:00–12:00. W dniach ustawowo wolnych od "
            "pracy sekretariat jest nieczynny.",
            "Sprawy pilne można zgłaszać pocztą elektroniczną — odpowiemy najszybciej, "
            "jak to możliwe.",
        ],
        "sekretariat,organizacja",
        month_day=(12, 15),
    ),
    _t(
        "all",
        "Szkolenie pracowników z pierwszej pomocy",
        "Pracownicy {genitive} wzięli udział w szkoleniu z pierwszej pomocy przedmedycznej "
        "prowadzonym przez ratowników medycznych.",
        [
            "Ćwiczyliśmy resuscytację krążeniowo-oddechową, użycie defibrylatora AED oraz "
            "postępowanie przy zadławieniu.",
            "Defibrylator znajduje się przy wejściu głównym — wszyscy pracownicy wiedzą, "
            "jak z niego skorzystać.",
        ],
        "bezpieczeństwo,szkolenia",
        month_day=(8, 28),
    ),
    _t(
        "all",
        "Zbiórka karmy dla schroniska „Przyjaciel”",
        "Dziękujemy za ogromne zaangażowanie w zbiórkę dla bezdomnych zwierząt — zebraliśmy "
        "ponad {place} kilogramów karmy.",
        [
            "Dary przekazaliśmy wolontariuszom schroniska. W podziękowaniu otrzymaliśmy "
            "dyplom i zaproszenie na wspólny spacer z psami.",
            "Szczególne podziękowania należą się rodzicom, którzy przywieźli największe paczki.",
        ],
        "wolontariat,akcja charytatywna",
        month_day=(10, 4),
        params={"place": ("120", "180", "250", "300")},
    ),
    _t(
        "all",
        "Dzień Bezpiecznego Internetu",
        "Rozmawialiśmy o tym, jak bezpiecznie korzystać z sieci, chronić swoje dane "
        "i reagować na hejt.",
        [
            "Zajęcia [T:poprowadził|poprowadziła] {teacher}. Uczestnicy przygotowali plakaty "
            "z zasadami bezpiecznego korzystania z internetu.",
            "Rodzicom polecamy materiały programu „Bezpieczna szkoła” dostępne w zakładce "
            "Dla rodziców.",
        ],
        "bezpieczeństwo,profilaktyka,cyfryzacja",
        month_day=(2, 10),
    ),
    _t(
        "all",
        "Sprzątanie Świata — dbamy o najbliższą okolicę",
        "Wzięliśmy udział w akcji Sprzątanie Świata — uporządkowaliśmy teren wokół {genitive} "
        "i pobliskiego parku.",
        [
            "Zebraliśmy kilkanaście worków śmieci, które posegregowaliśmy zgodnie z zasadami "
            "obowiązującymi w Dąbrowie Górniczej.",
            "Dziękujemy Zakładowi Gospodarki Komunalnej za rękawice i worki.",
        ],
        "ekologia,akcja",
        month_day=(9, 19),
    ),
    _t(
        "all",
        "Kiermasz świąteczny — dziękujemy!",
        "Dochód z kiermaszu świątecznego przeznaczymy na zakup nowych pomocy dydaktycznych.",
        [
            "Na stoiskach można było kupić ozdoby choinkowe, pierniki i kartki wykonane przez "
            "{members}. Rodzice upiekli ciasta, a w kawiarence serwowano gorącą czekoladę.",
            "Dziękujemy wszystkim za hojność i życzliwość!",
        ],
        "święta,wydarzenia",
        month_day=(12, 12),
    ),
    _t(
        "all",
        "Dzień Ziemi",
        "Z okazji Dnia Ziemi przygotowaliśmy warsztaty ekologiczne i sadzenie drzew.",
        [
            "Przy budynku posadziliśmy pięć młodych lip. Każda grupa przygotowała też "
            "prezentację o oszczędzaniu wody i energii.",
            "Akcję wsparli leśnicy z Nadleśnictwa Siewierz.",
        ],
        "ekologia,warsztaty",
        month_day=(4, 22),
    ),
    _t(
        "all",
        "Spotkanie z dzielnicowym",
        "Odwiedził nas dzielnicowy z Komendy Miejskiej Policji, który mówił o bezpiecznej "
        "drodze i zachowaniu w sytuacjach zagrożenia.",
        [
            "Uczestnicy spotkania dowiedzieli się, jak bezpiecznie przechodzić przez jezdnię, "
            "dlaczego warto nosić odblaski i jak wezwać pomoc pod numerem 112.",
        ],
        "bezpieczeństwo,profilaktyka",
        month_day=(11, 6),
    ),
    _t(
        "all",
        "Ferie zimowe — organizacja pracy",
        "Informujemy o organizacji pracy {genitive} w czasie ferii zimowych.",
        [
            "W czasie ferii prowadzimy zajęcia opiekuńcze i warsztaty. Zapisy przyjmuje "
            "sekretariat do końca stycznia.",
            "Harmonogram zajęć opublikujemy w kalendarzu wydarzeń.",
        ],
        "ferie,organizacja",
        month_day=(1, 20),
    ),
    _t(
        "all",
        "Bezpieczne wakacje",
        "Przed wakacjami przypominamy o zasadach bezpiecznego wypoczynku nad wodą, w górach "
        "i w mieście.",
        [
            "Wakacyjny dyżur sekretariatu: wtorki i czwartki w godzinach 9:00–12:00.",
            "Życzymy wszystkim słonecznych, spokojnych i bezpiecznych wakacji!",
        ],
        "wakacje,bezpieczeństwo",
        month_day=(6, 20),
    ),
    _t(
        "all",
        "Podsumowanie akcji „Góra grosza”",
        "Zebraliśmy kilka tysięcy monet na rzecz dzieci wychowujących się poza rodziną.",
        [
            "Akcję [T:koordynował|koordynowała] {teacher}. Pieniądze przekazaliśmy "
            "Towarzystwu Nasz Dom.",
        ],
        "wolontariat,akcja charytatywna",
        month_day=(12, 5),
    ),
    _t(
        "all",
        "Ankieta dla rodziców — prosimy o opinię",
        "Zapraszamy rodziców do wypełnienia krótkiej, anonimowej ankiety o pracy {genitive}.",
        [
            "Ankieta zajmie około pięciu minut. Wyniki omówimy na najbliższym spotkaniu "
            "z radą rodziców i opublikujemy na stronie.",
        ],
        "rodzice,ankieta",
        month_day=(3, 10),
    ),
    # --- schools ------------------------------------------------------------------------
    _t(
        "school",
        "Uroczyste rozpoczęcie roku szkolnego {school_year}",
        "{principal} [P:powitał|powitała] uczniów, rodziców i nauczycieli na uroczystej akademii.",
        [
            "Szczególnie serdecznie powitaliśmy uczniów klas pierwszych oraz nowych "
            "nauczycieli. Po akademii uczniowie spotkali się z wychowawcami w klasach.",
            "Plan lekcji oraz kalendarz roku szkolnego są dostępne w zakładce Dla rodziców.",
        ],
        "rok szkolny,uroczystości",
        month_day=(9, 1),
    ),
    _t(
        "school",
        "Dzień Edukacji Narodowej",
        "Dziękujemy nauczycielom i pracownikom za ich codzienną pracę.",
        [
            "Samorząd uczniowski przygotował program artystyczny, a {principal} "
            "[P:wręczył|wręczyła] nagrody wyróżnionym nauczycielom.",
            "Dziękujemy radzie rodziców za kwiaty i słodki poczęstunek.",
        ],
        "uroczystości,nauczyciele",
        month_day=(10, 14),
    ),
    _t(
        "school",
        "Sukces w konkursie {subject}",
        "Nasz uczeń z klasy {class} zdobył {result} w wojewódzkim konkursie {subject}.",
        [
            "Konkurs organizuje Śląski Kurator Oświaty. Do finału zakwalifikowało się tylko "
            "kilkudziesięciu uczniów z całego województwa.",
            "Gratulujemy laureatowi i opiekunowi, {teacher}, "
            "[T:który przygotowywał|która przygotowywała] ucznia do konkursu.",
        ],
        "konkursy,sukcesy",
        params={"subject": SUBJECTS, "result": RESULTS},
        repeats=3,
    ),
    _t(
        "school",
        "Wycieczka klasy {class} do {place}",
        "Uczniowie klasy {class} spędzili dzień na wycieczce edukacyjnej do {place}.",
        [
            "Program obejmował zwiedzanie z przewodnikiem i warsztaty. Opiekę nad grupą "
            "sprawowali {teacher} i {teacher2}.",
            "Wycieczka była nagrodą za wysoką frekwencję w pierwszym semestrze.",
        ],
        "wycieczki,klasy",
        params={"place": TRIP_PLACES},
        repeats=3,
    ),
    _t(
        "school",
        "Zawody w {place} — mamy medal!",
        "Reprezentacja {genitive} stanęła na podium miejskich zawodów w {place}.",
        [
            "Zawody odbyły się w hali sportowej Centrum. Drużynę "
            "[T:przygotował|przygotowała] {teacher}.",
            "Gratulujemy zawodnikom i dziękujemy kibicom za doping!",
        ],
        "sport,sukcesy",
        params={"place": SPORTS},
        repeats=2,
    ),
    _t(
        "school",
        "Dzień Otwarty — zapraszamy kandydatów",
        "Zapraszamy przyszłych uczniów i ich rodziców na Dzień Otwarty.",
        [
            "Będzie można zwiedzić pracownie, porozmawiać z nauczycielami i uczniami oraz "
            "zapytać o zasady rekrutacji.",
            "Szczegóły rekrutacji opisujemy w zakładce Rekrutacja.",
        ],
        "rekrutacja,dzień otwarty",
        month_day=(3, 5),
    ),
    _t(
        "school",
        "Narodowe Czytanie",
        "Przyłączyliśmy się do akcji Narodowe Czytanie — fragmenty lektury czytali uczniowie, "
        "nauczyciele i rodzice.",
        [
            "Biblioteka szkolna przygotowała wystawę ilustracji wykonanych przez uczniów.",
        ],
        "czytelnictwo,biblioteka",
        month_day=(9, 6),
    ),
    _t(
        "school",
        "Stypendium szkolne — przypomnienie o terminie",
        "Wnioski o stypendium szkolne na rok szkolny {school_year} przyjmowane są "
        "{stypendium_nabor}.",
        [
            "O stypendium mogą ubiegać się rodziny, w których miesięczny dochód netto na osobę "
            "nie przekracza {prog_dochodowy}. Wnioski rozpatruje Wydział Oświaty Urzędu "
            "Miejskiego.",
            "Wniosek można złożyć w sekretariacie lub elektronicznie — szczegóły w zakładce "
            "Dla rodziców.",
        ],
        "stypendium,dla rodziców",
        month_day=(8, 25),
    ),
    _t(
        "school",
        "Spotkanie z autorką książek dla młodzieży",
        "Gościliśmy pisarkę, która opowiadała o pracy nad książką i odpowiadała na pytania.",
        [
            "Spotkanie zorganizowała biblioteka szkolna we współpracy z Miejską Biblioteką "
            "Publiczną. Uczniowie mogli otrzymać autograf.",
        ],
        "czytelnictwo,spotkania",
        month_day=(11, 20),
    ),
    _t(
        "school",
        "Święto Niepodległości",
        "Uczciliśmy rocznicę odzyskania niepodległości uroczystą akademią i wspólnym "
        "śpiewaniem pieśni patriotycznych.",
        [
            "O godzinie 11:11 odśpiewaliśmy hymn w ramach akcji „Szkoła do hymnu”.",
        ],
        "uroczystości,historia",
        month_day=(11, 10),
    ),
    _t(
        "school",
        "Wyniki klasyfikacji śródrocznej",
        "Zakończyliśmy pierwszy semestr — gratulujemy uczniom z najwyższą średnią ocen.",
        [
            "Średnią co najmniej 5,0 uzyskało kilkunastu uczniów. Najwyższą frekwencję miała "
            "klasa {class}.",
        ],
        "wyniki,klasy",
        month_day=(1, 30),
    ),
    # --- primary schools ------------------------------------------------------------------
    _t(
        "primary",
        "Pasowanie na ucznia klas pierwszych",
        "Pierwszoklasiści złożyli ślubowanie i zostali pasowani na uczniów.",
        [
            "Uroczystość przygotowali wychowawcy klas pierwszych. Każdy pierwszoklasista "
            "otrzymał dyplom i upominek od rady rodziców.",
        ],
        "uroczystości,klasy pierwsze",
        month_day=(10, 18),
    ),
    _t(
        "primary",
        "Próbny egzamin ósmoklasisty",
        "Uczniowie klas ósmych napisali próbny egzamin z języka polskiego, matematyki "
        "i języka angielskiego.",
        [
            "Wyniki omówią nauczyciele przedmiotów na lekcjach. Rodzice otrzymają informację "
            "w dzienniku elektronicznym.",
        ],
        "egzaminy,klasy ósme",
        month_day=(12, 3),
    ),
    _t(
        "primary",
        "Zapisy do klasy pierwszej",
        "Rodziców dzieci urodzonych w {birth_year} r. zapraszamy do zapisów do klasy pierwszej.",
        [
            "Dzieci z obwodu szkoły przyjmujemy na podstawie zgłoszenia. Kandydaci spoza "
            "obwodu biorą udział w rekrutacji elektronicznej.",
        ],
        "rekrutacja,klasy pierwsze",
        month_day=(2, 20),
    ),
    # --- secondary and vocational -----------------------------------------------------
    _t(
        "secondary",
        "Studniówka {school_year}",
        "Maturzyści zatańczyli poloneza na studniówce — życzymy powodzenia na egzaminie "
        "dojrzałości!",
        [
            "Bal odbył się w Pałacu Kultury Zagłębia. {principal} [P:życzył|życzyła] abiturientom "
            "zdania matury i spełnienia marzeń.",
        ],
        "uroczystości,matura",
        month_day=(1, 17),
    ),
    _t(
        "secondary",
        "Matura próbna — harmonogram",
        "Publikujemy harmonogram próbnych egzaminów maturalnych.",
        [
            "Egzaminy odbędą się w salach gimnastycznej i 12. Prosimy o przybycie 30 minut "
            "przed rozpoczęciem.",
        ],
        "matura,egzaminy",
        month_day=(11, 25),
    ),
    _t(
        "secondary",
        "Targi edukacyjne — spotkajmy się!",
        "Zapraszamy na nasze stoisko podczas Dąbrowskich Targów Edukacyjnych.",
        [
            "Przedstawimy ofertę klas na przyszły rok szkolny i odpowiemy na pytania o rekrutację.",
        ],
        "rekrutacja,targi",
        month_day=(3, 20),
    ),
    _t(
        "vocational",
        "Praktyki zawodowe u pracodawców",
        "Uczniowie klas trzecich rozpoczęli praktyki zawodowe w firmach z Dąbrowy Górniczej "
        "i okolic.",
        [
            "Współpracujemy z ponad dwudziestoma pracodawcami. Dziękujemy im za przyjęcie "
            "praktykantów.",
        ],
        "praktyki,kształcenie zawodowe",
        month_day=(4, 8),
    ),
    _t(
        "vocational",
        "Egzamin zawodowy — wyniki",
        "Zdawalność egzaminu potwierdzającego kwalifikacje w zawodzie przekroczyła średnią "
        "wojewódzką.",
        [
            "Najlepsze wyniki uzyskali uczniowie kształcący się w zawodzie technik "
            "informatyk i technik mechatronik.",
        ],
        "egzaminy,kształcenie zawodowe",
        month_day=(9, 10),
    ),
    # --- special needs ----------------------------------------------------------------
    _t(
        "special",
        "Nowa sala doświadczania świata",
        "Oddaliśmy do użytku salę doświadczania świata wyposażoną w sprzęt do terapii "
        "integracji sensorycznej.",
        [
            "Zajęcia w sali prowadzą terapeuci zgodnie z indywidualnymi programami "
            "edukacyjno-terapeutycznymi wychowanków.",
        ],
        "terapia,wyposażenie",
        month_day=(10, 1),
    ),
    _t(
        "special",
        "Olimpiady Specjalne — medale naszych zawodników",
        "Nasi wychowankowie zdobyli medale podczas regionalnego mityngu Olimpiad Specjalnych.",
        [
            "Startowali w biegach, pływaniu i tenisie stołowym. Gratulujemy i dziękujemy trenerom!",
        ],
        "sport,sukcesy",
        month_day=(5, 18),
    ),
    _t(
        "special",
        "Dowóz uczniów — informacja dla rodziców",
        "Przypominamy, że zwrot kosztów dowozu ucznia niepełnosprawnego obsługuje Centrum "
        "Usług Wspólnych.",
        [
            "Umowę z rodzicami zawiera Prezydent Miasta. Wniosek można złożyć elektronicznie.",
        ],
        "dowóz,dla rodziców",
        month_day=(8, 20),
    ),
    # --- kindergartens ----------------------------------------------------------------
    _t(
        "kindergarten",
        "Dzień Przedszkolaka",
        "Świętowaliśmy Ogólnopolski Dzień Przedszkolaka — były tańce, konkursy i słodki "
        "poczęstunek.",
        [
            "Każda grupa przygotowała krótką prezentację, a dzieci otrzymały dyplomy "
            "„Super Przedszkolaka”.",
        ],
        "uroczystości,grupy",
        month_day=(9, 20),
    ),
    _t(
        "kindergarten",
        "Pasowanie na przedszkolaka",
        "Najmłodsze dzieci z grupy {class} zostały uroczyście pasowane na przedszkolaków.",
        [
            "{principal} [P:dotknął|dotknęła] ramienia każdego dziecka wielkim ołówkiem. Rodzicom "
            "dziękujemy za przygotowanie strojów.",
        ],
        "uroczystości,grupy",
        month_day=(10, 22),
        params={"class": ("Biedronki", "Motylki", "Pszczółki", "Żabki")},
    ),
    _t(
        "kindergarten",
        "Dzień Babci i Dziadka",
        "Dzieci przygotowały dla swoich dziadków występy artystyczne i własnoręcznie "
        "wykonane upominki.",
        [
            "Dziękujemy babciom i dziadkom za tak liczne przybycie i wspólną zabawę!",
        ],
        "uroczystości,rodzina",
        month_day=(1, 22),
    ),
    _t(
        "kindergarten",
        "Jasełka w grupie {class}",
        "Grupa {class} wystawiła jasełka dla rodziców i młodszych kolegów.",
        [
            "Stroje i dekoracje przygotowali rodzice wspólnie z nauczycielkami. Występ "
            "zakończyło wspólne kolędowanie.",
        ],
        "święta,grupy",
        month_day=(12, 18),
        params={"class": ("Misie", "Sówki", "Krasnoludki", "Wiewiórki")},
    ),
    _t(
        "kindergarten",
        "Bal karnawałowy",
        "Królewny, rycerze i superbohaterowie bawili się na balu karnawałowym.",
        [
            "Zabawę poprowadził wodzirej, a rada rodziców ufundowała nagrody w konkursie "
            "na najciekawszy strój.",
        ],
        "karnawał,zabawa",
        month_day=(2, 6),
    ),
    _t(
        "kindergarten",
        "Zapisy na rok szkolny — rekrutacja do przedszkola",
        "Rodziców dzieci, które nie uczęszczają jeszcze do przedszkola, zapraszamy do udziału "
        "w rekrutacji elektronicznej.",
        [
            "Rodzice dzieci już uczęszczających składają deklarację o kontynuowaniu wychowania "
            "przedszkolnego. Harmonogram publikujemy w zakładce Rekrutacja.",
        ],
        "rekrutacja,dla rodziców",
        month_day=(2, 12),
    ),
    _t(
        "kindergarten",
        "Warsztaty kulinarne — zdrowe przekąski",
        "Przedszkolaki przygotowały kolorowe kanapki i koktajle owocowe.",
        [
            "Warsztaty były częścią programu „Zdrowo jem, więcej wiem”. Przepisy udostępniamy "
            "rodzicom w szatni.",
        ],
        "zdrowie,warsztaty",
        month_day=(5, 12),
    ),
    _t(
        "kindergarten",
        "Wizyta strażaków",
        "Odwiedzili nas strażacy z Jednostki Ratowniczo-Gaśniczej — dzieci mogły usiąść "
        "w wozie strażackim.",
        [
            "Strażacy opowiadali, jak zachować się podczas pożaru i jak wezwać pomoc.",
        ],
        "bezpieczeństwo,spotkania",
        month_day=(5, 4),
    ),
    _t(
        "kindergarten",
        "Opłaty za przedszkole od nowego roku",
        "Przypominamy zasady odpłatności: {przedszkole_godziny} godzin dziennie bezpłatnie, "
        "każda kolejna godzina {przedszkole_stawka}.",
        [
            "Opłatę za wyżywienie ustala dyrektor w porozumieniu z organem prowadzącym. "
            "Szczegóły w zakładce Dla rodziców.",
        ],
        "opłaty,dla rodziców",
        month_day=(8, 30),
    ),
    _t(
        "kindergarten",
        "Wycieczka do {place}",
        "Starszaki pojechały na wycieczkę do {place}.",
        [
            "Dzieci wróciły pełne wrażeń i z mnóstwem zdjęć. Dziękujemy rodzicom, którzy "
            "pomogli w opiece nad grupą.",
        ],
        "wycieczki,grupy",
        params={"place": ("Parku Śląskiego", "gospodarstwa agroturystycznego", "Palmiarni")},
        repeats=2,
    ),
    _t(
        "kindergarten",
        "Dzień Mamy i Taty",
        "Dzieci zaprosiły rodziców na przedstawienie i piknik w ogrodzie przedszkolnym.",
        ["Dziękujemy za wspólne świętowanie!"],
        "uroczystości,rodzina",
        month_day=(5, 26),
    ),
    # --- counselling centre ------------------------------------------------------------
    _t(
        "counselling",
        "Dyżury psychologa dla rodziców",
        "Uruchomiliśmy cotygodniowe dyżury psychologa dla rodziców bez wcześniejszych zapisów.",
        [
            "Dyżury odbywają się we wtorki w godzinach 15:00–18:00. Można przyjść osobiście "
            "lub zadzwonić.",
        ],
        "wsparcie,dla rodziców",
        month_day=(9, 15),
    ),
    _t(
        "counselling",
        "Wnioski o wydanie orzeczenia — przypomnienie",
        "Przypominamy, że wnioski o wydanie orzeczenia o potrzebie kształcenia specjalnego "
        "należy składać z odpowiednim wyprzedzeniem.",
        [
            "Zespół orzekający rozpatruje wniosek w ciągu 30 dni. Do wniosku dołącza się "
            "dokumentację medyczną i opinię nauczycieli.",
        ],
        "orzeczenia,dla rodziców",
        month_day=(3, 1),
    ),
    _t(
        "counselling",
        "Warsztaty „Jak wspierać dziecko w stresie egzaminacyjnym”",
        "Zapraszamy rodziców uczniów klas ósmych i maturalnych na bezpłatne warsztaty.",
        [
            "Warsztaty poprowadzi {teacher}, psycholog poradni. Liczba miejsc ograniczona.",
        ],
        "warsztaty,egzaminy",
        month_day=(4, 2),
    ),
    _t(
        "counselling",
        "Badania przesiewowe słuchu w przedszkolach",
        "Nasi specjaliści przeprowadzą badania przesiewowe słuchu i mowy u pięciolatków.",
        ["Badania wykonujemy za pisemną zgodą rodziców. Wyniki przekazujemy rodzicom."],
        "diagnoza,przedszkola",
        month_day=(10, 10),
    ),
    _t(
        "counselling",
        "Grupa wsparcia dla rodziców dzieci z autyzmem",
        "Rozpoczynamy spotkania grupy wsparcia dla rodziców dzieci w spektrum autyzmu.",
        ["Spotkania raz w miesiącu, w czwartki o godzinie 17:00."],
        "wsparcie,autyzm",
        month_day=(11, 3),
    ),
    _t(
        "counselling",
        "Doradztwo zawodowe dla ósmoklasistów",
        "Zapraszamy uczniów klas ósmych na indywidualne konsultacje z doradcą zawodowym.",
        ["Konsultacje pomagają wybrać szkołę ponadpodstawową zgodnie z predyspozycjami."],
        "doradztwo zawodowe,rekrutacja",
        month_day=(2, 3),
    ),
    _t(
        "counselling",
        "Telefon zaufania dla młodzieży",
        "Przypominamy numery bezpłatnych telefonów zaufania: 116 111 dla dzieci i młodzieży "
        "oraz 800 12 12 12.",
        ["W sytuacji zagrożenia życia dzwoń pod numer alarmowy 112."],
        "wsparcie,profilaktyka",
        month_day=(1, 12),
    ),
    _t(
        "counselling",
        "Szkolenie dla nauczycieli: uczeń z ADHD w klasie",
        "Przeprowadziliśmy szkolenie rady pedagogicznej dla nauczycieli szkół podstawowych.",
        ["Materiały ze szkolenia nauczyciele otrzymali pocztą elektroniczną."],
        "szkolenia,nauczyciele",
        month_day=(11, 18),
    ),
    _t(
        "counselling",
        "Terapia logopedyczna — nowe terminy",
        "Mamy nowe terminy terapii logopedycznej dla dzieci w wieku przedszkolnym.",
        ["Zapisy telefonicznie w sekretariacie poradni."],
        "logopedia,terapia",
        month_day=(9, 25),
    ),
    # --- youth culture centre ----------------------------------------------------------
    _t(
        "culture",
        "Zapisy na zajęcia w nowym sezonie",
        "Rozpoczynamy zapisy na zajęcia plastyczne, taneczne, muzyczne i teatralne.",
        [
            "Zajęcia są bezpłatne. Zapisy przyjmuje sekretariat, a plan zajęć publikujemy "
            "w zakładce O nas.",
        ],
        "zajęcia,zapisy",
        month_day=(9, 5),
    ),
    _t(
        "culture",
        "Koncert zespołu wokalnego",
        "Zespół wokalny {genitive} dał koncert w Pałacu Kultury Zagłębia.",
        ["Publiczność nagrodziła młodych artystów owacją na stojąco."],
        "koncerty,muzyka",
        month_day=(12, 10),
    ),
    _t(
        "culture",
        "Wystawa prac plastycznych „{place}”",
        "Zapraszamy na wystawę prac uczestników pracowni plastycznej.",
        ["Wystawę można oglądać w galerii na parterze do końca miesiąca."],
        "wystawy,plastyka",
        params={"place": ("Moje miasto", "Cztery pory roku", "Zagłębiowskie legendy")},
        repeats=2,
    ),
    _t(
        "culture",
        "Festiwal teatrów dziecięcych",
        "Nasza grupa teatralna zdobyła nagrodę publiczności na festiwalu teatrów dziecięcych.",
        ["Gratulujemy aktorom i opiekunom grupy!"],
        "teatr,sukcesy",
        month_day=(4, 28),
    ),
    _t(
        "culture",
        "Turniej tańca nowoczesnego",
        "Formacja taneczna {genitive} zajęła {result} w turnieju tańca nowoczesnego.",
        ["Kolejny turniej już w przyszłym miesiącu — trzymajcie kciuki!"],
        "taniec,sukcesy",
        params={"result": ("pierwsze miejsce", "drugie miejsce", "wyróżnienie")},
        repeats=2,
    ),
    _t(
        "culture",
        "Półkolonie zimowe",
        "W czasie ferii zimowych zapraszamy na półkolonie artystyczne.",
        ["Program obejmuje warsztaty, wyjścia do kina i zajęcia sportowe."],
        "ferie,zajęcia",
        month_day=(1, 10),
    ),
    _t(
        "culture",
        "Warsztaty fotograficzne",
        "Startują warsztaty fotograficzne dla młodzieży od 13 lat.",
        ["Uczestnicy poznają podstawy kompozycji i obróbki zdjęć."],
        "warsztaty,fotografia",
        month_day=(10, 8),
    ),
    _t(
        "culture",
        "Przegląd piosenki patriotycznej",
        "Zapraszamy szkoły do udziału w miejskim przeglądzie piosenki patriotycznej.",
        ["Karty zgłoszeń przyjmujemy do końca października."],
        "konkursy,muzyka",
        month_day=(10, 20),
    ),
)

TARGET_NEWS_PER_UNIT = 22


def unit_kinds(unit_type: str, slug: str) -> frozenset[str]:
    """Which template kinds apply to a unit."""
    from cms.home.unit_types import UnitType

    kinds = {
        UnitType.KINDERGARTEN: {"kindergarten"},
        UnitType.PRIMARY_SCHOOL: {"school", "primary"},
        UnitType.GENERAL_SECONDARY: {"school", "secondary"},
        UnitType.VOCATIONAL_SCHOOL: {"school", "secondary", "vocational"},
        UnitType.SCHOOL_COMPLEX: {"school", "secondary", "vocational"},
        UnitType.SPECIAL_NEEDS_CENTRE: {"school", "special"},
        UnitType.COUNSELLING_CENTRE: {"counselling"},
        UnitType.YOUTH_CULTURE_CENTRE: {"culture"},
    }[UnitType(unit_type)]
    if slug.startswith("zsp"):  # school-and-kindergarten complexes
        kinds = {"school", "primary", "kindergarten"}
    return frozenset(kinds | {"all"})
