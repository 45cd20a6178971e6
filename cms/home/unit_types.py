"""The fixed list of kinds of educational unit run by the city."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitType(models.TextChoices):
    KINDERGARTEN = "przedszkole", _("Przedszkole")
    PRIMARY_SCHOOL = "szkola-podstawowa", _("Szkoła podstawowa")
    GENERAL_SECONDARY = "liceum", _("Liceum ogólnokształcące")
    VOCATIONAL_SCHOOL = "szkola-zawodowa", _("Technikum lub szkoła branżowa")
    SCHOOL_COMPLEX = "zespol-szkol", _("Zespół szkół")
    SPECIAL_NEEDS_CENTRE = "osrodek-specjalny", _("Specjalny ośrodek szkolno-wychowawczy")
    COUNSELLING_CENTRE = "poradnia", _("Poradnia psychologiczno-pedagogiczna")
    YOUTH_CULTURE_CENTRE = "mdk", _("Młodzieżowy dom kultury")
