from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "eservice_bridge.indicators"
    label = "eservice_indicators"
    verbose_name = _("E-usługi: wskaźniki")

    def ready(self) -> None:
        from eservice_bridge.cases.workflow import case_moved

        from . import open_data

        open_data.register()
        # A decision changes the statistics; new submissions are counted by the hourly refresh
        # (no extra write on the recruitment-morning hot path).
        case_moved.connect(open_data.on_case_moved, dispatch_uid="open-data-statistics")
