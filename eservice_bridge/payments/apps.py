from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "eservice_bridge.payments"
    label = "eservice_payments"
    verbose_name = _("E-usługi: płatności")

    def ready(self) -> None:
        from . import checks, refunds  # noqa: F401  (system check; case_moved receiver)
