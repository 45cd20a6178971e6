"""Every generated page body of every curated unit passes the block library's validation.

The seeder writes pages without per-save validation (for speed); this test validates the
content of all 60 units (the seeded-demo tests validate the pages of a few units in the DB).
"""

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.core.blocks import BodyStreamBlock
from demo import department_content, unit_content
from demo.catalogue import CURATED_COUNT, unit_specs
from demo.documents import odt_bytes
from demo.images import ILLUSTRATIONS, illustration_png

TODAY = dt.date(2026, 11, 25)


def _validate(body: list[dict]) -> None:
    block = BodyStreamBlock()
    block.clean(block.to_python(body))


@pytest.fixture
def media(db) -> unit_content.UnitMedia:
    image = get_image_model()(title="Ilustracja", width=960, height=540)
    image.file = ContentFile(illustration_png(ILLUSTRATIONS[0].key), name="test.png")
    image.save()
    document_ids = []
    for title in ("Regulamin", "Wniosek"):
        document = get_document_model()(title=title)
        document.file = ContentFile(odt_bytes(title, ["Treść"]), name="test.odt")
        document.save()
        document_ids.append(document.pk)
    return unit_content.UnitMedia(
        logo_id=image.pk,
        illustrations=[(image.pk, ILLUSTRATIONS[0])],
        recruitment_rules_id=document_ids[0],
        application_form_id=document_ids[1],
    )


def test_unit_pages_of_every_curated_unit_are_valid(media):
    page_id = Page.get_first_root_node().pk
    links = unit_content.DepartmentLinks(page_id, page_id, page_id)
    for spec in unit_specs(CURATED_COUNT):
        drafts = [
            unit_content.about_page(spec, media, contact_page_id=page_id),
            unit_content.recruitment_page(spec, TODAY, media, links),
            unit_content.parents_page(spec, links),
            unit_content.office_page(spec),
        ]
        assert len({draft.slug for draft in drafts}) == len(drafts), spec.slug
        for draft in drafts:
            _validate(draft.body)
        for item in unit_content.news_items(spec, TODAY, media):
            _validate(item.body)
        _validate(unit_content.contact_fields(spec)["body"])
        for version in unit_content.bip_statute(spec, TODAY):
            _validate(version["body"])


def test_department_pages_are_valid(media):
    page_id = Page.get_first_root_node().pk
    for draft in (
        department_content.recruitment_page(TODAY, media.recruitment_rules_id),
        department_content.scholarship_page(media.application_form_id),
        department_content.allowance_page(),
        department_content.transport_page(),
        department_content.kindergarten_fees_page(),
        department_content.young_workers_page(),
        department_content.faq_page(page_id, page_id),
    ):
        _validate(draft.body)
    for version in department_content.recruitment_order(TODAY):
        _validate(version["body"])
