"""A record of which sites the demo seeder has filled, so that reseeding skips them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

DEPARTMENT_KEY = "department"
ANNOUNCEMENTS_KEY = "announcements"


class DemoSeedQuerySet(models.QuerySet):
    def is_seeded(self) -> bool:
        """Whether the demo (at least the department portal) has been seeded."""
        return self.filter(key=DEPARTMENT_KEY).exists()

    def first_unit_slug(self) -> str | None:
        """The slug of the first unit the demo seeded (for printing example logins)."""
        return (
            self.exclude(key__in=[DEPARTMENT_KEY, ANNOUNCEMENTS_KEY])
            .order_by("pk")
            .values_list("key", flat=True)
            .first()
        )


class DemoSeed(models.Model):
    """One row per seeded site (``department`` or a unit slug).

    It is deleted together with the site's home page, so a removed unit is seeded again.
    """

    key = models.CharField(_("klucz"), max_length=63, unique=True)
    home = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("strona główna"), on_delete=models.CASCADE
    )
    seeded_at = models.DateTimeField(_("data wypełnienia"), auto_now_add=True)

    objects = DemoSeedQuerySet.as_manager()

    class Meta:
        verbose_name = _("wypełniony serwis demonstracyjny")
        verbose_name_plural = _("wypełnione serwisy demonstracyjne")

    def __str__(self) -> str:
        return self.key
