"""A unit's secretariat group is required from now on."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("units", "0003_create_case_handler_groups"),
    ]

    operations = [
        migrations.AlterField(
            model_name="unit",
            name="case_handlers_group",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="handled_units",
                to="auth.group",
                verbose_name="grupa sekretariatu (sprawy e-usług)",
            ),
        ),
    ]
