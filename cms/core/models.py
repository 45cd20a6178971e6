"""Abstract page types shared by the content apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyStreamBlock
from .preview import ThemedPreviewMixin


class BasePage(ThemedPreviewMixin, Page):
    """Every public page type: a body of shared blocks and a summary for listings."""

    summary = models.TextField(
        _("podsumowanie"),
        blank=True,
        help_text=_("Krótki opis do list, wyników wyszukiwania i udostępniania."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("treść"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        abstract = True
