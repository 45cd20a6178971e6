"""The department's e-service indicators: access, counts, fully online share, medians, CSV, SVG.

Cases are placed in months by creating them with a chosen ``submitted_at`` (the same rows
``cases.submission.submit`` writes, numbered by ``cases.numbering.next_number``) or through
the real HTTP flow with the clock moved; they are handled through ``cases.workflow.move`` and
decided through ``cases.delivery.issue_decision`` with the clock (``ESERVICES_NOW``) set to the
decision time, so ``issued_at`` is the real one.
"""

import csv
import datetime as dt
import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from eservice_bridge.applications.models import Draft
from eservice_bridge.cases.delivery import issue_decision
from eservice_bridge.cases.models import Case, CaseState, DeliveryChannel
from eservice_bridge.cases.numbering import next_number
from eservice_bridge.cases.workflow import move
from eservice_bridge.catalogue.models import Handler
from eservice_bridge.indicators.medians import median, median_days
from eservice_bridge.indicators.numbers import format_decimal, format_int

pytestmark = pytest.mark.django_db

URL = "/admin/e-uslugi/wskazniki/"
CSV_URL = "/admin/e-uslugi/wskazniki/csv/"
SVG_NS = "{http://www.w3.org/2000/svg}"


def at(text: str) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(text))


def place_case(applicant, service, submitted: str, *, unit=None, state=CaseState.SUBMITTED):
    """A case as submission creates it, but received at ``submitted`` (local time)."""
    when = at(submitted)
    with transaction.atomic():
        draft = Draft.objects.create(
            applicant=applicant, service=service, answers={}, submitted_at=when
        )
        return Case.objects.create(
            number=next_number(service, when.year),
            service=service,
            applicant=applicant,
            draft=draft,
            handler=Handler.SCHOOL if unit is not None else service.handler,
            unit_page_id=unit.home_id if unit is not None else None,
            answers={},
            submitted_at=when,
            upo_sha256="0" * 64,
            state=state,
        )


def pay(case) -> None:
    """What the payments app leaves once the fee is paid online: a paid Payment and the move."""
    from eservice_bridge.applications.rules import fee_for
    from eservice_bridge.payments.models import Payment

    Payment.objects.create(
        case=case,
        amount=fee_for(case.service, case.answers),
        title=f"{case.number} {case.service.name}",
        provider="sandbox",
        status="paid",
        created_at=case.submitted_at,
        paid_at=case.submitted_at,
    )
    move(case, CaseState.SUBMITTED, None)


def decide(case, user, settings, when: str, channel=DeliveryChannel.PORTAL) -> None:
    settings.ESERVICES_NOW = when
    move(case, CaseState.REGISTERED, None, staff_user=user)
    issue_decision(case, "pozytywne", "", user, None, delivery_channel=channel)


@pytest.fixture
def department_client(staff):
    client = Client()
    client.force_login(staff["department"])
    return client


@pytest.fixture
def known_cases(catalogue, units, staff, applicant_a, client_a, settings, letter_case):
    """Six cases in 2026 (and one in 2025); see the expected figures in the tests."""
    officer = staff["department"]
    scholarship = catalogue["stypendium-szkolne"]
    duplicate = catalogue["duplikat-swiadectwa"]
    transport = catalogue["dowoz-ucznia-niepelnosprawnego"]

    a = place_case(applicant_a, scholarship, "2026-03-02T10:00:00")
    decide(a, officer, settings, "2026-03-12T10:00:00")  # 10.0 days, portal
    b = place_case(applicant_a, scholarship, "2026-03-05T10:00:00")
    decide(b, officer, settings, "2026-03-09T22:00:00", DeliveryChannel.PAPER)  # 4.5 days, paper
    c = place_case(
        applicant_a,
        duplicate,
        "2026-04-10T08:00:00",
        unit=units["sp1"],
        state=CaseState.AWAITING_PAYMENT,
    )
    pay(c)
    decide(c, officer, settings, "2026-04-13T08:00:00")  # 3.0 days, paid online, portal
    place_case(  # still waiting for its fee
        applicant_a,
        duplicate,
        "2026-04-20T08:00:00",
        unit=units["sp1"],
        state=CaseState.AWAITING_PAYMENT,
    )
    settings.ESERVICES_NOW = "2026-05-06T09:00:00"  # through the applicant's own HTTP flow
    e = letter_case(client_a, str(units["sp2"].home_id))
    decide(e, officer, settings, "2026-05-08T09:00:00")  # 2.0 days, portal
    f = place_case(applicant_a, transport, "2026-05-20T12:00:00")
    move(f, CaseState.REGISTERED, None, staff_user=officer)
    old = place_case(applicant_a, scholarship, "2025-12-31T23:30:00")
    decide(old, officer, settings, "2026-01-05T10:00:00")
    settings.ESERVICES_NOW = "2026-11-25T09:00:00"
    return {"a": a, "b": b, "c": c, "e": e, "f": f}


