"""The persistent search index, its version counter and the log of unanswered questions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    PAGE = "page", _("strona")
    NEWS = "news", _("aktualność")
    EVENT = "event", _("wydarzenie")
    FAQ = "faq", _("pytanie i odpowiedź")
    ANNOUNCEMENT = "announcement", _("komunikat")
    SERVICE = "service", _("e-usługa")


class IndexedDocument(models.Model):
    """One searchable piece of public content, already analysed into terms.

    ``site`` is the Wagtail Site the content belongs to (empty for e-services, which every site
    offers, and for announcements, whose audience is kept in ``audience``). ``path`` is relative
    to the public host of the site.
    """

    key = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    page_id = models.IntegerField(null=True, blank=True, db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    audience = models.JSONField(default=dict, blank=True)
    title = models.CharField(max_length=300)
    path = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    tokens = models.TextField(blank=True, help_text="Space-separated surface tokens.")
    terms = models.TextField(blank=True, help_text="Space-separated index terms.")
    service_slugs = models.JSONField(default=list, blank=True)
    valid_from = models.DateTimeField(null=True, blank=True)
    valid_to = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("dokument indeksu")
        verbose_name_plural = _("dokumenty indeksu")

    def __str__(self) -> str:
        return self.title


class IndexState(models.Model):
    """A single row whose version changes whenever the index does."""

    version = models.BigIntegerField(default=0)


class LoggedQuestion(models.Model):
    """A question answered with low confidence; personal data is masked before saving."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("serwis"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    question = models.CharField(_("pytanie"), max_length=500)
    confidence = models.FloatField(_("pewność"))
    best_source = models.CharField(_("najlepsze źródło"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("zadano"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("pytanie bez dobrej odpowiedzi")
        verbose_name_plural = _("pytania bez dobrej odpowiedzi")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.question


class DailyAnswerCount(models.Model):
    """How many questions the chatbot got and answered on one day (counts only, no text)."""

    day = models.DateField(_("dzień"), unique=True)
    questions = models.PositiveIntegerField(_("pytania"), default=0)
    answered = models.PositiveIntegerField(_("z odpowiedzią"), default=0)

    class Meta:
        verbose_name = _("liczba pytań dnia")
        verbose_name_plural = _("liczby pytań")
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.day}: {self.answered}/{self.questions}"
