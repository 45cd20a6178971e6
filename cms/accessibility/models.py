"""The accessibility statement (deklaracja dostępności) with the structure the law requires."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.preview import ThemedPreviewMixin

DEFAULT_PROCEDURE = (
    "<p>Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony "
    "internetowej lub jej elementów. Można także zażądać udostępnienia informacji za pomocą "
    "alternatywnego sposobu dostępu. Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie "
    "strony lub elementu oraz sposób kontaktu. Podmiot publiczny realizuje żądanie niezwłocznie, "
    "nie później niż w ciągu 7 dni; jeżeli nie jest to możliwe, informuje o terminie, który nie "
    "może być dłuższy niż 2 miesiące.</p><p>Na odmowę można złożyć skargę, a po wyczerpaniu "
    "procedury — wniosek do "
    '<a href="https://bip.brpo.gov.pl/">Rzecznika Praw Obywatelskich</a>.</p>'
)


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("w pełni zgodna")
    PARTIAL = "partial", _("częściowo zgodna")
    NONE = "none", _("niezgodna")


class PreparationMethod(models.TextChoices):
    SELF_ASSESSMENT = "self", _("samoocena przeprowadzona przez podmiot publiczny")
    AUDITOR = "auditor", _("badanie przeprowadzone przez podmiot zewnętrzny")


class AccessibilityStatementPage(ThemedPreviewMixin, Page):
    entity_name = models.CharField(_("nazwa podmiotu"), max_length=255)
    site_url = models.URLField(_("adres strony"), blank=True)
    intro = models.TextField(
        _("wstęp"),
        default="zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z "
        "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji "
        "mobilnych podmiotów publicznych.",
    )
    publication_date = models.DateField(_("data publikacji strony"))
    update_date = models.DateField(_("data ostatniej istotnej aktualizacji"))
    status = models.CharField(
        _("status pod względem zgodności"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    non_accessible_content = RichTextField(
        _("treści niedostępne i przyczyny"), blank=True, features=RICH_TEXT_FEATURES
    )
    burden_analysis_url = models.URLField(_("link do analizy nadmiernego obciążenia"), blank=True)
    prepared_date = models.DateField(_("data sporządzenia deklaracji"))
    review_date = models.DateField(_("data ostatniego przeglądu deklaracji"), null=True, blank=True)
    preparation_method = models.CharField(
        _("sposób sporządzenia"),
        max_length=10,
        choices=PreparationMethod.choices,
        default=PreparationMethod.SELF_ASSESSMENT,
    )
    auditor_name = models.CharField(_("nazwa audytora"), max_length=255, blank=True)
    contact_person = models.CharField(_("osoba kontaktowa"), max_length=200)
    contact_email = models.EmailField(_("e-mail kontaktowy"))
    contact_phone = models.CharField(_("telefon kontaktowy"), max_length=20)
    procedure = RichTextField(
        _("procedura wnioskowo-skargowa"), default=DEFAULT_PROCEDURE, features=RICH_TEXT_FEATURES
    )
    architecture = RichTextField(
        _("dostępność architektoniczna"), blank=True, features=RICH_TEXT_FEATURES
    )
    sign_language_interpreter = models.TextField(
        _("tłumacz języka migowego"),
        blank=True,
        help_text=_("Informacja o możliwości skorzystania z tłumacza PJM."),
    )
    mobile_apps = models.TextField(
        _("aplikacje mobilne"), blank=True, default="Jednostka nie udostępnia aplikacji mobilnych."
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("entity_name"), FieldPanel("site_url"), FieldPanel("intro")],
            heading=_("Wstęp"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("update_date")]),
                FieldPanel("status"),
                FieldPanel("non_accessible_content"),
                FieldPanel("burden_analysis_url"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_date"), FieldPanel("review_date")]),
                FieldPanel("preparation_method"),
                FieldPanel("auditor_name"),
            ],
            heading=_("Sporządzenie deklaracji"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("procedure"),
            ],
            heading=_("Informacje zwrotne i dane kontaktowe"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("architecture"),
                FieldPanel("sign_language_interpreter"),
                FieldPanel("mobile_apps"),
            ],
            heading=_("Dostępność architektoniczna i aplikacje"),
        ),
    ]
    parent_page_types = ["home.DepartmentHomePage", "home.SchoolHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deklaracja dostępności")
        verbose_name_plural = _("deklaracje dostępności")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.update_date and self.publication_date and self.update_date < self.publication_date:
            errors["update_date"] = _("Aktualizacja nie może być wcześniejsza niż publikacja.")
        if self.status != ComplianceStatus.FULL and not self.non_accessible_content:
            errors["non_accessible_content"] = _(
                "Przy zgodności częściowej lub braku zgodności wymień treści niedostępne."
            )
        if self.preparation_method == PreparationMethod.AUDITOR and not self.auditor_name:
            errors["auditor_name"] = _("Podaj nazwę podmiotu, który przeprowadził badanie.")
        if errors:
            raise ValidationError(errors)
