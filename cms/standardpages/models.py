"""Standard content pages and the contact page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from cms.core.models import BasePage


class StandardPage(BasePage):
    class Meta:
        verbose_name = _("strona standardowa")
        verbose_name_plural = _("strony standardowe")


class ContactPage(BasePage):
    """Shows the unit's contact details (taken from its home page) plus free content."""

    intro = models.TextField(_("wprowadzenie"), blank=True)
    map_description = models.TextField(
        _("opis dojazdu"), blank=True, help_text=_("Tekstowy opis dojazdu zamiast samej mapy.")
    )

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("map_description"),
    ]
    parent_page_types = ["home.DepartmentHomePage", "home.SchoolHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strona kontaktowa")
        verbose_name_plural = _("strony kontaktowe")
