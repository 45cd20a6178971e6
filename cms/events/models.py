"""Events: one index per site and its events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from cms.core.models import BasePage

HOME_PAGE_TYPES = ["home.DepartmentHomePage", "home.SchoolHomePage"]


class EventIndexPage(BasePage):
    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = [*BasePage.content_panels[:1], FieldPanel("intro")]
    parent_page_types = HOME_PAGE_TYPES
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kalendarz wydarzeń")
        verbose_name_plural = _("kalendarze wydarzeń")


class EventPage(BasePage):
    start = models.DateTimeField(_("początek"))
    end = models.DateTimeField(_("koniec"), null=True, blank=True)
    place = models.CharField(_("miejsce"), max_length=255, blank=True)
    registration_url = models.URLField(_("link do zapisów"), blank=True)
    lead = models.TextField(_("lead"), blank=True)

    content_panels = [
        *BasePage.content_panels[:1],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("place"),
                FieldPanel("registration_url"),
            ],
            heading=_("Termin i miejsce"),
        ),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("place"),
        index.SearchField("lead"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("wydarzenie")
        verbose_name_plural = _("wydarzenia")
        ordering = ["start"]

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Koniec wydarzenia nie może być przed początkiem.")})
