"""``manage.py seed_demo --units 3``: what it builds, that it validates, and that it is idempotent.

The demo is seeded once per class (``setUpTestData``) and every test reads it.
"""

import datetime as dt
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, ReferenceIndex, Revision, Site

from cms.accessibility.models import AccessibilityStatementPage
from cms.announcements.models import Announcement, Audience
from cms.bip.models import DocumentPage
from cms.events.models import EventPage
from cms.home.models import DepartmentHomePage, SchoolHomePage
from cms.news.models import NewsPage
from cms.site_settings.contrast import AA_NORMAL_TEXT, contrast_ratio
from cms.site_settings.models import SiteSettings
from cms.standardpages.models import ContactPage, StandardPage
from cms.units.models import Unit
from cms.units.staff import CUW_STAFF_GROUP, DEPARTMENT_STAFF_GROUP
from demo import facts
from demo.accounts import (
    CUW_USERNAME,
    DEMO_PASSWORD,
    DEMO_TOTP_KEY,
    DEPARTMENT_USERNAME,
    SUPERUSER_USERNAME,
    editor_username,
    moderator_username,
    secretariat_username,
)
from demo.catalogue import unit_specs
from demo.models import DemoSeed

UNITS = 3
POLISH_LETTERS = re.compile(r"[ąćęłńóśźż]")


