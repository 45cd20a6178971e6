"""Seeding the demo: the department portal, N units with content, accounts and announcements.

Every site is seeded in its own transaction and recorded in ``DemoSeed``; a site that has a
record is skipped, so reseeding is idempotent and fast, and an interrupted seed resumes.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from cms.accessibility.models import AccessibilityStatementPage
from cms.bip.models import DocumentPage
from cms.events.models import EventIndexPage, EventPage
from cms.home.models import DepartmentHomePage
from cms.home.unit_types import UnitType
from cms.news.models import NewsIndexPage, NewsPage
from cms.site_settings.models import SiteSettings
from cms.standardpages.models import ContactPage, StandardPage
from cms.test_data.factories import DepartmentFactory, UnitFactory
from cms.units.staff import ensure_department_groups
from static_builds.coalescing import suspended as static_builds_suspended

from . import accounts, department_content, facts, unit_content
from .announcements import create_announcements
from .catalogue import UnitSpec, unit_rng, unit_specs
from .documents import odt_bytes
from .events_corpus import DEPARTMENT_EVENTS
from .images import (
    ILLUSTRATIONS,
    ILLUSTRATIONS_BY_KEY,
    LOGO_SIZE,
    PHOTO_SIZE,
    illustration_png,
    logo_png,
)
from .indexing import BulkIndexer, deferred_chatbot_indexing, deferred_indexing
from .models import ANNOUNCEMENTS_KEY, DEPARTMENT_KEY, DemoSeed
from .page_writer import add_live_child, add_live_children, publish_versions, update_live_page
from .people import make_person
from .theme import DEPARTMENT_THEME, Theme, theme_for
from .unit_content import DepartmentLinks, NewsItem, PageDraft, UnitMedia

DEPARTMENT_COLLECTION = "Wydział Oświaty"

# Which two pool illustrations each kind of unit uses (besides its own logo).
ILLUSTRATIONS_FOR_TYPE = {
    "przedszkole": ("przedszkole", "uroczystosc"),
    "szkola-podstawowa": ("sport", "biblioteka"),
    "liceum": ("biblioteka", "wycieczka"),
    "szkola-zawodowa": ("zajecia", "sport"),
    "zespol-szkol": ("wycieczka", "zajecia"),
    "osrodek-specjalny": ("zajecia", "uroczystosc"),
    "poradnia": ("zajecia", "biblioteka"),
    "mdk": ("uroczystosc", "zajecia"),
}


class SeedError(Exception):
    """Seeding a site failed; that site's transaction was rolled back."""


@dataclass
class SeedResult:
    seeded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0


def public_site_url(hostname: str) -> str:
    port = settings.PUBLIC_PORT
    default_port = {"http": 80, "https": 443}.get(settings.PUBLIC_SCHEME)
    suffix = "" if port in (None, default_port) else f":{port}"
    return f"{settings.PUBLIC_SCHEME}://{hostname}{suffix}/"


@contextmanager
def _quiet_wagtail_logs() -> Iterator[None]:
    """Wagtail logs every page edit at INFO; seeding thousands of pages would flood the console."""
    logger = logging.getLogger("wagtail")
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)


