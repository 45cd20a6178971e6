"""Choices of educational units (their live home pages) for school-handled services."""

from django.utils.translation import gettext_lazy as _

DEPARTMENT_CHOICE = "wydzial"


def unit_choices(unit_types: list[str] | None = None) -> list[tuple[str, str]]:
    from cms.home.models import SchoolHomePage

    pages = SchoolHomePage.objects.live().order_by("title")
    if unit_types:
        pages = pages.filter(unit_type__in=unit_types)
    return [(str(page.pk), page.title) for page in pages]


def with_empty(choices: list[tuple[str, str]], label: str = "") -> list[tuple[str, str]]:
    return [("", label or _("— wybierz —")), *choices]


def unit_exists(value: str) -> bool:
    from cms.home.models import SchoolHomePage

    return value.isdigit() and SchoolHomePage.objects.live().filter(pk=int(value)).exists()