def snapshot() -> dict[str, int]:
    """Row counts of everything the seeder writes."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "sites": Site.objects.count(),
        "units": Unit.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "announcements": Announcement.objects.count(),
        "settings": SiteSettings.objects.count(),
        "tags": Tag.objects.count(),
        "seeds": DemoSeed.objects.count(),
    }


class SeededDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        out = StringIO()
        call_command("seed_demo", "--units", str(UNITS), stdout=out)
        cls.output = out.getvalue()
        cls.specs = unit_specs(UNITS)

    def children(self, home: Page, model) -> list:
        return list(model.objects.descendant_of(home).live())

    def test_department_is_the_default_site(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(site.hostname, "localhost")
        home = site.root_page.specific
        self.assertIsInstance(home, DepartmentHomePage)
        self.assertEqual(home.email, "oswiata@dabrowa-gornicza.pl")
        self.assertEqual(home.phone, "32 295 69 47")
        self.assertGreaterEqual(len(self.children(home, NewsPage)), 10)
        self.assertTrue(self.children(home, ContactPage))
        self.assertTrue(self.children(home, AccessibilityStatementPage))

    def test_every_unit_has_its_site_and_required_pages(self):
        now = timezone.now()
        for spec in self.specs:
            unit = Unit.objects.select_related("home", "site").get(slug=spec.slug)
            self.assertEqual(unit.site.hostname, f"{spec.slug}.localhost")
            home = unit.home
            self.assertEqual(home.official_name, spec.official_name)
            self.assertTrue(home.logo_id and home.principal and home.rspo_number)
            news = self.children(home, NewsPage)
            self.assertGreaterEqual(len(news), 20, spec.slug)
            self.assertTrue(any(page.main_image_id for page in news))
            self.assertTrue(all(page.tags.exists() for page in news[:5]))
            events = self.children(home, EventPage)
            self.assertTrue(any(event.start < now for event in events), spec.slug)
            self.assertTrue(any(event.start > now for event in events), spec.slug)
            standard = {page.slug for page in self.children(home, StandardPage)}
            self.assertLessEqual({"o-nas", "rekrutacja", "dla-rodzicow"}, standard)
            self.assertEqual(len(self.children(home, ContactPage)), 1)
            images = get_image_model().objects.filter(collection=unit.collection)
            self.assertEqual(images.count(), 3)  # logo and two illustrations

    def test_pages_are_live_with_a_live_revision(self):
        pages = Page.objects.filter(depth__gt=1)
        self.assertFalse(pages.filter(live=False).exists())
        self.assertFalse(pages.filter(live_revision__isnull=True).exists())
        self.assertFalse(pages.filter(has_unpublished_changes=True).exists())
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_every_seeded_page_passes_model_validation(self):
        for page in Page.objects.filter(depth__gt=1).specific():
            page.full_clean()

    def test_bulk_indexing_makes_content_searchable_and_usage_tracked(self):
        found = StandardPage.objects.live().search("stypendium")
        self.assertIn("stypendium-szkolne", {page.slug for page in found})
        news = NewsPage.objects.exclude(main_image=None).first()
        usage = ReferenceIndex.get_references_to(news.main_image)
        self.assertIn(news.pk, {int(ref.object_id) for ref in usage})

    def test_content_uses_polish_diacritics(self):
        titles = " ".join(NewsPage.objects.values_list("title", flat=True))
        self.assertGreaterEqual(len(POLISH_LETTERS.findall(titles.lower())), 50)
        names = " ".join(SchoolHomePage.objects.values_list("official_name", flat=True))
        self.assertIn("Dąbrowie Górniczej", names)

    def test_standard_pages_use_every_block_kind(self):
        kinds = set()
        for page in StandardPage.objects.all():
            kinds |= {block.block_type for block in page.body}
        expected = {"heading", "paragraph", "image", "documents", "table", "quote"}
        expected |= {"call_to_action", "faq", "eservice"}
        self.assertLessEqual(expected, kinds)
        slugs = {
            block.value["service_slug"]
            for page in StandardPage.objects.all()
            for block in page.body
            if block.block_type == "eservice"
        }
        self.assertLessEqual(
            {"rekrutacja", "stypendium-szkolne", "zasilek-szkolny", "duplikat-swiadectwa"}, slugs
        )

    def test_accessibility_statements_are_complete(self):
        today = timezone.localdate()
        statements = AccessibilityStatementPage.objects.all()
        self.assertEqual(statements.count(), UNITS + 1)
        for statement in statements:
            for name in (
                "entity_name",
                "site_url",
                "publication_date",
                "update_date",
                "prepared_date",
                "review_date",
                "non_accessible_content",
                "burden_analysis_url",
                "contact_person",
                "contact_email",
                "contact_phone",
                "architecture",
                "sign_language_interpreter",
                "mobile_apps",
            ):
                self.assertTrue(getattr(statement, name), f"{statement.entity_name}: {name}")
            self.assertLessEqual(statement.prepared_date, today)
            self.assertLessEqual(statement.publication_date, statement.update_date)

    def test_bip_documents_have_two_entry_change_register(self):
        for spec in self.specs:
            statute = DocumentPage.objects.get(url_path=f"/{spec.slug}/statut/")
            register = statute.change_register()
            self.assertEqual(len(register), 2)
            self.assertEqual(register[0].description, "Pierwsza publikacja")
            self.assertIn("§ 12", register[1].description)
            self.assertIn("7:30–16:00", str(statute.body))
            editor = get_user_model().objects.get(username=editor_username(spec.slug))
            self.assertEqual(statute.entered_by, editor.get_full_name())

    def test_site_settings_use_aa_contrast_colours(self):
        for site in Site.objects.all():
            settings = SiteSettings.for_site(site)
            settings.full_clean()
            self.assertGreaterEqual(
                contrast_ratio(settings.primary_text_colour, settings.primary_colour),
                AA_NORMAL_TEXT,
            )
            self.assertTrue(settings.logo_id and settings.accessibility_contact_email)
        colours = {SiteSettings.for_site(u.site).primary_colour for u in Unit.objects.all()}
        self.assertEqual(len(colours), UNITS)  # the three units are of three kinds

    def test_accounts_and_groups(self):
        users = get_user_model().objects
        self.assertTrue(users.get(username=SUPERUSER_USERNAME).is_superuser)
        self.assertTrue(
            users.get(username=DEPARTMENT_USERNAME).groups.filter(name=DEPARTMENT_STAFF_GROUP)
        )
        self.assertTrue(users.get(username=CUW_USERNAME).groups.filter(name=CUW_STAFF_GROUP))
        for spec in self.specs:
            unit = Unit.objects.get(slug=spec.slug)
            editor = users.get(username=editor_username(spec.slug))
            moderator = users.get(username=moderator_username(spec.slug))
            self.assertEqual(list(editor.groups.all()), [unit.editors_group])
            self.assertEqual(list(moderator.groups.all()), [unit.moderators_group])
            secretariat = users.get(username=secretariat_username(spec.slug))
            self.assertEqual(list(secretariat.groups.all()), [unit.case_handlers_group])
            self.assertTrue(secretariat.has_perm("eservice_bridge.handle_case"))
            self.assertFalse(editor.has_perm("eservice_bridge.handle_case"))
            self.assertTrue(editor.check_password(DEMO_PASSWORD))

    def test_demo_editor_can_log_in_to_the_admin(self):
        username = editor_username(self.specs[1].slug)
        response = self.client.post(
            "/admin/login/", {"username": username, "password": DEMO_PASSWORD}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        self.assertIn(DEMO_PASSWORD, self.output)
        self.assertIn(secretariat_username(self.specs[0].slug), self.output)

    def test_demo_moderator_signs_in_with_the_printed_totp_key(self):
        """Two-step sign-in stays easy to try: the key is printed, ``demo_totp`` gives a code."""
        import base64
        import io

        self.assertIn(base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode(), self.output)
        username = moderator_username(self.specs[0].slug)
        self.client.post("/admin/login/", {"username": username, "password": DEMO_PASSWORD})
        verify = self.client.get("/admin/")
        self.assertTrue(verify["Location"].startswith("/admin/dwuetapowe/weryfikacja/"))
        out = io.StringIO()
        call_command("demo_totp", stdout=out)
        response = self.client.post(
            "/admin/dwuetapowe/weryfikacja/", {"code": out.getvalue().strip(), "next": "/admin/"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_announcements_cover_audiences_and_states(self):
        announcements = Announcement.objects.all()
        self.assertEqual(
            set(announcements.values_list("audience", flat=True)), set(Audience.values)
        )
        self.assertEqual(
            set(announcements.values_list("priority", flat=True)),
            {"information", "important", "urgent"},
        )
        now = timezone.now()
        live = announcements.filter(live=True)
        self.assertTrue(live.filter(active_to__lt=now).exists())  # expired
        self.assertTrue(live.filter(active_from__gt=now).exists())  # future
        draft = announcements.get(live=False)
        self.assertIsNotNone(draft.latest_revision)
        active = Announcement.objects.active()
        self.assertFalse(active.filter(active_to__lt=now).exists())
        chosen = announcements.get(audience=Audience.CHOSEN_UNITS)
        self.assertEqual(chosen.units.count(), UNITS)
        kindergarten = Unit.objects.get(slug=self.specs[0].slug).home
        school = Unit.objects.get(slug=self.specs[1].slug).home
        by_type = announcements.filter(audience=Audience.UNIT_TYPES, unit_types=["przedszkole"])
        for announcement in by_type:
            self.assertTrue(announcement.targets_unit(kindergarten.unit_type, kindergarten.pk))
            self.assertFalse(announcement.targets_unit(school.unit_type, school.pk))

    def test_scholarship_and_recruitment_pages_state_the_facts(self):
        department = DepartmentHomePage.objects.get()
        scholarship = StandardPage.objects.child_of(department).get(slug="stypendium-szkolne")
        text = str(scholarship.body)
        for fact in (
            "823 zł",
            facts.scholarship().window_text,
            "99,20 zł",
            "248 zł",
            "459 zł",
            *facts.scholarship().documents,
        ):
            self.assertIn(fact, text)
        recruitment = StandardPage.objects.child_of(department).get(slug="rekrutacja")
        text = str(recruitment.body)
        schedule = facts.recruitment_facts(timezone.localdate())
        for stage in schedule.stages:
            self.assertIn(facts.polish_date(stage.start), text)
        for document in schedule.documents:
            self.assertIn(document, text)
        self.assertIn("Nie podaje się numerów PESEL rodziców", text)

    def test_school_pages_link_to_department_pages(self):
        department = DepartmentHomePage.objects.get()
        scholarship = Page.objects.child_of(department).get(slug="stypendium-szkolne")
        parents = StandardPage.objects.get(url_path=f"/{self.specs[1].slug}/dla-rodzicow/")
        targets = [
            block.value["page"].pk
            for block in parents.body
            if block.block_type == "call_to_action" and block.value["page"]
        ]
        self.assertEqual(targets, [scholarship.pk])

    def test_second_run_changes_nothing(self):
        before = snapshot()
        out = StringIO()
        call_command("seed_demo", "--units", str(UNITS), stdout=out)
        self.assertEqual(snapshot(), before)
        self.assertIn("pominięto", out.getvalue())

    def test_skip_if_seeded_returns_at_once(self):
        before = snapshot()
        out = StringIO()
        started = dt.datetime.now()
        call_command("seed_demo", "--skip-if-seeded", "--units", "60", stdout=out)
        self.assertLess((dt.datetime.now() - started).total_seconds(), 1.0)
        self.assertIn("już są w bazie", out.getvalue())
        self.assertEqual(snapshot(), before)

    def test_larger_run_adds_only_the_new_units(self):
        before = snapshot()
        call_command("seed_demo", "--units", str(UNITS + 1), stdout=StringIO())
        after = snapshot()
        self.assertEqual(after["units"], before["units"] + 1)
        self.assertEqual(after["announcements"], before["announcements"])
        self.assertEqual(after["seeds"], before["seeds"] + 1)
