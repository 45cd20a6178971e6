"""Every unit gets a secretariat group that handles its e-service cases (not its editors)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("units", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="unit",
            name="case_handlers_group",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="handled_units",
                to="auth.group",
                verbose_name="grupa sekretariatu (sprawy e-usług)",
            ),
        ),
    ]
