"""Wagtail admin: the legal figures per school year (a snippet the department edits)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LegalFigures


class LegalFiguresViewSet(SnippetViewSet):
    model = LegalFigures
    icon = "table"
    menu_label = _("Kwoty i terminy")
    menu_name = "legal-figures"
    add_to_admin_menu = True
    menu_order = 315
    list_display = [
        "school_year",
        "scholarship_income_threshold",
        "certificate_duplicate_fee",
        "pupil_id_duplicate_fee",
        "kindergarten_hourly_fee",
    ]
    ordering = ["-start_year"]


register_snippet(LegalFiguresViewSet)
