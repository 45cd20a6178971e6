"""Home pages: the department portal and one home page per educational unit."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from cms.core.models import BasePage

from .unit_types import UnitType

postal_code_validator = RegexValidator(r"^\d{2}-\d{3}$", _("Kod pocztowy w formacie 00-000."))
phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{9,20}$", _("Podaj numer telefonu, np. 32 295 69 47.")
)
rspo_validator = RegexValidator(r"^\d{1,7}$", _("Numer RSPO to od 1 do 7 cyfr."))


class ContactDetails(models.Model):
    """Address and contact data shown on a home page, its contact box and its JSON-LD."""

    address = models.CharField(_("adres (ulica i numer)"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("kod pocztowy"), max_length=6, blank=True, validators=[postal_code_validator]
    )
    city = models.CharField(_("miejscowość"), max_length=100, default="Dąbrowa Górnicza")
    phone = models.CharField(_("telefon"), max_length=20, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.TextField(_("godziny pracy sekretariatu"), blank=True)
    latitude = models.DecimalField(
        _("szerokość geograficzna"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("długość geograficzna"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("office_hours"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Dane kontaktowe"),
        )
    ]

    class Meta:
        abstract = True


class DepartmentHomePage(ContactDetails, BasePage):
    """The education department's portal; it is the root of the department's site."""

    intro = models.TextField(_("wprowadzenie"), blank=True)
    easy_read = models.TextField(_("tekst łatwy do czytania"), blank=True)
    sign_language_video_url = models.URLField(_("film w polskim języku migowym (PJM)"), blank=True)

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("intro"),
        *BasePage.content_panels[1:],
        *ContactDetails.contact_panels,
        MultiFieldPanel(
            [FieldPanel("easy_read"), FieldPanel("sign_language_video_url")],
            heading=_("Dostępność"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("strona główna Wydziału Oświaty")
        verbose_name_plural = _("strony główne Wydziału Oświaty")


class SchoolHomePage(ContactDetails, BasePage):
    """A unit's home page; it is the root page of the unit's own Wagtail Site."""

    official_name = models.CharField(_("pełna nazwa urzędowa"), max_length=255)
    short_name = models.CharField(_("nazwa skrócona"), max_length=80)
    unit_type = models.CharField(_("typ jednostki"), max_length=30, choices=UnitType.choices)
    rspo_number = models.CharField(
        _("numer RSPO"), max_length=7, blank=True, validators=[rspo_validator]
    )
    patron = models.CharField(_("patron"), max_length=200, blank=True)
    principal = models.CharField(_("dyrektor"), max_length=200, blank=True)
    intro = models.TextField(_("wprowadzenie"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_read = models.TextField(
        _("tekst łatwy do czytania"),
        blank=True,
        help_text=_("Krótki opis działalności jednostki w tekście łatwym do czytania (ETR)."),
    )
    sign_language_video_url = models.URLField(_("film w polskim języku migowym (PJM)"), blank=True)

    content_panels = [
        *BasePage.content_panels[:1],
        MultiFieldPanel(
            [
                FieldPanel("official_name"),
                FieldRowPanel([FieldPanel("short_name"), FieldPanel("unit_type")]),
                FieldRowPanel([FieldPanel("rspo_number"), FieldPanel("patron")]),
                FieldPanel("principal"),
                FieldPanel("logo"),
            ],
            heading=_("Jednostka"),
        ),
        FieldPanel("intro"),
        *BasePage.content_panels[1:],
        *ContactDetails.contact_panels,
        MultiFieldPanel(
            [FieldPanel("easy_read"), FieldPanel("sign_language_video_url")],
            heading=_("Dostępność"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("official_name"),
        index.SearchField("intro"),
        index.FilterField("unit_type"),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("strona główna jednostki")
        verbose_name_plural = _("strony główne jednostek")

    def __str__(self) -> str:
        return self.short_name or self.title
