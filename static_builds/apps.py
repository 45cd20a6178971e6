from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaticBuildsConfig(AppConfig):
    name = "static_builds"
    verbose_name = _("Budowanie stron statycznych")
