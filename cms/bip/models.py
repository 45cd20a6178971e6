"""Public-information (BIP) documents and their metryczka."""

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.core.models import BasePage


@dataclass(frozen=True)
class ChangeRegisterEntry:
    """One published version of a document: what changed, by whom and when."""

    published_at: datetime
    user: str
    description: str


class DocumentPage(BasePage):
    """A BIP document. Its change register is derived from the page's published revisions."""

    produced_by = models.CharField(
        _("wytworzył / odpowiada"),
        max_length=200,
        help_text=_("Osoba lub komórka, która wytworzyła informację lub za nią odpowiada."),
    )
    produced_date = models.DateField(_("data wytworzenia"))
    change_description = models.CharField(
        _("opis zmiany"),
        max_length=255,
        default="Pierwsza publikacja",
        help_text=_("Co zmieniono w tej wersji (trafia do rejestru zmian)."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("produced_by"), FieldPanel("produced_date")]),
                FieldPanel("change_description"),
            ],
            heading=_("Metryczka"),
        ),
    ]
    subpage_types = ["bip.DocumentPage"]

    class Meta:
        verbose_name = _("dokument BIP")
        verbose_name_plural = _("dokumenty BIP")

    def clean(self) -> None:
        super().clean()
        if self.produced_date and self.produced_date > date.today():
            raise ValidationError(
                {"produced_date": _("Data wytworzenia nie może być w przyszłości.")}
            )

    @property
    def entered_by(self) -> str:
        """The person who first entered the document (the author of its first revision)."""
        first = self.revisions.order_by("created_at", "pk").select_related("user").first()
        user = first.user if first and first.user else self.owner
        return _display_name(user)

    def change_register(self) -> list[ChangeRegisterEntry]:
        """Every published revision, oldest first, with its author and change description."""
        from wagtail.log_actions import registry  # noqa: F401  (ensures actions are loaded)
        from wagtail.models import PageLogEntry

        entries = (
            PageLogEntry.objects.filter(page=self, action="wagtail.publish")
            .select_related("user", "revision")
            .order_by("timestamp", "pk")
        )
        register = []
        for entry in entries:
            description = ""
            if entry.revision is not None:
                description = entry.revision.content.get("change_description", "")
            register.append(
                ChangeRegisterEntry(
                    published_at=entry.timestamp,
                    user=_display_name(entry.user),
                    description=description,
                )
            )
        return register


def _display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
