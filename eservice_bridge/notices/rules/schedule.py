"""The scheduled rules (all of them reminders a person may switch off)."""

from . import missing_information, recruitment, scholarship
from .due import Rule


def reminder_rules() -> list[Rule]:
    return [scholarship.due, recruitment.due, missing_information.due]
