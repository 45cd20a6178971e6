"""News: one index per site and its articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.core.models import BasePage

HOME_PAGE_TYPES = ["home.DepartmentHomePage", "home.SchoolHomePage"]


class NewsIndexPage(BasePage):
    intro = models.TextField(_("wprowadzenie"), blank=True)

    content_panels = [*BasePage.content_panels[:1], FieldPanel("intro")]
    parent_page_types = HOME_PAGE_TYPES
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(BasePage):
    date = models.DateField(_("data"), default=timezone.localdate)
    lead = models.TextField(_("lead"), help_text=_("Jedno lub dwa zdania otwierające artykuł."))
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("zdjęcie główne"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("tekst alternatywny zdjęcia"),
        max_length=250,
        blank=True,
        help_text=_("Wymagany, gdy dodano zdjęcie główne."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tagi"))

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_alt")], heading=_("Zdjęcie")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")
        ordering = ["-date"]

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            raise ValidationError(
                {"main_image_alt": _("Dodaj tekst alternatywny dla zdjęcia głównego.")}
            )
