"""Admin menu entry and URL for the low-confidence questions view."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin.views import low_confidence_questions


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "czatbot/pytania/",
            low_confidence_questions,
            name="chatbot_embed_low_confidence",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(
        _("Pytania do czatbota"),
        reverse("chatbot_embed_low_confidence"),
        icon_name="help",
        order=900,
    )
