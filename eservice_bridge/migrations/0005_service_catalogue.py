"""The shipped e-service catalogue (``catalogue/data/services.yaml``) in every database.

Only services missing by slug are created: a service the department edited is never changed.
Fields the historical model does not have yet are skipped, so later catalogue fields cannot break
this migration.
"""

from django.db import migrations


def create_missing(apps, schema_editor):
    from eservice_bridge.catalogue.seed import shipped_services

    Service = apps.get_model("eservice_bridge", "Service")
    fields = {field.name for field in Service._meta.get_fields()}
    for spec in shipped_services():
        values = {name: value for name, value in spec.items() if name in fields}
        slug = values.pop("slug")
        Service.objects.get_or_create(slug=slug, defaults=values)


class Migration(migrations.Migration):
    dependencies = [("eservice_bridge", "0004_case_handling_permissions")]

    operations = [migrations.RunPython(create_missing, migrations.RunPython.noop)]
