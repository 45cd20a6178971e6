"""Applying a service's form definition to a draft: windows, steps, handler, attachments."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from eservice_bridge.catalogue.models import Handler, Service
from eservice_bridge.forms.definition import FormDefinition
from eservice_bridge.forms.registry import get_definition
from eservice_bridge.forms.units import DEPARTMENT_CHOICE, unit_exists
from eservice_bridge.forms.windows import YearlyWindow


@dataclass(frozen=True)
class Problem:
    """Something that stops submission; ``step`` says where the applicant can fix it."""

    step: str
    message: str


def definition_for(service: Service) -> FormDefinition:
    return get_definition(service.form_key)


def windows_for(service: Service, answers: dict) -> list[YearlyWindow]:
    definition = definition_for(service)
    if definition.windows is not None:
        return definition.windows(answers)
    window = service.yearly_window()
    return [window] if window else []


def window_problem(service: Service, answers: dict, today: dt.date) -> str:
    """A Polish message when no window is open today; empty when applying is allowed."""
    if not service.is_active:
        return _("Ta e-usługa nie przyjmuje obecnie wniosków.")
    windows = windows_for(service, answers)
    if not windows or any(w.contains(today) for w in windows):
        return ""
    described = "; ".join(w.describe() for w in windows)
    return _("Wnioski przyjmujemy tylko w terminie: %(windows)s.") % {"windows": described}


def fee_for(service: Service, answers: dict) -> Decimal:
    """The fee due for this application (0 when the service is free)."""
    definition = definition_for(service)
    if definition.fee is not None:
        return definition.fee(answers)
    return service.fee or Decimal("0")


def required_attachments(service: Service, answers: dict) -> list[tuple[str, str]]:
    definition = definition_for(service)
    return [*service.attachment_requirements(), *definition.extra_attachments(answers)]


def bind_step(service: Service, slug: str, answers: dict, today: dt.date, data=None):
    """The step's form, bound to ``data`` (a POST) or to the stored answers."""
    step = definition_for(service).step(slug)
    if step is None:
        raise KeyError(slug)
    if data is None:
        stored = answers.get(slug)
        data = stored if stored is not None else None
    return step.form_class(data, service=service, today=today, answers=answers)


def handling_unit(service: Service, answers: dict) -> tuple[str, int | None]:
    """(handler, unit page id) for a new case."""
    definition = definition_for(service)
    if service.handler != Handler.SCHOOL or definition.unit_from_answers is None:
        return service.handler, None
    value = definition.unit_from_answers(answers)
    if value == DEPARTMENT_CHOICE:
        return Handler.DEPARTMENT, None
    if value and unit_exists(value):
        return Handler.SCHOOL, int(value)
    raise ValueError("No handling unit in the answers.")


def problems(
    service: Service, answers: dict, attachment_kinds: set[str], today: dt.date
) -> list[Problem]:
    """Everything that must be fixed before submission (re-validates every step)."""
    found: list[Problem] = []
    message = window_problem(service, answers, today)
    if message:
        found.append(Problem("", message))
    for step in definition_for(service).steps:
        if step.slug not in answers:
            found.append(Problem(step.slug, _("Uzupełnij krok „%(t)s”.") % {"t": step.title}))
            continue
        form = bind_step(service, step.slug, answers, today)
        if not form.is_valid():
            found.append(Problem(step.slug, _("Popraw krok „%(t)s”.") % {"t": step.title}))
    for code, label in required_attachments(service, answers):
        if code not in attachment_kinds:
            found.append(Problem("zalaczniki", _("Dodaj załącznik: %(l)s.") % {"l": label}))
    if not found:
        try:
            handling_unit(service, answers)
        except ValueError:
            found.append(Problem("", _("Nie można ustalić jednostki, która rozpatrzy wniosek.")))
    return found
