"""Create the secretariat group of every existing unit (admin access only)."""

from django.db import migrations


def create_case_handler_groups(apps, schema_editor):
    Unit = apps.get_model("units", "Unit")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for unit in Unit.objects.filter(case_handlers_group__isnull=True).select_related("home"):
        short_name = unit.home.short_name
        group, _created = Group.objects.get_or_create(name=f"{short_name} — sekretariat")
        group.permissions.add(access_admin)
        unit.case_handlers_group = group
        unit.save(update_fields=["case_handlers_group"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("units", "0002_unit_case_handlers_group"),
    ]

    operations = [migrations.RunPython(create_case_handler_groups, migrations.RunPython.noop)]
