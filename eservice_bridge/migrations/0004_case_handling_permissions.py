"""``reveal_pesel`` beside ``handle_case``; both granted to the groups that handle cases.

Existing units' secretariat and moderators groups and the department's and CUW's staff groups
get both; website editors' groups lose them if they ever had them.
"""

from django.db import migrations

NAMES = {
    "handle_case": "Może prowadzić sprawy e-usług",
    "reveal_pesel": "Może odsłonić pełny numer PESEL w sprawie",
}
STAFF_GROUPS = ("Wydział Oświaty — pracownicy", "CUW — pracownicy")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Unit = apps.get_model("units", "Unit")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="eservice_bridge", model="case"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in NAMES.items()
    ]
    for unit in Unit.objects.select_related(
        "case_handlers_group", "moderators_group", "editors_group"
    ):
        unit.case_handlers_group.permissions.add(*permissions)
        unit.moderators_group.permissions.add(*permissions)
        unit.editors_group.permissions.remove(*permissions)
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("eservice_bridge", "0003_service_maturity_level"),
        ("units", "0004_unit_case_handlers_group_required"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="case",
            options={
                "ordering": ["-submitted_at"],
                "permissions": [
                    ("handle_case", "Może prowadzić sprawy e-usług"),
                    ("reveal_pesel", "Może odsłonić pełny numer PESEL w sprawie"),
                ],
                "verbose_name": "sprawa",
                "verbose_name_plural": "sprawy",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
