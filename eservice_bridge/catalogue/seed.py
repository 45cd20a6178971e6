"""The e-service catalogue shipped as data (``data/services.yaml``), created or refreshed by slug.

The data migration ``eservice_bridge.0005_service_catalogue`` creates the services a database
lacks, so a production install has the catalogue without the demo; ``seed_eservices`` also
refreshes the shipped services (idempotent).
"""

from pathlib import Path

import yaml
from django.db import transaction

from .models import Service

CATALOGUE = Path(__file__).parent / "data" / "services.yaml"
# Fields a service spec may leave out; a refresh resets them to these values.
OPTIONAL = {
    "window_start_month": None,
    "window_start_day": None,
    "window_end_month": None,
    "window_end_day": None,
    "window_description": "",
    "fee": "0",
    "fee_description": "",
    "processing_time": "",
    "required_attachments": "",
    "appeal_instruction": "",
    "maturity_level": 3,
    "maturity_reason": "",
}

# libyaml's safe loader when PyYAML was built with it (about 8x faster), else the pure one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def shipped_services() -> list[dict]:
    """Every service of the shipped catalogue, optional fields filled in (slug included)."""
    specs = yaml.load(CATALOGUE.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (safe)
    return [{**OPTIONAL, **spec} for spec in specs]


@transaction.atomic
def seed_services() -> tuple[int, int]:
    """Create missing services and refresh shipped ones; returns (created, updated)."""
    created = updated = 0
    for spec in shipped_services():
        values = {
            name: Service._meta.get_field(name).to_python(value) for name, value in spec.items()
        }
        slug = values.pop("slug")
        Service(slug=slug, **values).full_clean(validate_unique=False)
        _obj, was_created = Service.objects.update_or_create(slug=slug, defaults=values)
        created += was_created
        updated += not was_created
    return created, updated
