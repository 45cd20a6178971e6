import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceBridgeConfig(AppConfig):
    name = "eservice_bridge"
    verbose_name = _("E-usługi")

    def ready(self) -> None:
        from .protection import crypto
        from .protection.masking import PeselMaskingFilter

        if crypto.configured_keys():
            crypto.fernet()  # a malformed ESERVICES_ENCRYPTION_KEY stops start-up, not a request

        # Mask any PESEL before it reaches a log handler configured at start-up.
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, PeselMaskingFilter) for f in handler.filters):
                handler.addFilter(PeselMaskingFilter())
