"""Each e-service declares its maturity level with a reason (catalogue fields)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from eservice_bridge.catalogue.models import MaturityLevel, Service


@pytest.fixture
def catalogue(db):
    call_command("seed_eservices", verbosity=0)
    return Service.objects.all()


def test_the_seeded_catalogue_declares_every_level_with_a_reason(catalogue):
    for service in catalogue:
        assert service.maturity_level in MaturityLevel.values
        assert service.maturity_reason.strip(), service.slug
    levels = dict(catalogue.values_list("slug", "maturity_level"))
    assert levels["stypendium-szkolne"] == MaturityLevel.PERSONALISATION


def test_a_level_above_one_needs_its_reason(catalogue):
    service = catalogue.get(slug="zasilek-szkolny")
    service.maturity_reason = "  "
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "maturity_reason" in error.value.message_dict
    service.maturity_level = MaturityLevel.INFORMATION
    service.full_clean()
