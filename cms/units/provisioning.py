"""Create or update everything one unit needs: home page, Site, collection, groups, workflow.

``provision_unit`` is idempotent: running it again with the same arguments changes nothing,
and with changed names or contact data it updates the existing unit in place.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.home.models import DepartmentHomePage, SchoolHomePage
from cms.home.unit_types import UnitType

from .models import Unit
from .permissions import (
    EDITOR_MEDIA_ACTIONS,
    EDITOR_PAGE_PERMISSIONS,
    MODERATOR_MEDIA_ACTIONS,
    MODERATOR_PAGE_PERMISSIONS,
    admin_access_permission,
    grant_collection_permissions,
    grant_page_permissions,
)
from .signals import unit_provisioned
from .staff import ensure_department_groups

# A unit slug is also a DNS label of its hostname: lowercase letters, digits and inner hyphens.
SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
HOSTNAME_PATTERN = re.compile(
    r"^(?=.{1,200}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)
SITE_PORT = 80

# Fields of SchoolHomePage that callers may set besides the required names.
_STRUCTURAL_FIELDS = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
    "url_path",
    "content_type",
    "live",
    "has_unpublished_changes",
    "live_revision",
    "latest_revision",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "draft_title",
    "alias_of",
    "slug",
    "official_name",
    "short_name",
    "unit_type",
}


def editors_group_name(short_name: str) -> str:
    return f"{short_name} — redaktorzy"


def moderators_group_name(short_name: str) -> str:
    return f"{short_name} — moderatorzy"


def case_handlers_group_name(short_name: str) -> str:
    return f"{short_name} — sekretariat"


def workflow_name(short_name: str) -> str:
    return f"{short_name} — akceptacja"


def unit_hostname(slug: str, base_domain: str | None = None) -> str:
    return f"{slug}.{base_domain or settings.BASE_DOMAIN}"


def _validation_message(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        parts = [
            f"{field}: {' '.join(str(m) for m in messages)}"
            for field, messages in error.message_dict.items()
        ]
        return "; ".join(parts)
    return " ".join(str(m) for m in error.messages)


def _check_base_domain(base_domain: str) -> None:
    if not HOSTNAME_PATTERN.match(base_domain):
        raise ValueError(_("Nieprawidłowa domena bazowa „%(domain)s”.") % {"domain": base_domain})


def _check_unit_arguments(
    slug: str, official_name: str, short_name: str, unit_type: str, home_fields: dict[str, Any]
) -> None:
    if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
        raise ValueError(
            _(
                "Nieprawidłowy identyfikator jednostki „%(slug)s”: dozwolone są małe litery "
                "bez polskich znaków, cyfry i łączniki (nie na początku ani na końcu), "
                "najwyżej 63 znaki, np. „sp1” albo „zs-nr-2”."
            )
            % {"slug": slug}
        )
    if unit_type not in UnitType.values:
        raise ValueError(
            _("Nieznany typ jednostki „%(type)s”. Dozwolone typy: %(types)s.")
            % {"type": unit_type, "types": ", ".join(UnitType.values)}
        )
    if not (official_name or "").strip():
        raise ValueError(_("Podaj pełną nazwę urzędową jednostki."))
    if not (short_name or "").strip():
        raise ValueError(_("Podaj nazwę skróconą jednostki."))
    for name in home_fields:
        try:
            field = SchoolHomePage._meta.get_field(name)
        except FieldDoesNotExist:
            field = None
        if field is None or name in _STRUCTURAL_FIELDS or not field.concrete:
            raise ValueError(
                _("Pole „%(field)s” nie należy do strony jednostki.") % {"field": name}
            )


def _validate_home(home: SchoolHomePage, field_names: set[str]) -> None:
    """Run Django field validation on the fields provisioning sets, as the admin form would."""
    excluded = [f.name for f in SchoolHomePage._meta.concrete_fields if f.name not in field_names]
    try:
        home.clean_fields(exclude=excluded)
    except ValidationError as error:
        raise ValueError(
            _("Nieprawidłowe dane jednostki: %(errors)s") % {"errors": _validation_message(error)}
        ) from error


def _find_home(slug: str, unit: Unit | None) -> SchoolHomePage | None:
    if unit is not None:
        return unit.home
    root = Page.get_first_root_node()
    existing = Page.objects.child_of(root).filter(slug=slug).first()
    if existing is None:
        return None
    existing = existing.specific
    if not isinstance(existing, SchoolHomePage):
        raise ValueError(
            _(
                "Identyfikator „%(slug)s” jest już zajęty przez inną stronę "
                "(„%(title)s”), która nie jest stroną jednostki."
            )
            % {"slug": slug, "title": existing.title}
        )
    other = Unit.objects.filter(home=existing).exclude(slug=slug).first()
    if other is not None:
        raise ValueError(
            _("Strona „%(slug)s” należy już do jednostki „%(other)s”.")
            % {"slug": slug, "other": other.slug}
        )
    return existing


def _check_short_name_free(short_name: str, slug: str) -> None:
    other = (
        Unit.objects.filter(home__short_name=short_name)
        .exclude(slug=slug)
        .values_list("slug", flat=True)
        .first()
    )
    if other is not None:
        raise ValueError(
            _("Nazwę skróconą „%(name)s” ma już jednostka „%(other)s”.")
            % {"name": short_name, "other": other}
        )


def _normal(name: str, value: Any) -> Any:
    """A value as the model field holds it, so that 50.3 and Decimal("50.300000") compare equal."""
    field = SchoolHomePage._meta.get_field(name)
    if field.is_relation or value is None:
        return value
    try:
        return field.to_python(value)
    except ValidationError:
        return value


def _save_home(
    home: SchoolHomePage | None, slug: str, values: dict[str, Any]
) -> tuple[SchoolHomePage, bool]:
    """Create the published home page, or publish a new revision if any value changed."""
    if home is None:
        home = SchoolHomePage(slug=slug, **values)
        _validate_home(home, {"slug", *values})
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision(log_action=True).publish()
        return home, True
    changed = {
        name for name, value in values.items() if getattr(home, name) != _normal(name, value)
    }
    if changed or not home.live:
        for name in changed:
            setattr(home, name, _normal(name, values[name]))
        _validate_home(home, changed)
        home.save_revision(log_action=True).publish()
    return home, False


def _save_site(home: Page, unit: Unit | None, hostname: str, site_name: str) -> Site:
    clash = Site.objects.filter(hostname=hostname, port=SITE_PORT).exclude(root_page=home).first()
    if clash is not None and (unit is None or clash.pk != unit.site_id):
        raise ValueError(
            _("Adres %(host)s jest już używany przez serwis „%(site)s”.")
            % {"host": hostname, "site": clash.site_name or clash.hostname}
        )
    site = unit.site if unit is not None else Site.objects.filter(root_page=home).first()
    if site is None:
        return Site.objects.create(
            hostname=hostname, port=SITE_PORT, root_page=home, site_name=site_name
        )
    wanted = {"hostname": hostname, "port": SITE_PORT, "root_page_id": home.pk}
    wanted["site_name"] = site_name
    changed = [name for name, value in wanted.items() if getattr(site, name) != value]
    if changed:
        for name in changed:
            setattr(site, name, wanted[name])
        site.save()
    return site


def _save_collection(unit: Unit | None, name: str) -> Collection:
    if unit is not None:
        collection = unit.collection
        if collection.name != name:
            collection.name = name
            collection.save(update_fields=["name"])
        return collection
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is not None:
        if Unit.objects.filter(collection=existing).exists():
            raise ValueError(
                _("Kolekcja „%(name)s” należy już do innej jednostki.") % {"name": name}
            )
        return existing
    return root.add_child(instance=Collection(name=name))


def _save_group(current: Group | None, name: str) -> Group:
    clash = Group.objects.filter(name=name).first()
    if current is None:
        if clash is not None and (
            Unit.objects.filter(editors_group=clash).exists()
            or Unit.objects.filter(moderators_group=clash).exists()
            or Unit.objects.filter(case_handlers_group=clash).exists()
        ):
            raise ValueError(_("Grupa „%(name)s” należy już do innej jednostki.") % {"name": name})
        return clash or Group.objects.create(name=name)
    if current.name != name:
        if clash is not None:
            raise ValueError(_("Grupa „%(name)s” już istnieje.") % {"name": name})
        current.name = name
        current.save(update_fields=["name"])
    return current


def _save_workflow(home: Page, name: str, moderators: Group) -> Workflow:
    """One-step workflow (approval by the unit's moderators) assigned to the unit's home page."""
    link = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=name)
        WorkflowPage.objects.create(page=home, workflow=workflow)
    else:
        workflow = link.workflow
        if workflow.name != name or not workflow.active:
            workflow.name = name
            workflow.active = True
            workflow.save(update_fields=["name", "active"])
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    task_name = _("%(name)s — zatwierdzenie przez moderatora") % {"name": name.split(" — ")[0]}
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    elif task.name != task_name or not task.active:
        task.name = task_name
        task.active = True
        task.save(update_fields=["name", "active"])
    task.groups.set([moderators])
    return workflow


@transaction.atomic
def provision_unit(
    *,
    slug: str,
    official_name: str,
    short_name: str,
    unit_type: str,
    base_domain: str | None = None,
    **home_fields: Any,
) -> tuple[Unit, bool]:
    """Create or update a unit and everything it needs; returns ``(unit, created)``.

    Raises ``ValueError`` (with a Polish message) on bad input; nothing is changed then.
    """
    official_name = (official_name or "").strip()
    short_name = (short_name or "").strip()
    _check_unit_arguments(slug, official_name, short_name, unit_type, home_fields)
    base_domain = base_domain or settings.BASE_DOMAIN
    _check_base_domain(base_domain)
    _check_short_name_free(short_name, slug)

    unit = (
        Unit.objects.select_related(
            "home", "site", "collection", "editors_group", "moderators_group", "case_handlers_group"
        )
        .filter(slug=slug)
        .first()
    )
    home = _find_home(slug, unit)
    values = {
        "title": official_name,
        "official_name": official_name,
        "short_name": short_name,
        "unit_type": unit_type,
        **home_fields,
    }
    home, created = _save_home(home, slug, values)
    site = _save_site(home, unit, unit_hostname(slug, base_domain), short_name)
    collection = _save_collection(unit, short_name)
    editors = _save_group(unit.editors_group if unit else None, editors_group_name(short_name))
    moderators = _save_group(
        unit.moderators_group if unit else None, moderators_group_name(short_name)
    )
    case_handlers = _save_group(
        unit.case_handlers_group if unit else None, case_handlers_group_name(short_name)
    )

    access_admin = admin_access_permission()
    editors.permissions.add(access_admin)
    moderators.permissions.add(access_admin)
    # The secretariat signs in to the admin for e-service cases only: no page or media rights.
    # The e-service apps grant their own permissions through ``unit_provisioned``.
    case_handlers.permissions.add(access_admin)
    grant_page_permissions(editors, home, EDITOR_PAGE_PERMISSIONS)
    grant_page_permissions(moderators, home, MODERATOR_PAGE_PERMISSIONS)
    grant_collection_permissions(editors, collection, EDITOR_MEDIA_ACTIONS)
    grant_collection_permissions(moderators, collection, MODERATOR_MEDIA_ACTIONS)
    _save_workflow(home, workflow_name(short_name), moderators)

    if unit is None:
        unit = Unit.objects.create(
            slug=slug,
            home=home,
            site=site,
            collection=collection,
            editors_group=editors,
            moderators_group=moderators,
            case_handlers_group=case_handlers,
        )
        created = True
    else:
        unit.home, unit.site, unit.collection = home, site, collection
        unit.editors_group, unit.moderators_group = editors, moderators
        unit.case_handlers_group = case_handlers
        unit.save()
    unit_provisioned.send(sender=Unit, unit=unit, created=created)
    return unit, created


@transaction.atomic
def provision_department(
    *, base_domain: str | None = None, **home_fields: Any
) -> tuple[DepartmentHomePage, bool]:
    """Create or update the department portal as the default Site at ``BASE_DOMAIN``.

    Also creates the department staff groups. Wagtail's placeholder "Welcome" page, if it
    is still the default site's root and has no children, is removed.
    """
    base_domain = base_domain or settings.BASE_DOMAIN
    _check_base_domain(base_domain)
    for name in home_fields:
        try:
            DepartmentHomePage._meta.get_field(name)
        except FieldDoesNotExist:
            raise ValueError(
                _("Pole „%(field)s” nie należy do strony Wydziału.") % {"field": name}
            ) from None

    home = DepartmentHomePage.objects.order_by("path").first()
    created = home is None
    values = {"title": "Wydział Oświaty", **home_fields}
    if home is None:
        home = DepartmentHomePage(slug=home_fields.get("slug", "wydzial-oswiaty"), **values)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision(log_action=True).publish()
    else:
        changed = {n for n, v in home_fields.items() if getattr(home, n) != v}
        if changed or not home.live:
            for name in changed:
                setattr(home, name, home_fields[name])
            home.save_revision(log_action=True).publish()

    placeholder = None
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        site = Site.objects.filter(hostname=base_domain, port=SITE_PORT).first()
    if site is None:
        site = Site(hostname=base_domain, port=SITE_PORT)
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
    clash = Site.objects.filter(hostname=base_domain, port=SITE_PORT).exclude(pk=site.pk).first()
    if clash is not None:
        raise ValueError(
            _("Adres %(host)s jest już używany przez serwis „%(site)s”.")
            % {"host": base_domain, "site": clash.site_name or clash.hostname}
        )
    site.hostname, site.port, site.root_page = base_domain, SITE_PORT, home
    site.site_name, site.is_default_site = "Wydział Oświaty", True
    site.save()

    if (
        placeholder is not None
        and placeholder.specific_class is Page
        and placeholder.depth == 2
        and placeholder.is_leaf()
        and not Site.objects.filter(root_page=placeholder).exists()
    ):
        placeholder.delete()

    ensure_department_groups()
    return home, created
