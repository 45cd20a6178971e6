"""The test kit's unit factory provisions everything a unit has (site, groups, workflow)."""

import pytest
from wagtail.models import Site, WorkflowPage

from cms.home.unit_types import UnitType
from cms.test_data.factories import DepartmentFactory, UnitFactory, unit_editor

pytestmark = pytest.mark.django_db


def test_a_unit_has_its_site_collection_groups_and_workflow():
    unit = UnitFactory(slug="pm7", unit_type=UnitType.KINDERGARTEN, phone="32 111 11 11")
    assert unit.home.live and unit.home.unit_type == UnitType.KINDERGARTEN
    assert unit.home.phone == "32 111 11 11"
    assert unit.site.hostname == "pm7.localhost" and unit.site.root_page_id == unit.home_id
    assert unit.collection.name == unit.home.short_name
    workflow = WorkflowPage.objects.get(page=unit.home).workflow
    assert list(workflow.tasks.specific()[0].groups.all()) == [unit.moderators_group]
    editor = unit_editor(unit)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert UnitFactory(slug="pm7", short_name=unit.home.short_name).pk == unit.pk


def test_the_department_is_the_default_site():
    home = DepartmentFactory()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
