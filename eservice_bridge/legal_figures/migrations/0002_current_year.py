"""The record of the figures in force (``data/current.yaml``), so every install has it."""

from django.db import migrations


def create_current(apps, schema_editor):
    from eservice_bridge.legal_figures.models import shipped_values

    LegalFigures = apps.get_model("legal_figures", "LegalFigures")
    values = shipped_values()
    LegalFigures.objects.get_or_create(start_year=values.pop("start_year"), defaults=values)


class Migration(migrations.Migration):
    dependencies = [("legal_figures", "0001_initial")]

    operations = [migrations.RunPython(create_current, migrations.RunPython.noop)]
