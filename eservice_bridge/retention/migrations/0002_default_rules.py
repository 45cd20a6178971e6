"""The default retention rule of every shipped service that has none (staff edits are kept)."""

from django.db import migrations


def create_missing(apps, schema_editor):
    from eservice_bridge.retention.defaults import DEFAULT_RULES

    Service = apps.get_model("eservice_bridge", "Service")
    RetentionRule = apps.get_model("eservice_retention", "RetentionRule")
    for service in Service.objects.filter(retention_rule__isnull=True):
        values = DEFAULT_RULES.get(service.form_key) or DEFAULT_RULES.get(service.slug)
        if values is not None:
            RetentionRule.objects.create(service=service, **values)


class Migration(migrations.Migration):
    dependencies = [
        ("eservice_retention", "0001_retention_rules_and_case_endings"),
        ("eservice_bridge", "0005_service_catalogue"),
    ]

    operations = [migrations.RunPython(create_missing, migrations.RunPython.noop)]
