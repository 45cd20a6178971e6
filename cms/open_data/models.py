"""The generated content of each dataset, kept between refreshes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatasetSnapshot(models.Model):
    """The rows of one registered dataset as last generated (list of lists, column order)."""

    slug = models.SlugField(_("identyfikator"), max_length=36, unique=True)
    columns = models.JSONField(_("kolumny"), default=list)
    rows = models.JSONField(_("wiersze"), default=list)
    row_count = models.PositiveIntegerField(_("liczba wierszy"), default=0)
    digest = models.CharField(_("skrót zawartości"), max_length=64, blank=True)
    modified_at = models.DateTimeField(_("ostatnia zmiana danych"))
    refreshed_at = models.DateTimeField(_("ostatnie odświeżenie"))
    stale = models.BooleanField(_("do odświeżenia"), default=False)

    class Meta:
        verbose_name = _("migawka zbioru danych")
        verbose_name_plural = _("migawki zbiorów danych")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug
