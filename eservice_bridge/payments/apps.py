from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "eservice_bridge.payments"
    label = "eservice_payments"
    verbose_name = _("E-usługi: płatności")

    def ready(self) -> None:
        from eservice_bridge.cases.signals import case_erasing

        from . import checks, refunds  # noqa: F401  (system check; case_moved receiver)
        from .erasure import detach_from_case

        case_erasing.connect(detach_from_case, dispatch_uid="eservice_payments.detach_from_case")
