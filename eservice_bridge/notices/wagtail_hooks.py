"""Wagtail admin: the department edits the recruitment timetable that drives parents' notices."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import RecruitmentStage


class RecruitmentStageViewSet(SnippetViewSet):
    model = RecruitmentStage
    icon = "date"
    menu_label = _("Harmonogram rekrutacji")
    menu_name = "eservices-recruitment-timetable"
    add_to_admin_menu = True
    menu_order = 315
    list_display = ["name", "level", "school_year", "starts_on", "ends_on", "notify_parents"]
    list_filter = ["school_year", "level", "notify_parents"]
    ordering = ["-school_year", "level", "starts_on"]


register_snippet(RecruitmentStageViewSet)
