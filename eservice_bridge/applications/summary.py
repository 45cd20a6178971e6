"""The check-your-answers view of a draft or case: (step, title, [(label, value)])."""

import datetime as dt

from django import forms

from eservice_bridge.catalogue.models import Service
from eservice_bridge.protection.masking import mask_pesel

from . import rules


def summarise(service: Service, answers: dict, today: dt.date, *, mask: bool) -> list[dict]:
    sections = []
    for step in rules.definition_for(service).steps:
        stored = answers.get(step.slug)
        form = rules.bind_step(service, step.slug, answers, today, data=stored or {})
        rows = []
        for name, field in form.fields.items():
            raw = (stored or {}).get(name, "")
            rows.append({"label": field.label, "value": _display(field, raw, mask, name)})
        sections.append(
            {"slug": step.slug, "title": step.title, "rows": rows, "complete": stored is not None}
        )
    return sections


def _display(field: forms.Field, raw: str, mask: bool, name: str) -> str:
    if isinstance(field, forms.BooleanField):
        return "tak" if raw else "nie"
    if raw in (None, ""):
        return "—"
    if isinstance(field, forms.ChoiceField):
        labels = {str(k): str(v) for k, v in field.choices}
        return labels.get(str(raw), str(raw))
    if mask and name.endswith("pesel"):
        return mask_pesel(str(raw))
    return str(raw)