def table(html: str, caption: str) -> dict[str, list[str]]:
    """The rows of the table with this caption: row header → cell texts."""
    match = re.search(
        r"<table[^>]*>\s*<caption>" + re.escape(caption) + r"</caption>(.*?)</table>", html, re.S
    )
    assert match, caption
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", match.group(1), re.S):
        header = re.search(r'<th scope="row">(.*?)</th>', row, re.S)
        if header:
            cells = [
                re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)
            ]
            rows[header.group(1).strip()] = cells
    return rows


def svgs(html: str) -> dict[str, ET.Element]:
    found = {}
    for chunk in re.findall(r'<svg [^>]*class="indicator-chart".*?</svg>', html, re.S):
        element = ET.fromstring(chunk)
        found[element.get("id")] = element
    return found


# ------------------------------------------------------------------------------------ access
def test_department_staff_and_superuser_see_the_dashboard(department_client, catalogue):
    response = department_client.get(URL)
    assert response.status_code == 200
    assert "Wskaźniki e-usług" in response.content.decode()
    admin = get_user_model().objects.create_superuser("szef", "szef@example.org", "haslo-123-xyz")
    client = Client()
    client.force_login(admin)
    assert client.get(URL).status_code == 200
    assert client.get(CSV_URL).status_code == 200


def test_school_secretary_and_cuw_are_refused_and_do_not_see_the_menu(staff, catalogue):
    for who in ("sp1", "cuw"):
        client = Client()
        client.force_login(staff[who])
        assert client.get(URL).status_code == 403
        assert client.get(CSV_URL + "?rok=2026").status_code == 403
        assert URL not in client.get("/admin/").content.decode()
    department = Client()
    department.force_login(staff["department"])
    assert URL in department.get("/admin/").content.decode()


