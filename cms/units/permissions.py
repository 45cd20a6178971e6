"""Permission lookups shared by unit provisioning and department staff groups."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page
from wagtail.models.media import Collection

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")

# Page permission types, as Wagtail names them (codename prefix of "<type>_page").
EDITOR_PAGE_PERMISSIONS = ("add", "change")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")

# Collection permission actions for images and documents.
EDITOR_MEDIA_ACTIONS = ("add", "change", "choose")
MODERATOR_MEDIA_ACTIONS = ("add", "change", "delete", "choose")


def admin_access_permission() -> Permission:
    """The permission that lets a user log in to the Wagtail admin."""
    app_label, model, codename = ADMIN_ACCESS
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": "Can access Wagtail admin"},
    )
    return permission


def model_permissions(model: type[Model], actions: tuple[str, ...]) -> list[Permission]:
    """``<action>_<model>`` permissions of a model, created if a migration has not yet made them."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    model_name = model._meta.model_name
    existing = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type=content_type, codename__in=[f"{a}_{model_name}" for a in actions]
        )
    }
    permissions = []
    for action in actions:
        codename = f"{action}_{model_name}"
        if codename not in existing:
            existing[codename] = Permission.objects.create(
                content_type=content_type,
                codename=codename,
                name=f"Can {action} {model._meta.verbose_name_raw}",
            )
        permissions.append(existing[codename])
    return permissions


def grant_page_permissions(group: Group, page: Page, actions: tuple[str, ...]) -> None:
    """Give ``group`` exactly ``actions`` on ``page`` and its subtree (idempotent)."""
    wanted = model_permissions(Page, actions)
    current = GroupPagePermission.objects.filter(group=group, page=page)
    current.exclude(permission__in=wanted).delete()
    have = set(current.values_list("permission_id", flat=True))
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page=page, permission=permission)
            for permission in wanted
            if permission.pk not in have
        ]
    )


def grant_collection_permissions(
    group: Group, collection: Collection, actions: tuple[str, ...]
) -> None:
    """Give ``group`` exactly ``actions`` on images and documents of ``collection``."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    wanted = [
        *model_permissions(get_image_model(), actions),
        *model_permissions(get_document_model(), actions),
    ]
    current = GroupCollectionPermission.objects.filter(group=group, collection=collection)
    current.exclude(permission__in=wanted).delete()
    have = set(current.values_list("permission_id", flat=True))
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for permission in wanted
            if permission.pk not in have
        ]
    )
