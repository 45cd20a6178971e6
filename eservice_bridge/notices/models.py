"""Proactive notices (the city acts first) and the recruitment timetable that triggers some."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from eservice_bridge.protection.fields import EncryptedTextField


class NoticeKind(models.TextChoices):
    SCHOLARSHIP_WINDOW = "stypendium", _("nabór wniosków o stypendium szkolne")
    RECRUITMENT_STAGE = "rekrutacja", _("etap rekrutacji")
    INFORMATION_REQUESTED = "wezwanie", _("wezwanie do uzupełnienia wniosku")
    INFORMATION_MISSING = "uzupelnienie", _("przypomnienie o brakujących informacjach")
    DECISION_DELIVERED = "decyzja", _("doręczenie rozstrzygnięcia")


# Reminders are what a person may switch off; a summons and a decision are official letters
# and are always announced (see docs/notices.md).
REMINDER_KINDS = frozenset(
    {
        NoticeKind.SCHOLARSHIP_WINDOW,
        NoticeKind.RECRUITMENT_STAGE,
        NoticeKind.INFORMATION_MISSING,
    }
)


class Notice(models.Model):
    """One notice per person and event: the unique constraint holds even for racing runs."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant", on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("rodzaj"), max_length=20, choices=NoticeKind.choices)
    event_key = models.CharField(_("zdarzenie"), max_length=120)
    title = EncryptedTextField(_("tytuł"), max_length=200)
    body = EncryptedTextField(_("treść"))
    url = models.CharField(_("odnośnik"), max_length=300, blank=True)
    # Cases may be deleted by retention; the notice stays, without its case.
    case = models.ForeignKey(
        "eservice_bridge.Case",
        verbose_name=_("sprawa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notices",
    )
    created_at = models.DateTimeField(_("utworzono"))
    read_at = models.DateTimeField(_("odczytano"), null=True, blank=True)
    # True while an e-mail is owed; whoever flips it to False (one UPDATE) sends the e-mail.
    email_pending = models.BooleanField(default=False)
    emailed_at = models.DateTimeField(_("wysłano e-mail"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("powiadomienie")
        verbose_name_plural = _("powiadomienia")
        constraints = [
            models.UniqueConstraint(
                fields=["applicant", "kind", "event_key"], name="eservices_notice_once_per_event"
            )
        ]
        indexes = [models.Index(fields=["applicant", "-created_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_reminder(self) -> bool:
        return self.kind in REMINDER_KINDS


class RecruitmentLevel(models.TextChoices):
    # Same codes as eservice_bridge.forms.services.recruitment.RECRUITMENT_LEVELS.
    KINDERGARTEN = "przedszkole", _("przedszkole")
    FIRST_GRADE = "klasa-1", _("klasa pierwsza szkoły podstawowej")


class RecruitmentStage(models.Model):
    """A stage of the department's recruitment timetable, edited in the Wagtail admin."""

    school_year = models.PositiveSmallIntegerField(
        _("rok szkolny (rok rozpoczęcia)"),
        help_text=_("Np. 2027 dla roku szkolnego 2027/2028."),
    )
    level = models.CharField(_("rekrutacja do"), max_length=20, choices=RecruitmentLevel.choices)
    name = models.CharField(
        _("etap"),
        max_length=150,
        help_text=_("Np. składanie wniosków, lista zakwalifikowanych, potwierdzenie woli."),
    )
    starts_on = models.DateField(_("od"))
    ends_on = models.DateField(_("do (włącznie)"))
    notify_parents = models.BooleanField(
        _("powiadamiaj rodziców"),
        default=True,
        help_text=_(
            "Rodzice dzieci w odpowiednim wieku, zapisanych w profilu, dostaną powiadomienie "
            "w dniu rozpoczęcia etapu."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("school_year"), FieldPanel("level")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("notify_parents"),
    ]

    class Meta:
        ordering = ["-school_year", "level", "starts_on", "name"]
        verbose_name = _("etap rekrutacji")
        verbose_name_plural = _("harmonogram rekrutacji")
        constraints = [
            models.UniqueConstraint(
                fields=["school_year", "level", "name"],
                name="eservices_recruitment_stage_unique",
                violation_error_message=_(
                    "Ten etap jest już w harmonogramie tej rekrutacji na ten rok szkolny."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.school_year_label} · {self.get_level_display()} · {self.name}"

    @property
    def school_year_label(self) -> str:
        return f"{self.school_year}/{self.school_year + 1}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.school_year is not None and not 2000 <= self.school_year <= 2100:
            errors["school_year"] = _("Podaj rok rozpoczęcia roku szkolnego, np. 2027.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("Etap nie może kończyć się przed dniem rozpoczęcia.")
        if (
            self.starts_on
            and self.school_year is not None
            and "school_year" not in errors
            and self.starts_on.year not in (self.school_year - 1, self.school_year)
        ):
            errors["starts_on"] = _(
                "Rekrutacja na rok szkolny %(year)s odbywa się w latach %(a)d–%(b)d; "
                "sprawdź datę rozpoczęcia albo rok szkolny."
            ) % {
                "year": self.school_year_label,
                "a": self.school_year - 1,
                "b": self.school_year,
            }
        if errors:
            raise ValidationError(errors)