def test_anonymous_is_sent_to_the_login_page(client, catalogue):
    for url in (URL, CSV_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


# ------------------------------------------------------------------------------------ figures
def test_counts_per_service_unit_and_month(department_client, known_cases, units):
    html = department_client.get(URL + "?rok=2026").content.decode()
    per_service = table(html, "Sprawy według e-usługi")
    assert per_service["Stypendium szkolne"][:3] == ["2", "2", "1"]
    assert per_service["Duplikat świadectwa lub legitymacji szkolnej"][:3] == ["2", "1", "1"]
    per_unit = table(html, "Sprawy według jednostki prowadzącej")
    assert per_unit["Wydział Oświaty"][:3] == ["2", "2", "1"]
    assert per_unit[units["sp1"].home.title][:3] == ["2", "1", "1"]
    assert per_unit[units["sp2"].home.title][:3] == ["1", "1", "1"]
    assert per_unit["CUW"][:3] == ["1", "0", "0"]
    per_month = table(html, "Sprawy według miesiąca złożenia")
    assert [per_month[m][0] for m in ("styczeń", "marzec", "kwiecień", "maj", "grudzień")] == [
        "0",
        "2",
        "2",
        "2",
        "0",
    ]
    assert per_month["Razem"][:3] == ["6", "4", "3"]


def test_fully_online_share_excludes_paper_delivery(department_client, known_cases):
    html = department_client.get(URL + "?rok=2026").content.decode()
    totals = table(html, "Sprawy według e-usługi")["Razem"]
    # a, c (fee paid online) and e were delivered in the portal; b was delivered on paper.
    assert totals[3] == "75,0\u00a0% (3 z 4)"
    scholarship = table(html, "Sprawy według e-usługi")["Stypendium szkolne"]
    assert scholarship[3] == "50,0\u00a0% (1 z 2)"


def test_fee_bearing_case_not_paid_online_is_not_fully_online(
    department_client, catalogue, units, staff, applicant_a, settings
):
    """Moved on from waiting for the fee by a route other than AWAITING_PAYMENT → SUBMITTED."""
    from eservice_bridge.audit.recorder import record

    duplicate = catalogue["duplikat-swiadectwa"]
    case = place_case(applicant_a, duplicate, "2026-06-01T08:00:00", unit=units["sp1"])
    # Fee-bearing per the audit trail (it waited), but its leaving the wait is not a payment.
    record(
        None, "zmiana-stanu", case=case, detail="oczekuje na opłatę → wycofana przez wnioskodawcę"
    )
    decide(case, staff["department"], settings, "2026-06-02T08:00:00")
    settings.ESERVICES_NOW = "2026-11-25T09:00:00"
    html = department_client.get(URL + "?rok=2026").content.decode()
    assert table(html, "Sprawy według e-usługi")["Razem"][3] == "0,0\u00a0% (0 z 1)"


def test_median_even_count_is_the_mean_of_the_middle_two(department_client, known_cases):
    html = department_client.get(URL + "?rok=2026").content.decode()
    per_service = table(html, "Sprawy według e-usługi")
    # handling days 2.0, 3.0, 4.5, 10.0 → (3.0 + 4.5) / 2 = 3.75 → 3,8
    assert per_service["Razem"][4] == "3,8"
    # 4.5 and 10.0 → 7.25 → 7,3 (half up)
    assert per_service["Stypendium szkolne"][4] == "7,3"
    assert per_service["Dowóz ucznia niepełnosprawnego – zwrot kosztów"][4] == "—"


def test_median_odd_count_is_the_middle_value(
    department_client, catalogue, staff, applicant_a, settings
):
    allowance = catalogue["zasilek-szkolny"]
    for submitted, decided in (
        ("2026-02-01T08:00:00", "2026-02-02T08:00:00"),  # 1 day
        ("2026-02-03T08:00:00", "2026-02-05T08:00:00"),  # 2 days
        ("2026-02-04T08:00:00", "2026-02-13T08:00:00"),  # 9 days (mean would be 4)
    ):
        decide(
            place_case(applicant_a, allowance, submitted), staff["department"], settings, decided
        )
    settings.ESERVICES_NOW = "2026-11-25T09:00:00"
    html = department_client.get(URL + "?rok=2026&usluga=zasilek-szkolny").content.decode()
    per_service = table(html, "Sprawy według e-usługi")
    assert list(per_service) == ["Zasiłek szkolny", "Razem"]
    assert per_service["Zasiłek szkolny"][:5] == ["3", "3", "3", "100,0\u00a0% (3 z 3)", "2,0"]


def test_median_helpers():
    assert median([]) is None
    assert median([5.0]) == 5.0
    assert median([9.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    assert str(median_days([0.04, 0.06])) == "0.1"
    assert format_int(1234) == "1234"
    assert format_int(12345) == "12\u00a0345"
    assert format_decimal(12345.25) == "12\u00a0345,3"


def test_filters_by_unit_and_service(department_client, known_cases, units):
    html = department_client.get(f"{URL}?rok=2026&jednostka={units['sp1'].home_id}").content
    per_unit = table(html.decode(), "Sprawy według jednostki prowadzącej")
    assert list(per_unit) == [units["sp1"].home.title, "Razem"]
    html = department_client.get(URL + "?rok=2026&jednostka=cuw").content.decode()
    assert table(html, "Sprawy według e-usługi")["Razem"][:3] == ["1", "0", "0"]
    html = department_client.get(URL + "?rok=2025").content.decode()
    assert table(html, "Sprawy według miesiąca złożenia")["grudzień"][:3] == ["1", "1", "1"]


def test_bad_filter_input_gives_a_message_and_the_default_view(department_client, known_cases):
    response = department_client.get(URL + "?rok=abc&usluga=nie-ma-takiej&jednostka=999999")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rok „abc” jest nieprawidłowy" in html
    assert "Nie ma e-usługi „nie-ma-takiej”" in html
    assert "Nie ma jednostki „999999”" in html
    # the default: the current year (the clock says 2026), all services and units
    assert table(html, "Sprawy według e-usługi")["Razem"][0] == "6"
    for query in ("?rok=99999999999999999999", "?rok=-1", "?rok=2026&jednostka=abc", "?rok=%00"):
        assert department_client.get(URL + query).status_code == 200
        assert department_client.get(CSV_URL + query).status_code == 200


def test_queries_do_not_grow_with_the_number_of_cases(
    department_client, known_cases, catalogue, units, staff, applicant_a, settings
):
    def count_queries(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert department_client.get(url).status_code == 200
        return len(queries)

    before = {url: count_queries(url) for url in (URL + "?rok=2026", CSV_URL + "?rok=2026")}
    services = list(catalogue.values())
    for index in range(24):
        service = services[index % len(services)]
        unit = (
            units[("sp1", "sp2", "pm1")[index % 3]] if service.handler == Handler.SCHOOL else None
        )
        case = place_case(applicant_a, service, f"2026-{index % 12 + 1:02d}-10T08:00:00", unit=unit)
        if index % 2:
            decide(case, staff["department"], settings, f"2026-{index % 12 + 1:02d}-20T08:00:00")
    settings.ESERVICES_NOW = "2026-11-25T09:00:00"
    after = {url: count_queries(url) for url in before}
    assert after == before
    assert before[URL + "?rok=2026"] < 40


# ------------------------------------------------------------------------------------ outputs
def test_csv_export(department_client, known_cases, units):
    response = department_client.get(CSV_URL + "?rok=2026")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="wskazniki-e-uslug-2026.csv"' in response["Content-Disposition"]
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:]), delimiter=";"))
    header, data = rows[0], rows[1:]
    assert header[:5] == ["zakres", "rok", "miesiąc", "usługa", "jednostka"]
    assert header[5:] == [
        "sprawy",
        "rozstrzygnięte",
        "w pełni online",
        "udział w pełni online (%)",
        "mediana czasu załatwienia (dni)",
    ]
    detail = [r for r in data if r[0] == "miesiąc, usługa, jednostka"]
    assert [
        "miesiąc, usługa, jednostka",
        "2026",
        "2026-03",
        "Stypendium szkolne",
        "Wydział Oświaty",
        "2",
        "2",
        "1",
        "50,0",
        "7,3",
    ] in detail
    assert [
        "miesiąc, usługa, jednostka",
        "2026",
        "2026-04",
        "Duplikat świadectwa lub legitymacji szkolnej",
        units["sp1"].home.title,
        "2",
        "1",
        "1",
        "100,0",
        "3,0",
    ] in detail
    assert sum(int(r[5]) for r in detail) == 6
    assert data[-1] == ["razem", "2026", "", "", "", "6", "4", "3", "75,0", "3,8"]
    units_total = {r[4]: r[5:] for r in data if r[0] == "suma: jednostka"}
    assert units_total["CUW"] == ["1", "0", "0", "", ""]
    filtered = department_client.get(CSV_URL + "?rok=2026&usluga=stypendium-szkolne")
    assert "wskazniki-e-uslug-2026-stypendium-szkolne.csv" in filtered["Content-Disposition"]