class DemoSeeder:
    def __init__(
        self,
        *,
        units: int,
        log: Callable[[str], None] = lambda message: None,
        today: dt.date | None = None,
    ) -> None:
        self.specs = unit_specs(units)
        self.log = log
        self.today = today or timezone.localdate()
        self.tz = timezone.get_current_timezone()
        self.now = timezone.now()
        self.links = DepartmentLinks()
        self.reindex_site: Callable[[int], None] = lambda page_id: None

    # --- orchestration ---------------------------------------------------------------

    def run(self) -> SeedResult:
        result = SeedResult()
        started = time.monotonic()
        done = set(DemoSeed.objects.values_list("key", flat=True))
        # Static builds are requested per change; seeding builds nothing (make run builds after).
        with (
            _quiet_wagtail_logs(),
            static_builds_suspended(),
            deferred_chatbot_indexing() as self.reindex_site,
            deferred_indexing() as indexer,
        ):
            if DEPARTMENT_KEY in done:
                result.skipped.append(DEPARTMENT_KEY)
            elif self._in_transaction(self._seed_department, indexer, "Wydział Oświaty"):
                result.seeded.append(DEPARTMENT_KEY)
                self.log("Wydział Oświaty: portal, strony, konta — gotowe")
            else:
                result.skipped.append(DEPARTMENT_KEY)
                self.log("Wydział Oświaty: portal ma już strony — treści demo pominięto")
            self.links = self._department_links()
            total = len(self.specs)
            for number, spec in enumerate(self.specs, start=1):
                if spec.slug in done:
                    result.skipped.append(spec.slug)
                    continue
                unit_started = time.monotonic()
                seeded = self._in_transaction(
                    lambda ix, spec=spec: self._seed_unit(spec, ix), indexer, spec.slug
                )
                (result.seeded if seeded else result.skipped).append(spec.slug)
                outcome = (
                    f"{time.monotonic() - unit_started:.1f} s"
                    if seeded
                    else "serwis ma już strony — treści demo pominięto"
                )
                self.log(f"[{number}/{total}] {spec.short_name} ({spec.slug}) — {outcome}")
            if ANNOUNCEMENTS_KEY not in done:
                self._in_transaction(self._seed_announcements, indexer, "komunikaty")
                result.seeded.append(ANNOUNCEMENTS_KEY)
        result.seconds = time.monotonic() - started
        return result

    @staticmethod
    def _in_transaction(
        step: Callable[[BulkIndexer], bool | None], indexer: BulkIndexer, label: str
    ) -> bool:
        """Run one site's step atomically; returns whether it wrote the site's content."""
        try:
            with transaction.atomic():
                seeded = step(indexer) is not False
                indexer.flush()
                return seeded
        except ValueError as error:  # provisioning rejects clashing names, slugs, hostnames
            raise SeedError(f"{label}: {error} (zmiany tego serwisu wycofano)") from error

    # --- shared helpers ----------------------------------------------------------------

    def _published_at(self, day: dt.date, hour: int = 9) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour), tzinfo=self.tz)

    @staticmethod
    def _image(title: str, data: bytes, filename: str, collection: Collection, user, size):
        image_model = get_image_model()
        image = image_model(title=title, collection=collection, uploaded_by_user=user)
        image.file = ContentFile(data, name=filename)
        image.width, image.height = size
        image._set_image_file_metadata()
        image.save()
        return image

    @staticmethod
    def _document(title: str, data: bytes, filename: str, collection: Collection, user):
        document_model = get_document_model()
        document = document_model(title=title, collection=collection, uploaded_by_user=user)
        document.file = ContentFile(data, name=filename)
        document._set_document_file_metadata()
        document.save()
        return document

    def _illustrations(self, keys, prefix: str, collection: Collection, user):
        result = []
        for key in keys:
            illustration = ILLUSTRATIONS_BY_KEY[key]
            image = self._image(
                illustration.title,
                illustration_png(key),
                f"{prefix}-{key}.png",
                collection,
                user,
                PHOTO_SIZE,
            )
            result.append((image.pk, illustration))
        return result

    def _site_settings(self, site: Site, theme: Theme, logo, logo_alt: str, **values) -> None:
        settings_obj = SiteSettings.for_site(site)
        settings_obj.primary_colour = theme.primary
        settings_obj.primary_text_colour = theme.primary_text
        settings_obj.accent_colour = theme.accent
        settings_obj.logo = logo
        settings_obj.logo_alt = logo_alt
        for name, value in values.items():
            setattr(settings_obj, name, value)
        settings_obj.full_clean()
        settings_obj.save()

    def _news(self, index: NewsIndexPage, items: list[NewsItem], user, indexer) -> None:
        pages = []
        for item in items:
            page = NewsPage(
                title=item.title,
                slug=item.slug,
                date=item.date,
                lead=item.lead,
                summary=item.lead,
                body=item.body,
            )
            if item.main_image:
                page.main_image_id = item.main_image[0]
                page.main_image_alt = item.main_image[1].alt_text
            page.tags.add(*item.tags)
            pages.append((page, self._published_at(item.date)))
        add_live_children(index, pages, user=user, indexer=indexer)

    def _events(self, index: EventIndexPage, items, user, indexer) -> None:
        pages = []
        for item in items:
            page = EventPage(
                title=item.title,
                slug=item.slug,
                start=item.start,
                end=item.end,
                place=item.place,
                lead=item.lead,
                summary=item.lead,
                body=item.body,
                registration_url=item.registration_url,
            )
            pages.append((page, min(item.start - dt.timedelta(days=14), self.now)))
        add_live_children(index, pages, user=user, indexer=indexer)

    def _standard(self, parent: Page, draft: PageDraft, user, indexer) -> StandardPage:
        page = StandardPage(
            title=draft.title,
            slug=draft.slug,
            summary=draft.summary,
            body=draft.body,
            show_in_menus=True,
        )
        return add_live_child(
            parent, page, published_at=self._published_at(self.today), user=user, indexer=indexer
        )

    # --- department --------------------------------------------------------------------

    def _seed_department(self, indexer: BulkIndexer) -> bool:
        fields = department_content.home_fields()
        home = DepartmentFactory(**fields)
        home = DepartmentHomePage.objects.get(pk=home.pk)
        department_group, cuw_group = ensure_department_groups()
        admin = accounts.ensure_user(
            accounts.SUPERUSER_USERNAME, email="admin@example.pl", superuser=True
        )
        staff = accounts.ensure_user(
            accounts.DEPARTMENT_USERNAME,
            person=department_content.DEPARTMENT_COORDINATOR,
            email="wydzial-oswiaty@example.pl",
            groups=(department_group,),
        )
        accounts.ensure_user(
            accounts.CUW_USERNAME,
            person=make_person(unit_rng("cuw", "accounts")),
            email="cuw@example.pl",
            groups=(cuw_group,),
        )
        if Page.objects.child_of(home).exists():
            return False  # content made by people, not by the demo: leave it alone

        root_collection = Collection.get_first_root_node()
        collection = root_collection.get_children().filter(name=DEPARTMENT_COLLECTION).first()
        if collection is None:
            collection = root_collection.add_child(instance=Collection(name=DEPARTMENT_COLLECTION))
        logo = self._image(
            "Logo Wydziału Oświaty",
            logo_png("WO", DEPARTMENT_THEME.primary),
            "wydzial-logo.png",
            collection,
            admin,
            LOGO_SIZE,
        )
        illustrations = self._illustrations(
            [item.key for item in ILLUSTRATIONS[:3]], "wydzial", collection, admin
        )
        s = facts.scholarship()
        scholarship_form = self._document(
            "Wniosek o przyznanie stypendium szkolnego",
            odt_bytes(
                "Wniosek o przyznanie stypendium szkolnego",
                [
                    f"Termin składania: {s.window_text}.",
                    f"Próg dochodowy: {facts.pln(s.income_threshold_pln)} netto na osobę.",
                    "Załączniki: " + "; ".join(s.documents) + ".",
                ],
            ),
            "wniosek-stypendium-szkolne.odt",
            collection,
            admin,
        )
        recruitment = facts.recruitment_facts(self.today)
        rules = self._document(
            f"Regulamin rekrutacji {recruitment.school_year}",
            odt_bytes(
                f"Regulamin rekrutacji {recruitment.school_year}",
                [f"{st.name}: {st.start:%Y-%m-%d} – {st.end:%Y-%m-%d}" for st in recruitment.stages]
                + list(recruitment.documents),
            ),
            "regulamin-rekrutacji.odt",
            collection,
            admin,
        )
        home = update_live_page(
            home,
            staff,
            indexer,
            sign_language_video_url="https://wideo.example.pl/pjm/wydzial-oswiaty",
            body=[
                unit_content.stream.image(
                    illustrations[0][0], illustrations[0][1].alt_text, "Portal edukacyjny"
                ),
                unit_content.stream.paragraph(fields["intro"]),
            ],
        )
        site = Site.objects.get(root_page=home)
        self._site_settings(
            site,
            DEPARTMENT_THEME,
            logo,
            "Logo Wydziału Oświaty",
            footer_text=department_content.DEPARTMENT_NAME,
            footer_phone=department_content.DEPARTMENT_PHONE,
            footer_email=department_content.DEPARTMENT_EMAIL,
            bip_url="https://bip.example.pl/wydzial-oswiaty",
            facebook_url="https://www.facebook.com/example-wydzial-oswiaty",
            accessibility_contact_name=department_content.DEPARTMENT_COORDINATOR.full_name,
            accessibility_contact_email="dostepnosc@example.pl",
            accessibility_contact_phone=department_content.DEPARTMENT_PHONE,
        )

        news_index = add_live_child(
            home,
            NewsIndexPage(title="Aktualności", slug="aktualnosci", show_in_menus=True),
            published_at=self._published_at(self.today),
            user=staff,
            indexer=indexer,
        )
        news = department_content.department_news(self.today)
        for position, item in enumerate(news):
            if position % 3 == 0:
                item.main_image = illustrations[position % len(illustrations)]
        self._news(news_index, news, staff, indexer)
        event_index = add_live_child(
            home,
            EventIndexPage(title="Wydarzenia", slug="wydarzenia", show_in_menus=True),
            published_at=self._published_at(self.today),
            user=staff,
            indexer=indexer,
        )
        self._events(
            event_index,
            unit_content.event_items(
                DEPARTMENT_EVENTS, frozenset({"department"}), self.today, self.tz
            ),
            staff,
            indexer,
        )
        recruitment_page = self._standard(
            home, department_content.recruitment_page(self.today, rules.pk), staff, indexer
        )
        scholarship_page = self._standard(
            home, department_content.scholarship_page(scholarship_form.pk), staff, indexer
        )
        for draft in (
            department_content.allowance_page(),
            department_content.transport_page(),
            department_content.kindergarten_fees_page(),
            department_content.young_workers_page(),
            department_content.faq_page(recruitment_page.pk, scholarship_page.pk),
        ):
            self._standard(home, draft, staff, indexer)
        publish_versions(
            home,
            DocumentPage(),
            department_content.recruitment_order(self.today),
            author=staff,
            publisher=staff,
            indexer=indexer,
        )
        publish_versions(
            home,
            DocumentPage(),
            [
                unit_content.burden_analysis(
                    department_content.DEPARTMENT_NAME,
                    department_content.DEPARTMENT_HEAD.full_name,
                    self.today,
                )
            ],
            author=staff,
            publisher=staff,
            indexer=indexer,
        )
        add_live_child(
            home,
            ContactPage(
                title="Kontakt",
                slug="kontakt",
                show_in_menus=True,
                intro=f"{department_content.DEPARTMENT_NAME}, ul. Graniczna 21, "
                "41-300 Dąbrowa Górnicza.",
                body=[
                    unit_content.stream.paragraph(
                        f"E-mail: {department_content.DEPARTMENT_EMAIL}, "
                        f"tel. {department_content.DEPARTMENT_PHONE}."
                    )
                ],
                map_description="Wejście od ul. Granicznej; przy budynku przystanek "
                "autobusowy i parking z miejscami dla osób z niepełnosprawnościami.",
            ),
            published_at=self._published_at(self.today),
            user=staff,
            indexer=indexer,
        )
        add_live_child(
            home,
            AccessibilityStatementPage(
                **unit_content.accessibility_fields(
                    entity_name=department_content.DEPARTMENT_NAME,
                    site_url=public_site_url(site.hostname),
                    today=self.today,
                    index=0,
                    coordinator=department_content.DEPARTMENT_COORDINATOR,
                    email="dostepnosc@example.pl",
                    phone=department_content.DEPARTMENT_PHONE,
                    audited=True,
                )
            ),
            published_at=self._published_at(self.today),
            user=staff,
            indexer=indexer,
        )
        DemoSeed.objects.create(key=DEPARTMENT_KEY, home=home)
        self.reindex_site(home.pk)
        return True

    def _department_links(self) -> DepartmentLinks:
        home = DepartmentHomePage.objects.order_by("path").first()
        if home is None:
            return DepartmentLinks()
        ids = dict(
            Page.objects.child_of(home)
            .filter(
                slug__in=[
                    department_content.RECRUITMENT_SLUG,
                    department_content.SCHOLARSHIP_SLUG,
                    department_content.ALLOWANCE_SLUG,
                ]
            )
            .values_list("slug", "pk")
        )
        return DepartmentLinks(
            recruitment_page_id=ids.get(department_content.RECRUITMENT_SLUG),
            scholarship_page_id=ids.get(department_content.SCHOLARSHIP_SLUG),
            allowance_page_id=ids.get(department_content.ALLOWANCE_SLUG),
        )

    # --- units -------------------------------------------------------------------------

    def _seed_unit(self, spec: UnitSpec, indexer: BulkIndexer) -> bool:
        grammar = spec.grammar
        unit = UnitFactory(
            slug=spec.slug,
            official_name=spec.official_name,
            short_name=spec.short_name,
            unit_type=spec.unit_type,
            **spec.home_fields(),
        )
        rng = unit_rng(spec.slug, "accounts")
        editor = accounts.ensure_user(
            accounts.editor_username(spec.slug),
            person=make_person(rng),
            email=f"redaktor.{spec.email}",
            groups=(unit.editors_group,),
        )
        moderator = accounts.ensure_user(
            accounts.moderator_username(spec.slug),
            person=spec.principal,
            email=f"dyrektor.{spec.email}",
            groups=(unit.moderators_group,),
        )
        accounts.ensure_user(
            accounts.secretariat_username(spec.slug),
            person=spec.secretary,
            email=f"sekretariat.{spec.email}",
            groups=(unit.case_handlers_group,),
        )
        if Page.objects.child_of(unit.home).exists():
            return False  # content made by people, not by the demo: leave it alone
        theme = theme_for(spec.unit_type)
        logo = self._image(
            f"Logo — {spec.short_name}",
            logo_png(spec.short_name, theme.primary),
            f"{spec.slug}-logo.png",
            unit.collection,
            editor,
            LOGO_SIZE,
        )
        illustrations = self._illustrations(
            ILLUSTRATIONS_FOR_TYPE[spec.unit_type], spec.slug, unit.collection, editor
        )
        recruitment = unit_content.unit_recruitment_facts(spec, self.today)
        school_year = recruitment.school_year if recruitment else ""
        rules_title, form_title = {
            UnitType.COUNSELLING_CENTRE: (
                "Regulamin przyjęć",
                "Wniosek o wydanie opinii lub orzeczenia",
            ),
            UnitType.YOUTH_CULTURE_CENTRE: ("Regulamin zajęć", "Karta zgłoszenia na zajęcia"),
        }.get(UnitType(spec.unit_type), ("Regulamin rekrutacji", "Wniosek o przyjęcie"))
        rules = self._document(
            f"{rules_title} — {spec.short_name}",
            odt_bytes(
                f"{rules_title}: {spec.name_without_city}",
                [
                    f"Rok szkolny {school_year}." if school_year else spec.official_name,
                    *(recruitment.documents if recruitment else ()),
                ],
            ),
            f"{spec.slug}-regulamin.odt",
            unit.collection,
            editor,
        )
        form = self._document(
            f"{form_title} — {spec.short_name}",
            odt_bytes(
                f"{form_title}: {spec.name_without_city}",
                [facts.recruitment_facts(self.today).data_note, "Podpis: ____________________"],
            ),
            f"{spec.slug}-wniosek.odt",
            unit.collection,
            editor,
        )
        media = UnitMedia(
            logo_id=logo.pk,
            illustrations=illustrations,
            recruitment_rules_id=rules.pk,
            application_form_id=form.pk,
        )
        home = type(unit.home).objects.get(pk=unit.home_id)
        home = update_live_page(
            home,
            moderator,
            indexer,
            logo=logo,
            intro=f"Witamy na stronie: {spec.official_name}. Zapraszamy do lektury aktualności "
            "i kalendarza wydarzeń.",
            summary=f"{spec.name_without_city} — {spec.address}, {spec.postal_code} "
            "Dąbrowa Górnicza.",
            easy_read=(
                f"To jest strona: {spec.name_without_city}. Nasz adres: {spec.address}. "
                f"Dyrektor to {spec.principal.full_name}. Możesz do nas zadzwonić: "
                f"{spec.phone}."
            ),
            sign_language_video_url=f"https://wideo.example.pl/pjm/{spec.slug}",
            body=[
                unit_content.stream.image(
                    illustrations[0][0], illustrations[0][1].alt_text, spec.short_name
                ),
                unit_content.stream.paragraph(
                    f"Jesteśmy {grammar.instrumental} w Dąbrowie Górniczej. Dyrektor: "
                    f"{spec.principal.full_name}."
                ),
            ],
        )
        site_url = public_site_url(unit.site.hostname)
        self._site_settings(
            unit.site,
            theme,
            logo,
            f"Logo: {spec.short_name}",
            footer_text=spec.official_name,
            footer_phone=spec.phone,
            footer_email=spec.email,
            bip_url=f"{site_url}statut/",
            facebook_url=f"https://www.facebook.com/example-{spec.slug}",
            accessibility_contact_name=spec.coordinator.full_name,
            accessibility_contact_email=f"dostepnosc.{spec.email}",
            accessibility_contact_phone=spec.phone,
        )

        about = self._standard(
            home, unit_content.about_page(spec, media, contact_page_id=None), editor, indexer
        )
        news_index = add_live_child(
            home,
            NewsIndexPage(
                title="Aktualności",
                slug="aktualnosci",
                show_in_menus=True,
                intro=f"Co słychać w {grammar.locative}.",
            ),
            published_at=self._published_at(self.today),
            user=editor,
            indexer=indexer,
        )
        self._news(news_index, unit_content.news_items(spec, self.today, media), editor, indexer)
        event_index = add_live_child(
            home,
            EventIndexPage(title="Wydarzenia", slug="wydarzenia", show_in_menus=True),
            published_at=self._published_at(self.today),
            user=editor,
            indexer=indexer,
        )
        self._events(
            event_index, unit_content.unit_events(spec, self.today, self.tz), editor, indexer
        )
        self._standard(
            home,
            unit_content.recruitment_page(spec, self.today, media, self.links),
            editor,
            indexer,
        )
        self._standard(home, unit_content.parents_page(spec, self.links), editor, indexer)
        self._standard(home, unit_content.office_page(spec), editor, indexer)
        publish_versions(
            home,
            DocumentPage(),
            unit_content.bip_statute(spec, self.today),
            author=editor,
            publisher=moderator,
            indexer=indexer,
        )
        publish_versions(
            home,
            DocumentPage(),
            [
                unit_content.burden_analysis(
                    spec.official_name, spec.principal.full_name, self.today
                )
            ],
            author=editor,
            publisher=moderator,
            indexer=indexer,
        )
        contact = add_live_child(
            home,
            ContactPage(show_in_menus=True, **unit_content.contact_fields(spec)),
            published_at=self._published_at(self.today),
            user=editor,
            indexer=indexer,
        )
        add_live_child(
            home,
            AccessibilityStatementPage(
                **unit_content.accessibility_fields(
                    entity_name=spec.official_name,
                    site_url=site_url,
                    today=self.today,
                    index=spec.index,
                    coordinator=spec.coordinator,
                    email=f"dostepnosc.{spec.email}",
                    phone=spec.phone,
                    audited=spec.index % 5 == 0,
                )
            ),
            published_at=self._published_at(self.today),
            user=editor,
            indexer=indexer,
        )
        # The "about" page's call to action points at the contact page, created last so that
        # it ends the menu.
        about_draft = unit_content.about_page(spec, media, contact_page_id=contact.pk)
        update_live_page(about, editor, indexer, body=about_draft.body)
        DemoSeed.objects.create(key=spec.slug, home=home)
        self.reindex_site(home.pk)
        return True

    # --- announcements -----------------------------------------------------------------

    def _seed_announcements(self, indexer: BulkIndexer) -> None:
        author = get_user_model().objects.filter(username=accounts.DEPARTMENT_USERNAME).first()
        create_announcements(now=self.now, today=self.today, author=author, indexer=indexer)
        home = DepartmentHomePage.objects.order_by("path").first()
        DemoSeed.objects.create(key=ANNOUNCEMENTS_KEY, home=home)


def run_seed(units: int, log: Callable[[str], None] = lambda message: None) -> SeedResult:
    return DemoSeeder(units=units, log=log).run()
