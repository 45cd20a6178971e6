"""The service catalogue ships as data: every migrated database has it, without the demo."""

import importlib

import pytest
from django.apps import apps

from eservice_bridge.catalogue.models import Service
from eservice_bridge.catalogue.seed import seed_services, shipped_services
from eservice_bridge.retention.models import RetentionRule

pytestmark = pytest.mark.django_db

catalogue_migration = importlib.import_module("eservice_bridge.migrations.0005_service_catalogue")


def test_a_migrated_database_has_the_shipped_catalogue_and_retention_rules():
    shipped = {spec["slug"]: spec for spec in shipped_services()}
    assert len(shipped) == 7
    assert set(Service.objects.values_list("slug", flat=True)) == set(shipped)
    scholarship = Service.objects.get(slug="stypendium-szkolne")
    assert scholarship.case_symbol == shipped["stypendium-szkolne"]["case_symbol"]
    assert "PUODO" in scholarship.information_clause
    assert scholarship.maturity_level == 5
    assert RetentionRule.objects.filter(service__slug__in=shipped).count() == len(shipped)
    for service in Service.objects.all():
        service.full_clean()  # the shipped texts are valid, placeholders included


def test_the_migration_never_overwrites_what_the_department_edited():
    Service.objects.filter(slug="zasilek-szkolny").update(name="Zasiłek szkolny (zmieniony)")
    Service.objects.filter(slug="pismo-ogolne").delete()
    catalogue_migration.create_missing(apps, None)
    assert Service.objects.get(slug="zasilek-szkolny").name == "Zasiłek szkolny (zmieniony)"
    assert Service.objects.filter(slug="pismo-ogolne").exists()  # a missing one comes back


def test_seed_eservices_refreshes_the_shipped_services():
    Service.objects.filter(slug="zasilek-szkolny").update(name="Stara nazwa")
    assert seed_services() == (0, 7)
    assert Service.objects.get(slug="zasilek-szkolny").name == "Zasiłek szkolny"
