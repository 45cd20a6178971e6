"""Accessible form rendering: widgets wired to their hint and error by aria-describedby."""

from django import forms, template
from django.utils.html import format_html

register = template.Library()

MULTI_INPUT = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def is_multi_input(bound_field) -> bool:
    return isinstance(bound_field.field.widget, MULTI_INPUT)


@register.filter
def is_checkbox(bound_field) -> bool:
    return isinstance(bound_field.field.widget, forms.CheckboxInput)


@register.filter
def target_id(bound_field) -> str:
    """The id an error-summary link should move focus to."""
    if isinstance(bound_field.field.widget, MULTI_INPUT):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.simple_tag
def field_widget(bound_field):
    described = []
    if bound_field.help_text:
        described.append(f"{bound_field.auto_id}-podpowiedz")
    if bound_field.errors:
        described.append(f"{bound_field.auto_id}-blad")
    attrs = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    if bound_field.field.required and not isinstance(bound_field.field.widget, MULTI_INPUT):
        attrs["aria-required"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.simple_tag
def error_link(href: str, message: str):
    return format_html('<a href="#{}">{}</a>', href, message)
