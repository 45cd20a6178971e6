"""Who handles e-service cases: the rights this app grants to the groups that handle them.

A unit's secretariat (``Unit.case_handlers_group``) and its moderators handle the unit's cases;
the department's and CUW's staff groups handle theirs. Each of these groups gets
``eservice_bridge.handle_case`` (the one predicate that says "this person handles cases", e.g.
for mandatory two-factor sign-in) and ``eservice_bridge.reveal_pesel``. Website editors get
neither. The rights are granted when ``cms.units`` provisions a unit or the staff groups
(``cms.units.signals``), so the CMS layer never reaches up into the e-services.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

HANDLE_CASE = "eservice_bridge.handle_case"
REVEAL_PESEL = "eservice_bridge.reveal_pesel"

CASE_HANDLING_CODENAMES = ("handle_case", "reveal_pesel")


def case_handling_permissions() -> list[Permission]:
    """The two permissions, created if ``post_migrate`` has not made them yet."""
    content_type, _created = ContentType.objects.get_or_create(
        app_label="eservice_bridge", model="case"
    )
    names = {
        "handle_case": "Może prowadzić sprawy e-usług",
        "reveal_pesel": "Może odsłonić pełny numer PESEL w sprawie",
    }
    return [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": names[codename]}
        )[0]
        for codename in CASE_HANDLING_CODENAMES
    ]


def grant_case_handling(*groups: Group) -> None:
    permissions = case_handling_permissions()
    for group in groups:
        group.permissions.add(*permissions)


def on_unit_provisioned(sender, unit, **kwargs) -> None:
    """The unit's secretariat and moderators handle its cases (never its editors)."""
    grant_case_handling(unit.case_handlers_group, unit.moderators_group)
    unit.editors_group.permissions.remove(*case_handling_permissions())


def on_department_groups_ensured(sender, department: Group, cuw: Group, **kwargs) -> None:
    grant_case_handling(department, cuw)
