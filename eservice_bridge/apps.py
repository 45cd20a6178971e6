import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceBridgeConfig(AppConfig):
    name = "eservice_bridge"
    verbose_name = _("E-usługi")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from cms.home.models import SchoolHomePage
        from cms.units.signals import department_groups_ensured, unit_provisioned

        from .forms import units
        from .handling import permissions as handling_permissions
        from .identity import checks  # noqa: F401  (system check)
        from .protection import crypto
        from .protection.masking import PeselMaskingFilter

        # Unit choices are kept per process; any change to a unit's home page refreshes them.
        for signal in (post_save, post_delete, page_published, page_unpublished):
            signal.connect(units.invalidate, sender=SchoolHomePage, dispatch_uid="eservice-units")

        # The CMS provisions units and staff groups; this app grants its case-handling rights.
        unit_provisioned.connect(
            handling_permissions.on_unit_provisioned, dispatch_uid="eservice-case-handlers"
        )
        department_groups_ensured.connect(
            handling_permissions.on_department_groups_ensured,
            dispatch_uid="eservice-staff-handlers",
        )

        if crypto.configured_keys():
            crypto.fernet()  # a malformed ESERVICES_ENCRYPTION_KEY stops start-up, not a request

        # Mask any PESEL before it reaches a log handler configured at start-up.
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, PeselMaskingFilter) for f in handler.filters):
                handler.addFilter(PeselMaskingFilter())
