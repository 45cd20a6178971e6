"""A unit ties together everything provisioned for one educational unit."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.Model):
    """One educational unit: its home page, Site, media collection and staff groups."""

    slug = models.SlugField(_("identyfikator"), max_length=63, unique=True)
    home = models.OneToOneField(
        "home.SchoolHomePage",
        verbose_name=_("strona główna"),
        on_delete=models.CASCADE,
        related_name="unit",
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("serwis"),
        on_delete=models.CASCADE,
        related_name="unit",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("kolekcja plików"),
        on_delete=models.CASCADE,
        related_name="units",
    )
    editors_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("grupa redaktorów"),
        on_delete=models.CASCADE,
        related_name="edited_units",
    )
    moderators_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("grupa moderatorów"),
        on_delete=models.CASCADE,
        related_name="moderated_units",
    )
    # The unit's secretariat handles its e-service cases; website editors do not.
    case_handlers_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("grupa sekretariatu (sprawy e-usług)"),
        on_delete=models.CASCADE,
        related_name="handled_units",
    )

    class Meta:
        verbose_name = _("jednostka")
        verbose_name_plural = _("jednostki")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.home.short_name
