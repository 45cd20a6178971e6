"""What a service's form is: its steps and the rules that depend on the answers."""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from .steps import StepForm
from .windows import YearlyWindow


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form_class: type[StepForm]


@dataclass(frozen=True)
class FormDefinition:
    key: str
    label: str
    steps: list[Step]
    # Windows that apply to the answers so far; None = the catalogue's yearly window.
    windows: Callable[[dict], list[YearlyWindow]] | None = None
    # The unit page id that handles the case, from the answers (school-handled services).
    unit_from_answers: Callable[[dict], str] | None = None
    extra_attachments: Callable[[dict], list[tuple[str, str]]] = field(default=lambda a: [])
    facts: Callable[[dict], list[tuple[str, str]]] = field(default=lambda a: [])
    # The fee due for the answers given; None = the catalogue's fixed fee.
    fee: Callable[[dict], Decimal] | None = None

    def step(self, slug: str) -> Step | None:
        return next((s for s in self.steps if s.slug == slug), None)
