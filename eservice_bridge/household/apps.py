from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HouseholdConfig(AppConfig):
    name = "eservice_bridge.household"
    label = "eservice_household"
    verbose_name = _("E-usługi: profil i domownicy")
