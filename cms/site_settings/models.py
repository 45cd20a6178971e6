"""Settings each site's editors manage: its theme, identity and contacts."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .contrast import AA_NORMAL_TEXT, contrast_ratio

colour_validator = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Podaj kolor w formacie #RRGGBB."))

PAGE_BACKGROUND = "#ffffff"
BODY_TEXT = "#1a1a1a"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    # Theme
    primary_colour = models.CharField(
        _("kolor główny"),
        max_length=7,
        default="#0b5394",
        validators=[colour_validator],
        help_text=_("Kolor nagłówka, przycisków i linków. Musi być czytelny na białym tle."),
    )
    primary_text_colour = models.CharField(
        _("kolor tekstu na kolorze głównym"),
        max_length=7,
        default="#ffffff",
        validators=[colour_validator],
    )
    accent_colour = models.CharField(
        _("kolor akcentu"),
        max_length=7,
        default="#8a4b00",
        validators=[colour_validator],
        help_text=_("Wyróżnienia i obramowania; musi być czytelny na białym tle."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(_("tekst alternatywny logo"), max_length=200, blank=True)
    # Social links
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    bip_url = models.URLField(_("Biuletyn Informacji Publicznej"), blank=True)
    # Footer contact
    footer_text = models.TextField(_("tekst stopki"), blank=True)
    footer_phone = models.CharField(_("telefon w stopce"), max_length=20, blank=True)
    footer_email = models.EmailField(_("e-mail w stopce"), blank=True)
    # Accessibility contact
    accessibility_contact_name = models.CharField(
        _("koordynator dostępności"), max_length=200, blank=True
    )
    accessibility_contact_email = models.EmailField(_("e-mail koordynatora"), blank=True)
    accessibility_contact_phone = models.CharField(
        _("telefon koordynatora"), max_length=20, blank=True
    )

    # EU funding marking (docs/open-data.md): shown on the department portal's project page, in
    # its footer and in the e-services' footer. Empty fields are shown as "to be filled in".
    eu_programme = models.CharField(
        _("program (fundusz)"),
        max_length=200,
        blank=True,
        help_text=_("Np. nazwa programu regionalnego Funduszy Europejskich 2021–2027."),
    )
    eu_project_title = models.CharField(_("tytuł projektu"), max_length=300, blank=True)
    eu_project_value = models.CharField(
        _("wartość projektu"), max_length=60, blank=True, help_text=_("Np. 1 234 567,89 zł")
    )
    eu_contribution = models.CharField(
        _("dofinansowanie z UE"), max_length=60, blank=True, help_text=_("Np. 1 049 382,70 zł")
    )
    eu_project_description = models.TextField(_("opis projektu"), blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("primary_colour"),
                            FieldPanel("primary_text_colour"),
                            FieldPanel("accent_colour"),
                        ]
                    ),
                    FieldPanel("logo"),
                    FieldPanel("logo_alt"),
                ],
                heading=_("Wygląd"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("facebook_url"),
                            FieldPanel("instagram_url"),
                            FieldPanel("youtube_url"),
                            FieldPanel("bip_url"),
                        ],
                        heading=_("Odnośniki"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("footer_text"),
                            FieldRowPanel([FieldPanel("footer_phone"), FieldPanel("footer_email")]),
                        ],
                        heading=_("Stopka"),
                    ),
                ],
                heading=_("Kontakt i stopka"),
            ),
            ObjectList(
                [
                    FieldPanel("accessibility_contact_name"),
                    FieldRowPanel(
                        [
                            FieldPanel("accessibility_contact_email"),
                            FieldPanel("accessibility_contact_phone"),
                        ]
                    ),
                ],
                heading=_("Dostępność"),
            ),
            ObjectList(
                [
                    FieldPanel("eu_programme"),
                    FieldPanel("eu_project_title"),
                    FieldRowPanel([FieldPanel("eu_project_value"), FieldPanel("eu_contribution")]),
                    FieldPanel("eu_project_description"),
                ],
                heading=_("Fundusze Europejskie"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("ustawienia witryny")
        verbose_name_plural = _("ustawienia witryn")

    def clean(self) -> None:
        super().clean()
        errors = {}
        checks = [
            (
                "primary_text_colour",
                self.primary_text_colour,
                self.primary_colour,
                _("Tekst na kolorze głównym"),
            ),
            (
                "primary_colour",
                self.primary_colour,
                PAGE_BACKGROUND,
                _("Kolor główny (linki) na białym tle"),
            ),
            (
                "accent_colour",
                self.accent_colour,
                PAGE_BACKGROUND,
                _("Kolor akcentu na białym tle"),
            ),
        ]
        for field, foreground, background, label in checks:
            try:
                ratio = contrast_ratio(foreground, background)
            except ValueError:
                continue  # the field validator reports the bad format
            if ratio < AA_NORMAL_TEXT:
                errors[field] = _(
                    "%(label)s ma kontrast %(ratio).2f:1; WCAG 2.1 AA wymaga co najmniej 4.5:1."
                ) % {"label": label, "ratio": ratio}
        if self.logo_id and not self.logo_alt.strip():
            errors["logo_alt"] = _("Dodaj tekst alternatywny logo.")
        if errors:
            raise ValidationError(errors)
