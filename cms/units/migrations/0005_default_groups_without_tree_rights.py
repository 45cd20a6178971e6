"""Wagtail's default "Editors" and "Moderators" groups lose their rights over the whole tree.

Wagtail's initial data gives both groups page permissions on the root page and image and
document permissions on the root collection: anyone put into them would edit every unit's
site. Rights here are per unit (``cms.units.provisioning``), so those grants are removed.
"""

from django.db import migrations

DEFAULT_GROUPS = ("Editors", "Moderators")


def remove_tree_rights(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission.objects.filter(group__name__in=DEFAULT_GROUPS, page__depth=1).delete()
    GroupCollectionPermission.objects.filter(
        group__name__in=DEFAULT_GROUPS, collection__depth=1
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("units", "0004_unit_case_handlers_group_required"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(remove_tree_rights, migrations.RunPython.noop)]
