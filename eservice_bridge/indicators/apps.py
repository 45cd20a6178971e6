from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "eservice_bridge.indicators"
    label = "eservice_indicators"
    verbose_name = _("E-usługi: wskaźniki")

    def ready(self) -> None:
        from cms.open_data.figures import register_provider
        from eservice_bridge.cases.signals import case_moved

        from . import open_data, public_figures

        open_data.register()
        register_provider("e-services", public_figures.sections)
        # A decision changes the statistics; new submissions are counted by the hourly refresh
        # (no extra write on the recruitment-morning hot path).
        case_moved.connect(open_data.on_case_moved, dispatch_uid="open-data-statistics")
