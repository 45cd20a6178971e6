"""Department-wide staff groups and the question "which units may this user work on?"."""

from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Workflow,
    WorkflowContentType,
    WorkflowTask,
)

from cms.announcements.models import Announcement
from cms.home.models import DepartmentHomePage

from .models import Unit
from .permissions import (
    MODERATOR_MEDIA_ACTIONS,
    MODERATOR_PAGE_PERMISSIONS,
    admin_access_permission,
    grant_collection_permissions,
    grant_page_permissions,
    model_permissions,
)
from .signals import department_groups_ensured

DEPARTMENT_STAFF_GROUP = "Wydział Oświaty — pracownicy"
CUW_STAFF_GROUP = "CUW — pracownicy"

DEPARTMENT_COLLECTION = "Wydział Oświaty"
ANNOUNCEMENT_ACTIONS = ("add", "change", "publish", "delete")
ANNOUNCEMENT_WORKFLOW = "Komunikaty — akceptacja"
ANNOUNCEMENT_TASK = "Komunikaty — zatwierdzenie przez Wydział Oświaty"


def ensure_department_groups() -> tuple[Group, Group]:
    """Create or repair the department staff and CUW staff groups; returns both (idempotent)."""
    access_admin = admin_access_permission()

    department, _created = Group.objects.get_or_create(name=DEPARTMENT_STAFF_GROUP)
    department.permissions.add(access_admin, *model_permissions(Announcement, ANNOUNCEMENT_ACTIONS))
    department_home = DepartmentHomePage.objects.order_by("path").first()
    if department_home is not None:
        grant_page_permissions(department, department_home, MODERATOR_PAGE_PERMISSIONS)
    grant_collection_permissions(department, department_collection(), MODERATOR_MEDIA_ACTIONS)

    cuw, _created = Group.objects.get_or_create(name=CUW_STAFF_GROUP)
    cuw.permissions.add(access_admin)
    ensure_announcement_workflow(department)
    # Apps above (e.g. the e-services' timetable and retention rules) grant their own permissions.
    department_groups_ensured.send(sender=Group, department=department, cuw=cuw)
    return department, cuw


def department_collection() -> Collection:
    """The department's own image and document collection (a child of the root collection)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=DEPARTMENT_COLLECTION).first()
    return collection or root.add_child(instance=Collection(name=DEPARTMENT_COLLECTION))


def ensure_announcement_workflow(approvers: Group) -> Workflow:
    """The announcements' workflow: one approval step by ``approvers`` (idempotent)."""
    content_type = ContentType.objects.get_for_model(Announcement)
    link = WorkflowContentType.objects.filter(content_type=content_type).first()
    if link is not None:
        workflow = link.workflow
    else:
        workflow = Workflow.objects.filter(name=ANNOUNCEMENT_WORKFLOW).first()
        if workflow is None:
            workflow = Workflow.objects.create(name=ANNOUNCEMENT_WORKFLOW)
        WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=ANNOUNCEMENT_TASK)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.groups.add(approvers)
    return workflow


def is_department_staff(user: object) -> bool:
    """Superusers and members of the department staff group see every unit."""
    if isinstance(user, AnonymousUser) or not getattr(user, "is_authenticated", False):
        return False
    return user.is_superuser or user.groups.filter(name=DEPARTMENT_STAFF_GROUP).exists()


def units_for_user(user: object) -> QuerySet[Unit]:
    """Units whose editors or moderators group the user belongs to."""
    if not getattr(user, "is_authenticated", False):
        return Unit.objects.none()
    group_ids = user.groups.values("pk")
    return Unit.objects.filter(
        Q(editors_group__in=group_ids) | Q(moderators_group__in=group_ids)
    ).distinct()
