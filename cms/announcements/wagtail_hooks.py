"""Announcements in the admin: only department staff (and superusers) manage them."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import AnnouncementForm
from .models import Announcement


def active_window(announcement: Announcement) -> str:
    start = date_format(announcement.active_from, "SHORT_DATETIME_FORMAT")
    if announcement.active_to is None:
        return _("od %(start)s (bez końca)") % {"start": start}
    end = date_format(announcement.active_to, "SHORT_DATETIME_FORMAT")
    return f"{start} – {end}"


class AnnouncementViewSet(SnippetViewSet):
    model = Announcement
    icon = "warning"
    menu_label = _("Komunikaty")
    menu_name = "announcements"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("priority", label=_("priorytet"), accessor="get_priority_display"),
        Column("audience", label=_("odbiorcy"), accessor="get_audience_display"),
        Column("active_window", label=_("okres aktywności"), accessor=active_window),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["priority", "audience", "live"]
    ordering = ["-active_from"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("priority"),
            FieldPanel("body"),
            MultiFieldPanel(
                [FieldPanel("audience"), FieldPanel("unit_types"), FieldPanel("units")],
                heading=_("Odbiorcy"),
            ),
            FieldRowPanel(
                [FieldPanel("active_from"), FieldPanel("active_to")],
                heading=_("Okres aktywności"),
            ),
        ],
        base_form_class=AnnouncementForm,
    )


register_snippet(AnnouncementViewSet)