def test_charts_are_accessible_svg_with_the_values(department_client, known_cases):
    html = department_client.get(URL + "?rok=2026").content.decode()
    charts = svgs(html)
    assert set(charts) == {"wykres-uslugi", "wykres-jednostki", "wykres-miesiace", "wykres-mediana"}
    for svg in charts.values():
        assert svg.get("role") == "img"
        title = svg.find(f"{SVG_NS}title")
        desc = svg.find(f"{SVG_NS}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    texts = lambda svg: [t.text for t in svg.iter(f"{SVG_NS}text")]  # noqa: E731
    service_texts = texts(charts["wykres-uslugi"])
    assert "Stypendium szkolne" in service_texts
    assert service_texts[service_texts.index("Stypendium szkolne") + 1] == "2"
    month_texts = texts(charts["wykres-miesiace"])
    assert month_texts[month_texts.index("mar") - 1] == "2"  # value above, label under
    median_texts = texts(charts["wykres-mediana"])
    assert median_texts[median_texts.index("Stypendium szkolne") + 1] == "7,3"
    # each chart is paired with a data table with a caption and header cells
    assert html.count('<th scope="col">') >= 18
    assert html.count("<caption>") >= 3


def test_empty_year_renders_without_figures(department_client, catalogue):
    response = department_client.get(URL + "?rok=2030")
    assert response.status_code == 200
    html = response.content.decode()
    assert "W roku 2030 nie złożono spraw" in html
    assert table(html, "Sprawy według e-usługi")["Razem"][3] == "—\u00a0(0 z 0)".replace(
        "\u00a0", " "
    )


# ------------------------------------------------------------------------------------ demo
def test_seed_demo_fills_the_dashboard_once(department_client, catalogue, units, staff, settings):
    from demo.eservices import indicators as demo

    settings.ESERVICES_NOW = "2026-11-25T09:00:00"
    summary = demo.seed_demo()
    assert "dodano historię" in summary
    cases = Case.objects.count()
    assert cases >= 250
    decided = Case.objects.filter(decision__isnull=False)
    assert decided.count() > cases // 2
    assert decided.filter(decision__delivery_channel=DeliveryChannel.PAPER).exists()
    assert Case.objects.filter(unit_page_id=units["pm1"].home_id).exists()
    assert not Case.objects.filter(submitted_at__lt=at("2025-11-25T00:00:00")).exists()
    assert "już jest" in demo.seed_demo()
    assert Case.objects.count() == cases
    html = department_client.get(URL + "?rok=2026").content.decode()
    totals = table(html, "Sprawy według e-usługi")["Razem"]
    assert int(totals[0]) > 100
    share = float(totals[3].split("\u00a0")[0].replace(",", "."))
    assert 80 < share < 100  # a few paper deliveries, every fee paid online
